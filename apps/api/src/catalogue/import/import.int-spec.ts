import { startTestApp, type TestApp } from '../../testing/test-app';
import { ADMIN, publisherEditor, training } from '../../testing/catalogue-fixtures';

const HEADER = 'kind,externalId,title,summary,aspects,regions,sectors,sizeClasses,provider,costEur,format,training.durationHours';
const row = (id: string, title: string, extra = 'leadership,twente,F|C,small,Leerwerkloket Twente,450,blended,12') =>
  `training,${id},${title},Een praktische training voor leidinggevenden in het mkb.,${extra}`;

describe('importing catalogue items', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  const count = async (publisherId: string) =>
    Number((await t.db.query(`SELECT count(*) AS n FROM catalogue_items WHERE publisher_id = $1`, [publisherId]))[0].n);

  it('previews a CSV with an error per row and field, and writes nothing while any row is wrong', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const csv = [HEADER, row('t-1', 'Leidinggeven aan leren'), row('t-2', 'x', 'geluk,mars,F,small,Loket,gratis,blended,12'), row('t-3', 'Coachend leidinggeven')].join('\n');
    const preview = await editor.post(`/api/publishers/${publisherId}/import?dryRun=true`, csv, { 'content-type': 'text/csv' });
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      rows: 3, rowsWithProblems: 1, created: 2, updated: 0, dryRun: true,
      errors: [
        { row: 3, field: 'title', message: 'moet minstens 3 tekens hebben' },
        { row: 3, field: 'aspects', message: 'bevat iets dat geen aspect is (geluk)' },
        { row: 3, field: 'regions', message: 'is geen bekende arbeidsmarktregio' },
        { row: 3, field: 'costEur', message: 'moet een getal zijn' },
      ],
    });
    const real = await editor.post(`/api/publishers/${publisherId}/import?dryRun=false`, csv, { 'content-type': 'text/csv' });
    expect(real.status).toBe(422);
    expect(real.body).toMatchObject({ error: 'import_failed', created: 2, dryRun: true });
    expect(real.body.errors).toHaveLength(4);
    expect(await count(publisherId)).toBe(0);

    const fixed = csv.replace(row('t-2', 'x', 'geluk,mars,F,small,Loket,gratis,blended,12'), row('t-2', 'Leren in de ploeg'));
    const done = await editor.post(`/api/publishers/${publisherId}/import?dryRun=false`, fixed, { 'content-type': 'text/csv' });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ rows: 3, rowsWithProblems: 0, created: 3, updated: 0, errors: [], dryRun: false });
    const items = (await editor.get(`/api/publishers/${publisherId}/items`)).body;
    expect(items.map((i: { title: string; status: string }) => [i.title, i.status]).sort()).toEqual([
      ['Coachend leidinggeven', 'draft'], ['Leidinggeven aan leren', 'draft'], ['Leren in de ploeg', 'draft'],
    ]);
    expect(items[0]).toMatchObject({ sectors: expect.arrayContaining(['F', 'C']), costEur: 450, training: { durationHours: 12 } });
  });

  it('updates items with the same externalId instead of duplicating them, and can publish at once', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const first = [HEADER, row('a', 'Eerste versie'), row('b', 'Tweede item')].join('\n');
    await editor.post(`/api/publishers/${publisherId}/import?dryRun=false`, first, { 'content-type': 'text/csv' });
    const again = [HEADER, row('a', '"Eerste versie, bijgewerkt"'), row('c', 'Derde item')].join('\n');
    const preview = await editor.post(`/api/publishers/${publisherId}/import`, again, { 'content-type': 'text/csv' });
    expect(preview.body).toMatchObject({ created: 1, updated: 1, dryRun: true, errors: [] });
    const r = await editor.post(`/api/publishers/${publisherId}/import?dryRun=false&publish=true`, again, { 'content-type': 'text/csv' });
    expect(r.body).toEqual({ rows: 2, rowsWithProblems: 0, created: 1, updated: 1, errors: [], dryRun: false });
    const items = (await editor.get(`/api/publishers/${publisherId}/items`)).body as { externalId: string; title: string; status: string }[];
    expect(items.map((i) => [i.externalId, i.title, i.status]).sort()).toEqual([
      ['a', 'Eerste versie, bijgewerkt', 'published'], ['b', 'Tweede item', 'draft'], ['c', 'Derde item', 'published'],
    ]);
    const found = await t.client().get('/api/search?q=bijgewerkt%20');
    expect(found.body.total).toBe(1);
  });

  it('takes JSON too, with Dutch spreadsheet habits in CSV (semicolons, decimal commas, ja/nee)', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const json = await editor.post(`/api/publishers/${publisherId}/import?dryRun=false`, [training({ externalId: 'j-1' }), { ...training(), title: 'ok', externalId: 'j-1' }]);
    expect(json.status).toBe(422);
    // The repeated key is a problem as well as the short title: every problem of a row is named.
    expect(json.body.errors).toEqual([
      { row: 2, field: 'title', message: 'moet minstens 3 tekens hebben' },
      { row: 2, field: 'externalId', message: 'komt vaker voor in dit bestand (ook in rij 1)' },
    ]);
    const dup = await editor.post(`/api/publishers/${publisherId}/import`, [training({ externalId: 'j-1' }), training({ externalId: 'j-1' })]);
    expect(dup.body.errors).toEqual([{ row: 2, field: 'externalId', message: 'komt vaker voor in dit bestand (ook in rij 1)' }]);

    const semi = [
      'kind;externalId;title;summary;aspects;regions;provider;contactEmail;coach.coachType;coach.entrepreneurExperience;coach.capacity;costEur',
      'coach;c-1;Marieke, consulent leren;Ik help ondernemers met een leerplan.;learning_organisation;twente;Consularis Oost;marieke@example.nl;consularis;ja;5;1.250,50',
    ].join('\r\n');
    const r = await editor.post(`/api/publishers/${publisherId}/import?dryRun=false&publish=true`, semi, { 'content-type': 'text/csv' });
    expect(r.body).toMatchObject({ rowsWithProblems: 0, created: 1, updated: 0, errors: [], dryRun: false });
    const [item] = (await editor.get(`/api/publishers/${publisherId}/items`)).body;
    // Coach items still wait for the admin, whatever the import asked.
    expect(item).toMatchObject({ kind: 'coach', status: 'draft', approved: false, costEur: 1250.5, coach: { entrepreneurExperience: true, capacity: 5 } });
  });

  it('reports unknown columns and refuses a kind change of an existing item', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    await editor.post(`/api/publishers/${publisherId}/import?dryRun=false`, [training({ externalId: 'k-1' })]);
    const r = await editor.post(`/api/publishers/${publisherId}/import`, `${HEADER},kleur\n${row('k-1', 'Zelfde id', 'leadership,twente,F,small,Loket,450,blended,12,blauw').replace('training,', 'scheme,')}`, { 'content-type': 'text/csv' });
    expect(r.body.errors).toEqual(expect.arrayContaining([
      { row: 1, field: 'kleur', message: 'is geen kolom van het sjabloon' },
      expect.objectContaining({ row: 2, field: 'scheme' }),
    ]));
  });

  it('offers templates that import without errors', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const csv = await t.client().get('/api/catalogue/import-template.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const json = await t.client().get('/api/catalogue/import-template.json');
    expect(json.body).toHaveLength(3);
    const fromCsv = await editor.post(`/api/publishers/${publisherId}/import`, csv.body, { 'content-type': 'text/csv' });
    expect(fromCsv.body).toEqual({ rows: 3, rowsWithProblems: 0, created: 3, updated: 0, errors: [], dryRun: true });
    const fromJson = await editor.post(`/api/publishers/${publisherId}/import`, json.body);
    expect(fromJson.body).toEqual({ rows: 3, rowsWithProblems: 0, created: 3, updated: 0, errors: [], dryRun: true });
  });

  it('only members import, and only an approved publisher publishes', async () => {
    const { publisherId } = await publisherEditor(t);
    const stranger = t.client();
    await stranger.signUp('vreemde-importeur@bedrijf.nl');
    expect((await stranger.post(`/api/publishers/${publisherId}/import`, [training()])).status).toBe(404);
    const pending = await publisherEditor(t, { approved: false });
    const r = await pending.editor.post(`/api/publishers/${pending.publisherId}/import?dryRun=false&publish=true`, [training()]);
    expect(r.status).toBe(409);
    expect(await count(pending.publisherId)).toBe(0);
  });

  it('accounts for every row: a row without kind that repeats an earlier key gets both problems', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const csv = [HEADER, row('k-1', 'Eerste training'), row('k-2', 'Tweede training'), row('k-3', 'Derde training'),
      row('k-1', 'Vierde training').replace(/^training,/, ',')].join('\n');
    const r = await editor.post(`/api/publishers/${publisherId}/import?dryRun=true`, csv, { 'content-type': 'text/csv' });
    expect(r.body).toEqual({
      rows: 4, rowsWithProblems: 1, created: 3, updated: 0, dryRun: true,
      errors: [
        { row: 5, field: 'kind', message: 'is verplicht' },
        { row: 5, field: 'externalId', message: 'komt vaker voor in dit bestand (ook in rij 2)' },
      ],
    });
  });
});

