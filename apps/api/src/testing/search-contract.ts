import { type SearchResponse } from '@groeiwijzer/contracts';
import { type HttpClient } from './http-client';
import { startTestApp, type TestApp } from './test-app';
import { ADMIN, coach, publisherEditor, published, scheme, training } from './catalogue-fixtures';


/** Polls until `check` passes (an external engine indexes asynchronously). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The behaviour every search engine must show, run against a real API on real PostgreSQL (and
 * a real Meilisearch when the engine is `meilisearch`). */
export function searchContract(engine: 'postgres' | 'meilisearch', env: Record<string, string> = {}, label: string = engine): void {
  describe(`search contract: ${label}`, () => {
    let t: TestApp;
    let visitor: HttpClient;
    const ids: Record<string, string> = {};
    const search = async (query: string) => (await visitor.get<SearchResponse>(`/api/search?${query}`)).body;
    const titles = (r: SearchResponse) => r.hits.map((h) => h.title).sort();
    const day = (offset: number) => t.clock.day(offset);

    beforeAll(async () => {
      t = await startTestApp({ ...ADMIN, ...env });
      visitor = t.client();
      const { editor, publisherId } = await publisherEditor(t, { name: 'Sectortafel Techniek' });
      ids.slim = await published(editor, publisherId, scheme({
        title: 'SLIM-regeling', summary: 'Subsidie voor een opleiding of een leeradvies in het mkb.', regions: ['landelijk'], sectors: [],
        aspects: ['learning_organisation'],
      }));
      ids.bouw = await published(editor, publisherId, training({
        title: 'Leiderschap in de bouw', summary: 'Training voor uitvoerders die hun ploeg willen laten groeien.',
        description: 'Praktisch en kort.', regions: ['twente'], sectors: ['F'], sizeClasses: ['small'], aspects: ['leadership'],
      }));
      ids.samen = await published(editor, publisherId, training({
        title: 'Samenwerken in de haven', summary: 'Leergang over samenwerking tussen ploegen, opgezet als coöperatie van bedrijven.',
        description: 'Voor <b>havenbedrijven</b>.', regions: ['rijnmond'], sectors: ['H', 'C'], sizeClasses: [], aspects: ['collaboration', 'outside_connection'],
        format: 'klassikaal', costEur: 0,
      }));
      ids.coach = await published(editor, publisherId, scheme({
        title: 'Regeling <b>Vakkrachten</b>', summary: 'Bijdrage voor vakmanschap in kleine bedrijven.', regions: ['achterhoek'], sectors: ['C'],
        sizeClasses: ['micro'], aspects: ['work_content'],
      }));
      // Hidden: expired, not yet valid, draft, archived, coach awaiting approval.
      await published(editor, publisherId, training({ title: 'Verlopen leiderschapstraining', validUntil: day(-2) }));
      await published(editor, publisherId, training({ title: 'Toekomstige leiderschapstraining', validFrom: day(30) }));
      await editor.post(`/api/publishers/${publisherId}/items`, scheme({ title: 'Concept subsidie leiderschap' }));
      const archived = await published(editor, publisherId, training({ title: 'Gearchiveerde leiderschapstraining' }));
      await editor.post(`/api/items/${archived}/archive`);
      await editor.post(`/api/publishers/${publisherId}/items`, coach({ title: 'Coach Jan wacht op goedkeuring' }));
      // An external engine catches up through the sync queue.
      await eventually(() => search(''), (r) => r.total === 4 && !r.hits.some((h) => h.title.includes('Gearchiveerde')));
    });
    afterAll(() => t.close());

    it('shows only published, approved, currently valid items', async () => {
      const all = await search('');
      expect(all.engine).toBe(engine);
      expect(titles(all)).toEqual(['Leiderschap in de bouw', 'Regeling <b>Vakkrachten</b>', 'SLIM-regeling', 'Samenwerken in de haven']);
      expect(all.total).toBe(4);
      const lead = await search('q=leiderschap');
      expect(titles(lead)).toEqual(['Leiderschap in de bouw']);
    });

    it('finds Dutch word forms, ignores accents, and forgives typos', async () => {
      expect(titles(await search('q=uitvoerder%20'))).toEqual(['Leiderschap in de bouw']);
      expect(titles(await search('q=ploeg%20'))).toEqual(['Leiderschap in de bouw', 'Samenwerken in de haven']);
      expect(titles(await search('q=cooperatie%20'))).toEqual(['Samenwerken in de haven']);
      expect(titles(await search(`q=${encodeURIComponent('coöperatie ')}`))).toEqual(['Samenwerken in de haven']);
      expect(titles(await search('q=subsdie%20'))).toContain('SLIM-regeling');
      expect(titles(await search('q=leiderscap%20'))).toEqual(['Leiderschap in de bouw']);
      if (engine === 'postgres') {
        // A misspelt word of the synonym list that no item uses as such: corrected, then its synonyms.
        expect(titles(await search('q=tegemoetkomng%20'))).toEqual(['Regeling <b>Vakkrachten</b>', 'SLIM-regeling']);
      }
      // A short word with a letter missing, while typing.
      expect(titles(await search('q=plog'))).toEqual(['Leiderschap in de bouw', 'Samenwerken in de haven']);
    });

    it('uses the synonym list of the field', async () => {
      expect(titles(await search('q=leidinggeven%20'))).toEqual(['Leiderschap in de bouw']);
      // cursus ~ training, leergang, opleiding
      expect(titles(await search('q=cursus%20'))).toEqual(['Leiderschap in de bouw', 'SLIM-regeling', 'Samenwerken in de haven']);
      expect(titles(await search('q=tegemoetkoming%20'))).toEqual(['Regeling <b>Vakkrachten</b>', 'SLIM-regeling']);
    });

    it('matches the last word as a prefix while typing', async () => {
      expect(titles(await search('q=leidersch'))).toEqual(['Leiderschap in de bouw']);
      expect(titles(await search('q=samenwerk'))).toEqual(['Samenwerken in de haven']);
    });

    it('combines filters; a region also finds nationwide items, a sector or size also items open to all', async () => {
      expect(titles(await search('region=twente'))).toEqual(['Leiderschap in de bouw', 'SLIM-regeling']);
      expect(titles(await search('sector=F'))).toEqual(['Leiderschap in de bouw', 'SLIM-regeling']);
      expect(titles(await search('sector=C'))).toEqual(['Regeling <b>Vakkrachten</b>', 'SLIM-regeling', 'Samenwerken in de haven']);
      expect(titles(await search('sizeClass=micro'))).toEqual(['Regeling <b>Vakkrachten</b>', 'SLIM-regeling', 'Samenwerken in de haven']);
      expect(titles(await search('kind=training&region=rijnmond'))).toEqual(['Samenwerken in de haven']);
      expect(titles(await search('aspect=leadership&kind=training'))).toEqual(['Leiderschap in de bouw']);
      expect(titles(await search('kind=coach'))).toEqual([]);
      expect(titles(await search('q=regeling&region=achterhoek&sector=C'))).toEqual(['Regeling <b>Vakkrachten</b>', 'SLIM-regeling']);
    });

    it('counts facets as the filters would find them', async () => {
      const { facets } = await search('');
      expect(facets.kind).toEqual({ scheme: 2, training: 2 });
      expect(facets.region).toMatchObject({ landelijk: 1, twente: 2, rijnmond: 2, achterhoek: 2, 'zuid-limburg': 1 });
      expect(facets.sector).toMatchObject({ F: 2, C: 3, H: 2, A: 1 });
      expect(facets.aspect).toEqual({ learning_organisation: 1, leadership: 1, collaboration: 1, outside_connection: 1, work_content: 1 });
      expect(facets.sizeClass).toEqual({ micro: 3, small: 3, medium: 2 });
      const twente = await search('region=twente');
      expect(twente.facets.kind).toEqual({ scheme: 1, training: 1 });
    });

    it('keeps the counts of a chosen facet\'s other values (disjunctive facets); the other facets count the results', async () => {
      // Trainings: the kind facet still counts the schemes, as a shopper expects.
      const trainings = await search('kind=training');
      expect(titles(trainings)).toEqual(['Leiderschap in de bouw', 'Samenwerken in de haven']);
      expect(trainings.facets.kind).toEqual({ scheme: 2, training: 2 });
      expect(trainings.facets.aspect).toEqual({ leadership: 1, collaboration: 1, outside_connection: 1 });
      // Two facets chosen: each counts with the other's filter only (trainings per region; kinds in Twente).
      const both = await search('kind=training&region=twente');
      expect(titles(both)).toEqual(['Leiderschap in de bouw']);
      expect(both.facets.kind).toEqual({ scheme: 1, training: 1 });
      expect(both.facets.region).toEqual({ twente: 1, rijnmond: 1 });
      expect(both.facets.sector).toEqual({ F: 1 });
      // With words, and a choice that finds nothing: the other values still show what they find.
      const none = await search('q=regeling&kind=training');
      expect(none.total).toBe(0);
      expect(none.facets.kind).toEqual({ scheme: 2 });
      expect(none.facets.aspect).toEqual({});
      const schemes = await search('q=regeling&kind=scheme&aspect=work_content');
      expect(titles(schemes)).toEqual(['Regeling <b>Vakkrachten</b>']);
      expect(schemes.facets.kind).toEqual({ scheme: 1 });
      expect(schemes.facets.aspect).toEqual({ learning_organisation: 1, work_content: 1 });
    });

    it('marks the matched words in safe HTML', async () => {
      const [hit] = (await search('q=vakkrachten%20')).hits;
      expect(hit.highlight.title).toBe('Regeling &lt;b&gt;<mark>Vakkrachten</mark>&lt;/b&gt;');
      const slim = (await search('q=subsidie%20')).hits.find((h) => h.title === 'SLIM-regeling')!;
      expect(slim.highlight.summary).toContain('<mark>Subsidie</mark>');
    });

    it('pages through results and shows kind details on each hit', async () => {
      const first = await search('perPage=3&page=1');
      const second = await search('perPage=3&page=2');
      expect(first.hits).toHaveLength(3);
      expect(second.hits).toHaveLength(1);
      expect(second.total).toBe(4);
      expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(4);
      const slim = (await search('q=slim')).hits[0];
      expect(slim).toMatchObject({ kind: 'scheme', nextDeadline: '2099-03-31', fundingShare: 0.6, regions: ['landelijk'] });
      const haven = (await search('q=haven')).hits[0];
      expect(haven).toMatchObject({ kind: 'training', costEur: 0, format: 'klassikaal', durationHours: 12 });
    });

    it('refuses bad parameters with a clear message per field', async () => {
      const r = await visitor.get('/api/search?kind=boek&region=mars&perPage=500');
      expect(r.status).toBe(400);
      expect(Object.keys(r.body.fields).sort()).toEqual(['kind', 'perPage', 'region']);
    });

    it('finds a change once it is published', async () => {
      const { editor, publisherId } = await publisherEditor(t);
      const id = await published(editor, publisherId, training({ title: 'Duurzaam vakmanschap in de installatietechniek' }));
      const found = await eventually(() => search('q=installatietechniek%20'), (r) => r.total === 1);
      expect(found.hits.map((h) => h.id)).toEqual([id]);
      await editor.post(`/api/items/${id}/archive`);
      expect((await eventually(() => search('q=installatietechniek%20'), (r) => r.total === 0)).total).toBe(0);
    });

    it('logs each search without personal data, for the regional demand signal', async () => {
      const signedIn = t.client();
      await signedIn.signUp(`zoeker-${engine}@bedrijf.nl`);
      // Nothing matches either word: exactly the unmet demand sector tables want to see.
      await signedIn.get('/api/search?q=Robotlassen%20Kantoortuin&region=twente');
      const rows = await eventually<Record<string, unknown>[]>(() => t.db.query(`SELECT * FROM search_log WHERE q LIKE 'robotlassen%'`), (r: Record<string, unknown>[]) => r.length === 1, 5000);
      expect(rows).toHaveLength(1);
      const { id: _id, searched_on: searchedOn, ...rest } = rows[0];
      expect(rest).toEqual({ q: 'robotlassen kantoortuin', filters: { region: 'twente' }, result_count: 0, engine });
      expect(searchedOn).toBeInstanceOf(Date);
    });
  });

  describe(`search contract: ${label}, what an owner means`, () => {
    let t: TestApp;
    let visitor: HttpClient;
    const ids: Record<string, string> = {};
    const search = async (q: string) => (await visitor.get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`)).body;
    const found = async (q: string) => (await search(q)).hits.map((h) => h.id);
    const plain = { description: 'Een halve dag, op locatie.', provider: 'Opleidingshuis Oost', sectors: [], sizeClasses: [] };

    beforeAll(async () => {
      t = await startTestApp({ ...ADMIN, ...env });
      visitor = t.client();
      const { editor, publisherId } = await publisherEditor(t, { name: 'Sectortafel Betekenis' });
      ids.cultuur = await published(editor, publisherId, training({
        ...plain, title: 'Veiligheidscultuur op de werkvloer', summary: 'Voor ploegleiders: incidenten melden en ervan leren.', aspects: ['room_and_safety'],
      }));
      ids.english = await published(editor, publisherId, training({
        ...plain, title: 'Mentoring programme for apprentices', summary: 'A mentor guides each apprentice through the first year on the job.',
        aspects: ['outside_connection'], language: 'en',
      }));
      ids.verzuim = await published(editor, publisherId, scheme({
        ...plain, title: 'Tegemoetkoming verzuimverlaging', summary: 'Voor werkgevers die minder zieke medewerkers willen.', aspects: ['work_content'],
      }));
      ids.lassen = await published(editor, publisherId, training({
        ...plain, title: 'Vakopleiding lassen', summary: 'Praktijkopleiding MIG/MAG voor nieuwe medewerkers in de metaal.', aspects: ['work_content'],
      }));
      ids.open = await published(editor, publisherId, training({
        ...plain, title: 'Open gesprekken in je ploeg', summary: 'Leer samen praten over wat beter kan, zonder afrekenen.', aspects: ['room_and_safety'],
      }));
      ids.named = await published(editor, publisherId, scheme({
        ...plain, title: 'Krediet Leven Lang Ontwikkelen', summary: 'Een lening voor een opleiding als je geen studiefinanciering meer krijgt.', aspects: ['learning_organisation'],
      }));
      ids.mention = await published(editor, publisherId, training({
        ...plain, title: 'Talent ontwikkelen in kleine bedrijven', summary: 'Hoe je mensen laat groeien, een leven lang.', aspects: ['leadership'],
      }));
      ids.budget = await published(editor, publisherId, scheme({
        ...plain, title: 'Scholingsbudget zorg en welzijn', summary: 'Per medewerker een bedrag voor een vak naar keuze.', aspects: ['learning_organisation'],
      }));
      ids.werving = await published(editor, publisherId, training({
        ...plain, title: 'Werving van vakmensen', summary: 'Hoe je als kleine organisatie nieuwe mensen vindt en houdt.', aspects: ['outside_connection'],
      }));
      await eventually(() => search(''), (r) => r.total === 9);
    });
    afterAll(() => t.close());

    it('partial: a word no item uses does not empty the result; items matching more words rank first', async () => {
      expect(await found('veiligheidscultuur kantoortuin ')).toEqual([ids.cultuur]);
      // Three words: an item must match two of them.
      expect(await found('lassen metaal kantoortuin ')).toEqual([ids.lassen]);
      // The item with both words first, then one with one of them.
      const hits = await found('zieke medewerkers ');
      expect(hits[0]).toBe(ids.verzuim);
      expect(hits).toContain(ids.lassen);
    });

    it('partial: the rarer word counts more; a word nobody uses does not count', async () => {
      // "ploegleiders" (one item) is rarer than "nieuwe" (two items): each item has one of the two
      // words that count, the one with the rarer word first.
      const hits = await found('nieuwe ploegleiders kantoortuin ');
      expect(hits[0]).toBe(ids.cultuur);
      expect(hits.sort()).toEqual([ids.cultuur, ids.lassen, ids.werving].sort());
    });

    it('English: English words reach English and Dutch items through the thesaurus and English stems', async () => {
      expect((await found('training budget '))[0]).toBe(ids.budget);
      expect(await found('mentoring ')).toEqual([ids.english]);
      expect((await found('apprentice programmes '))[0]).toBe(ids.english);
      expect((await found('welding course '))[0]).toBe(ids.lassen);
    });

    it('compounds: a compound typed apart finds the item that writes it joined', async () => {
      expect((await found('veiligheids cultuur '))[0]).toBe(ids.cultuur);
      expect((await found('las opleiding '))[0]).toBe(ids.lassen);
    });

    it('compounds: a part of a compound finds the item (split against the catalogue\'s words when written)', async () => {
      // The item has "budget" only inside "Scholingsbudget" (the parts weigh as the provider, below a title word).
      expect(await found('budget ')).toContain(ids.budget);
      expect(await found('scholing ')).toContain(ids.budget);
      expect(await found('welzijn ')).toEqual([ids.budget]);
    });

    if (engine === 'postgres') {
      it('compounds: a compound typed joined that no item writes is searched as its parts', async () => {
        expect((await found('lasopleiding '))[0]).toBe(ids.lassen);
        expect((await found('zorgbudget '))[0]).toBe(ids.budget);
      });
    }

    it('derivations: a verb phrase finds the noun compound (verzuim verlagen → verzuimverlaging)', async () => {
      expect(await found('verzuim verlagen ')).toEqual([ids.verzuim]);
    });

    it('derivations: verb and noun forms the stemmer does not join find each other (werven/werving, organiseren/organisatie)', async () => {
      expect(await found('werven ')).toEqual([ids.werving]);
      // The item that writes "organisatie" first, then those tagged with the aspect "Lerende organisatie".
      expect((await found('organiseren '))[0]).toBe(ids.werving);
    });

    it('names: a phrase naming a programme ranks it above items that merely mention its words', async () => {
      const hits = await found('leven lang ontwikkelen ');
      expect(hits[0]).toBe(ids.named);
    });

    it('aspect words: a plain word for an aspect also finds items tagged with it, below literal matches', async () => {
      const hits = await found('veiligheid ');
      expect(hits[0]).toBe(ids.cultuur);
      expect(hits).toContain(ids.open);
      expect((await found('mistakes ')).sort()).toEqual([ids.cultuur, ids.open].sort());
    });

    it('filters: an item that names the chosen region, sector or size itself comes before one that passes as nationwide or for all', async () => {
      const { editor, publisherId } = await publisherEditor(t, { name: 'Sectortafel Keramiek' });
      // The same words; the one for everyone is newer, so it would come first without the rule.
      const text = { ...plain, title: 'Keramiek draaien voor ondernemers', summary: 'Twee avonden aan de draaischijf met je team.' };
      const own = await published(editor, publisherId, training({ ...text, regions: ['achterhoek'], sectors: ['C'], sizeClasses: ['small'] }));
      const everyone = await published(editor, publisherId, training({ ...text, regions: ['landelijk'], sectors: [], sizeClasses: [] }));
      const order = async (query: string) => (await visitor.get<SearchResponse>(`/api/search?${query}`)).body.hits.map((h) => h.id);
      await eventually(() => order('q=keramiek'), (hits) => hits.length === 2);
      expect(await order('q=keramiek')).toEqual([everyone, own]);
      expect(await order('q=keramiek&region=achterhoek')).toEqual([own, everyone]);
      expect(await order('q=keramiek&sector=C')).toEqual([own, everyone]);
      expect(await order('q=keramiek&sizeClass=small')).toEqual([own, everyone]);
      expect(await order('q=keramiek&region=landelijk')).toEqual([everyone]);
      // Browsing a region without words: its own items first.
      expect((await order('region=achterhoek'))[0]).toBe(own);
    });

    it('nonsense: a query with nothing relevant returns nothing', async () => {
      expect((await search('pizzaoven bezorgen ')).total).toBe(0);
      expect((await search('xqzvw jjkkl ')).total).toBe(0);
      expect((await search('autoverzekering afsluiten ')).total).toBe(0);
    });
  });
}
