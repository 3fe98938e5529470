import { analysedTerms, ASPECT_KEYS, ASPECT_WORDS, ASPECTS, checkItem, REGIONS, type NormalisedItem, STOP_WORDS, SYNONYM_GROUPS, markHighlight } from '@groeiwijzer/domain';
import { type SearchParams } from '../search-engine';
import { searchExtras } from '../../item.mapper';
import {
  buildFilter, facetDistribution, facetRows, FACET_ATTRIBUTES, HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, indexSettings, type MeiliDocument,
  multiSearchRequest, searchRequest, toDocument,
} from './meili-mapping';

/** An item as the rules leave it. */
function item(over: Record<string, unknown> = {}): NormalisedItem {
  const { item: checked, problems } = checkItem({
    kind: 'training',
    title: 'Leiderschap in de bouw',
    summary: 'Training voor uitvoerders die hun ploeg willen laten groeien.',
    aspects: ['leadership'],
    regions: ['twente'],
    sectors: ['F'],
    sizeClasses: ['small'],
    provider: 'Bouwmensen Twente',
    costEur: 450,
    format: 'klassikaal',
    ...over,
  });
  if (!checked) throw new Error(`fixture not valid: ${JSON.stringify(problems)}`);
  return checked;
}

const doc = (over: Record<string, unknown> = {}, id = 'id') => toDocument({ id, item: item(over), publishedAt: new Date('2026-02-01T09:00:00Z') });

const params = (over: Partial<SearchParams> = {}): SearchParams => ({ q: '', page: 1, perPage: 20, today: '2026-03-15', ...over });

/* A small reading of Meilisearch's filter syntax, for the shapes the mapping writes:
 * `attribute <op> value` and `attribute IN [value, ...]`. Quoted values follow Meilisearch's
 * rule: a backslash escapes the next character. Anything else (a second condition, OR, a stray
 * token) is refused, so a value that breaks out of its quotes fails the parse. */
type Token = { t: 'str' | 'word' | 'op' | 'punct'; v: string };

function tokens(expr: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i];
    if (/\s/.test(ch)) i++;
    else if (ch === '"' || ch === "'") {
      let v = '';
      for (i++; i < expr.length && expr[i] !== ch; i++) {
        if (expr[i] === '\\' && i + 1 < expr.length) {
          v += expr[i + 1] === ch ? ch : expr[i] + expr[i + 1];
          i++;
        } else v += expr[i];
      }
      if (expr[i] !== ch) throw new Error(`unclosed quote in ${expr}`);
      i++;
      out.push({ t: 'str', v });
    } else if ('[],'.includes(ch)) {
      out.push({ t: 'punct', v: ch });
      i++;
    } else if (/[<>=!]/.test(ch)) {
      const m = /^(<=|>=|!=|=|<|>)/.exec(expr.slice(i)) as RegExpExecArray;
      out.push({ t: 'op', v: m[1] });
      i += m[1].length;
    } else {
      const m = /^[^\s"'[\],<>=!]+/.exec(expr.slice(i)) as RegExpExecArray;
      out.push({ t: 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

interface Condition { attribute: string; op: string; values: string[] }

function condition(expr: string): Condition {
  const ts = tokens(expr);
  const value = (tok: Token | undefined) => {
    if (!tok || (tok.t !== 'str' && tok.t !== 'word')) throw new Error(`expected a value in ${expr}`);
    return tok.v;
  };
  const [attr, op, ...rest] = ts;
  if (attr?.t !== 'word') throw new Error(`expected an attribute in ${expr}`);
  if (op?.t === 'op' && rest.length === 1) return { attribute: attr.v, op: op.v, values: [value(rest[0])] };
  if (op?.t === 'word' && op.v === 'IN' && rest[0]?.v === '[' && rest[rest.length - 1]?.v === ']') {
    const inner = rest.slice(1, -1);
    const values: string[] = [];
    inner.forEach((tok, k) => {
      if (k % 2 === 0) values.push(value(tok));
      else if (tok.v !== ',') throw new Error(`expected a comma in ${expr}`);
    });
    if (inner.length % 2 === 0) throw new Error(`dangling comma in ${expr}`);
    return { attribute: attr.v, op: 'IN', values };
  }
  throw new Error(`not a single condition: ${expr}`);
}

/** Whether a document passes every filter expression (the array is an AND, as in Meilisearch). */
function passes(document: MeiliDocument, filter: string[]): boolean {
  return filter.map(condition).every(({ attribute, op, values }) => {
    const raw = (document as unknown as Record<string, unknown>)[attribute];
    const have = (Array.isArray(raw) ? raw : [raw]).map(String);
    switch (op) {
      case '=': case 'IN': return have.some((h) => values.includes(h));
      case '<=': return have.some((h) => Number(h) <= Number(values[0]));
      case '>=': return have.some((h) => Number(h) >= Number(values[0]));
      default: throw new Error(`operator ${op} not expected`);
    }
  });
}

describe('indexSettings', () => {
  const settings = indexSettings();
  const documentKeys = Object.keys(doc());

  it('gives Meilisearch the bilingual thesaurus and the aspect words as synonyms', () => {
    expect(settings.synonyms.grant).toEqual(expect.arrayContaining(['subsidie', 'regeling']));
    expect(settings.synonyms.subsidie).toContain('grant');
    expect(settings.synonyms.fouten).toEqual(['veiligheid']);
    expect(settings.synonyms.mistakes).toEqual(['veiligheid']);
  });

  it('stores "Engels English" with an item in English and a coach who speaks it', () => {
    expect(doc({ language: 'en' }).aspectNames).toContain('English');
    expect(doc({ language: 'nl' }).aspectNames).not.toContain('English');
  });

  it('ranks title matches first and the long description last, searching only document fields', () => {
    expect(settings.searchableAttributes).toEqual(['title', 'summary', 'provider', 'aspectNames', 'terms', 'description']);
    for (const a of settings.searchableAttributes) expect(documentKeys).toContain(a);
  });

  it('can filter on every attribute the search filters use, facets and validity included', () => {
    const filter = buildFilter(params({ kind: 'training', region: 'twente', sector: 'F', sizeClass: 'small', aspect: 'leadership' }));
    const used = new Set([...filter.map((f) => condition(f).attribute), ...Object.keys(FACET_ATTRIBUTES)]);
    expect(used.size).toBeGreaterThanOrEqual(7);
    for (const attribute of used) {
      expect(settings.filterableAttributes).toContain(attribute);
      expect(documentKeys).toContain(attribute);
    }
  });

  it('can sort on what the newest-first order uses', () => {
    for (const s of searchRequest(params()).sort ?? []) expect(settings.sortableAttributes).toContain(s.split(':')[0]);
  });

  it('spells out every synonym pair of the maintained list, both ways (aspect words one way)', () => {
    const { synonyms } = settings;
    for (const group of SYNONYM_GROUPS) {
      for (const a of group) for (const b of group) if (a !== b) expect(synonyms[a]).toContain(b);
    }
    const aspectTargets = new Set(ASPECT_KEYS.map((k) => ASPECT_WORDS[k].target));
    for (const [word, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(word);
      for (const other of others) if (!aspectTargets.has(other)) expect(synonyms[other]).toContain(word);
    }
    const aspectWords = ASPECT_KEYS.flatMap((k) => [...ASPECT_WORDS[k].nl, ...ASPECT_WORDS[k].en].filter((w) => w !== ASPECT_WORDS[k].target));
    expect(Object.keys(synonyms).sort()).toEqual([...new Set([...SYNONYM_GROUPS.flat(), ...aspectWords])].sort());
  });

  it('forgives typos and skips the same stop words as the PostgreSQL engine', () => {
    expect(settings.typoTolerance.enabled).toBe(true);
    expect([...settings.stopWords].sort()).toEqual([...STOP_WORDS].sort());
  });

  it('can count every facet value the filters offer', () => {
    // Every region and "landelijk".
    expect(settings.faceting.maxValuesPerFacet).toBeGreaterThanOrEqual(REGIONS.length + 1);
  });
});

describe('toDocument', () => {
  it('makes open-ended validity the widest day range', () => {
    expect(doc()).toMatchObject({ validFromDay: 0, validUntilDay: 99991231, validUntil: null });
  });

  it('writes set validity as day numbers that compare in date order', () => {
    const d = doc({ validFrom: '2026-02-28', validUntil: '2026-12-01' });
    expect(d).toMatchObject({ validFromDay: 20260228, validUntilDay: 20261201, validUntil: '2026-12-01' });
    expect(doc({ validFrom: '2026-10-01' }).validFromDay).toBeGreaterThan(doc({ validFrom: '2026-09-30' }).validFromDay);
  });

  it('marks the regions, sectors and sizes an item names itself, for the sort on them (not nationwide, not "for all")', () => {
    expect(doc({ regions: ['twente', 'achterhoek'], sectors: ['F'], sizeClasses: ['small', 'micro'] }).named)
      .toEqual({ region_twente: 1, region_achterhoek: 1, sector_F: 1, sizeClass_small: 1, sizeClass_micro: 1 });
    expect(doc({ regions: ['landelijk'], sectors: [], sizeClasses: [] }).named).toEqual({});
    // The field the sort names is the one the document holds.
    const d = doc({ regions: ['twente'] });
    const [field] = (searchRequest(params({ q: 'x', region: 'twente' })).sort as string[])[0].split(':');
    expect((d as unknown as Record<string, Record<string, number>>).named[field.split('.')[1]]).toBe(1);
  });

  it('writes "all sectors" and "all sizes" as *', () => {
    expect(doc({ sectors: [], sizeClasses: [] })).toMatchObject({ sectors: [], sizeClasses: [], sectorFilter: ['*'], sizeClassFilter: ['*'] });
    expect(doc({ sectors: ['C', 'F'], sizeClasses: ['micro'] })).toMatchObject({ sectorFilter: ['C', 'F'], sizeClassFilter: ['micro'] });
  });

  it('includes the aspect names in both languages, so a search on them finds the item', () => {
    const names = doc({ aspects: ['leadership', 'collaboration'] }).aspectNames;
    for (const key of ['leadership', 'collaboration']) {
      const aspect = ASPECTS.find((a) => a.key === key)!;
      expect(names).toContain(aspect.nl);
      expect(names).toContain(aspect.en);
    }
    expect(names).not.toContain(ASPECTS.find((a) => a.key === 'work_content')!.nl);
  });

  it('gives the document the analyser’s terms in its searchable `terms` field: the stored compound parts and derived forms', () => {
    const stored = `${searchExtras(item({ aspects: ['leadership'] }))} scholing subsidie`;
    const d = toDocument({
      id: 'x', publishedAt: null, searchExtras: stored,
      item: item({ title: 'Scholingssubsidie voor begeleiding', summary: 'Werving en organisatie van leren in de bouw.' }),
    });
    const terms = d.terms.split(' ');
    // The compound parts PostgreSQL stores with the item (split against the catalogue's words when written)…
    expect(terms).toEqual(expect.arrayContaining(['scholing', 'subsidie']));
    expect(d.aspectNames).toBe(stored);
    // …and the forms of its words the Dutch analysis joins, which Meilisearch cannot make itself.
    expect(terms).toEqual(expect.arrayContaining(['begeleiden', 'werven', 'organiseren']));
    expect(terms).toEqual(analysedTerms([d.title, d.summary, d.provider, d.description], ['scholing', 'subsidie']).split(' '));
    // Never the words the item already has, nor stop words.
    expect(terms).not.toContain('begeleiding');
    expect(terms).not.toContain('de');
    // Without stored parts (an item written before), the same document less the parts.
    expect(toDocument({ id: 'x', publishedAt: null, item: item({ title: 'Scholingssubsidie' }) }).terms.split(' ')).not.toContain('subsidie');
  });

  it('keeps the kind details and the publication time for newest-first', () => {
    const d = doc({ training: { durationHours: 12, startDates: ['2026-09-07'] } });
    expect(d.details).toEqual({ scheme: null, training: { durationHours: 12, startDates: ['2026-09-07'] }, coach: null });
    expect(d.publishedAtMs).toBe(Date.parse('2026-02-01T09:00:00Z'));
    expect(toDocument({ id: 'x', item: item(), publishedAt: null }).publishedAtMs).toBe(0);
  });
});

describe('buildFilter', () => {
  const nationwide = doc({ kind: 'scheme', costEur: undefined, format: undefined, regions: ['landelijk'], sectors: [], sizeClasses: [], aspects: ['learning_organisation'],
    scheme: { windows: [{ opens: '2026-01-01', closes: '2026-12-31' }], eligibility: 'Mkb-bedrijven met personeel.' } }, 'nationwide');
  const twente = doc({ regions: ['twente'], sectors: ['F'], sizeClasses: ['small'], validFrom: '2026-01-01', validUntil: '2026-06-30' }, 'twente');
  const rijnmond = doc({ regions: ['rijnmond'], sectors: ['H', 'C'], sizeClasses: [], aspects: ['collaboration'] }, 'rijnmond');
  const all = [nationwide, twente, rijnmond];
  const found = (p: Partial<SearchParams>) => all.filter((d) => passes(d, buildFilter(params(p)))).map((d) => d.id);

  it('finds every currently valid item without filters', () => {
    expect(found({})).toEqual(['nationwide', 'twente', 'rijnmond']);
  });

  it('a region also finds nationwide items', () => {
    expect(found({ region: 'twente' })).toEqual(['nationwide', 'twente']);
    expect(found({ region: 'rijnmond' })).toEqual(['nationwide', 'rijnmond']);
    expect(found({ region: 'groningen' })).toEqual(['nationwide']);
  });

  it('"landelijk" finds only nationwide items', () => {
    expect(found({ region: 'landelijk' })).toEqual(['nationwide']);
  });

  it('a sector or size also finds items open to all', () => {
    expect(found({ sector: 'F' })).toEqual(['nationwide', 'twente']);
    expect(found({ sector: 'C' })).toEqual(['nationwide', 'rijnmond']);
    expect(found({ sizeClass: 'micro' })).toEqual(['nationwide', 'rijnmond']);
    expect(found({ sizeClass: 'small' })).toEqual(['nationwide', 'twente', 'rijnmond']);
  });

  it('filters on kind and aspect, combining filters', () => {
    expect(found({ kind: 'training' })).toEqual(['twente', 'rijnmond']);
    expect(found({ aspect: 'collaboration' })).toEqual(['rijnmond']);
    expect(found({ kind: 'training', region: 'twente', sector: 'C' })).toEqual([]);
  });

  it('shows an item from its first to its last valid day, using today', () => {
    expect(found({ today: '2025-12-31' })).toEqual(['nationwide', 'rijnmond']);
    expect(found({ today: '2026-01-01' })).toContain('twente');
    expect(found({ today: '2026-06-30' })).toContain('twente');
    expect(found({ today: '2026-07-01' })).toEqual(['nationwide', 'rijnmond']);
    expect(buildFilter(params({ today: '2026-07-01' }))).toEqual(['validFromDay <= 20260701', 'validUntilDay >= 20260701']);
  });

  it.each([
    ['a double quote', 'twente" OR kind = "coach'],
    ['a quote and a bracket', 'twente", "rijnmond"] OR regions IN ["x'],
    ['a single quote', "twente' OR kind = 'coach"],
    ['a backslash before a quote', 'twente\\" OR kind = "coach'],
  ])('keeps a value with %s inside its quotes', (_what, value) => {
    for (const p of [{ region: value }, { sector: value }, { sizeClass: value }, { kind: value as SearchParams['kind'] }, { aspect: value }]) {
      const filter = buildFilter(params(p));
      const conditions = filter.map(condition);
      expect(conditions).toHaveLength(3);
      expect(conditions[2].values[0]).toContain('OR');
      expect(passes(twente, filter)).toBe(false);
    }
  });

  it('passes a quoted value through unchanged', () => {
    const value = 'twente" OR kind = "coach';
    expect(condition(buildFilter(params({ region: value }))[2]).values).toEqual([value, 'landelijk']);
  });
});

describe('searchRequest', () => {
  it('asks for the page, the facets and the filter of the search', () => {
    const p = params({ page: 3, perPage: 12, region: 'twente' });
    const r = searchRequest(p);
    expect(r).toMatchObject({ page: 3, hitsPerPage: 12, filter: buildFilter(p) });
    expect(new Set(r.facets.map((a) => FACET_ATTRIBUTES[a]))).toEqual(new Set(['kind', 'region', 'aspect', 'sector', 'sizeClass']));
  });

  it('highlights title and summary with markers that become <mark> tags', () => {
    const r = searchRequest(params({ q: 'bouw' }));
    expect(r.attributesToHighlight).toEqual(['title', 'summary']);
    const highlighted = `Leiderschap in de ${r.highlightPreTag}bouw${r.highlightPostTag} <b>`;
    expect(markHighlight(highlighted, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE)).toBe('Leiderschap in de <mark>bouw</mark> &lt;b&gt;');
  });

  it('ranks partial matches as the other engines: every word first, then those missing the most frequent words', () => {
    expect(searchRequest(params({ q: 'duurzaamheid subsidie' })).matchingStrategy).toBe('frequency');
  });

  it('orders by newest only when there is no query (relevance otherwise)', () => {
    expect(searchRequest(params({ q: '' })).sort).toEqual(['publishedAtMs:desc']);
    expect(searchRequest(params({ q: '   ' })).sort).toEqual(['publishedAtMs:desc']);
    expect(searchRequest(params({ q: 'bouw' })).sort).toBeUndefined();
  });

  it('with a region, sector or size filter, sorts the items that name it themselves first, right after the words matched', () => {
    expect(searchRequest(params({ q: 'bouw', region: 'twente' })).sort).toEqual(['named.region_twente:desc']);
    expect(searchRequest(params({ q: 'bouw', region: 'twente', sector: 'F', sizeClass: 'small', kind: 'training' })).sort)
      .toEqual(['named.region_twente:desc', 'named.sector_F:desc', 'named.sizeClass_small:desc']);
    expect(searchRequest(params({ q: '', sector: 'F' })).sort).toEqual(['named.sector_F:desc', 'publishedAtMs:desc']);
    // Nationwide asked: every item found is nationwide, nothing to put first.
    expect(searchRequest(params({ q: 'bouw', region: 'landelijk' })).sort).toBeUndefined();
    const settings = indexSettings();
    expect(settings.rankingRules.slice(0, 2)).toEqual(['words', 'sort']);
    for (const region of ['twente', 'achterhoek', 'rijnmond']) for (const sort of searchRequest(params({ q: '', region, sector: 'C', sizeClass: 'micro' })).sort ?? []) {
      expect(settings.sortableAttributes).toContain(sort.split(':')[0]);
    }
  });
});

describe('multiSearchRequest (disjunctive facets)', () => {
  const nationwide = doc({ kind: 'scheme', costEur: undefined, format: undefined, regions: ['landelijk'], sectors: [], sizeClasses: [], aspects: ['learning_organisation'],
    scheme: { windows: [{ opens: '2026-01-01', closes: '2026-12-31' }], eligibility: 'Mkb-bedrijven met personeel.' } }, 'nationwide');
  const twente = doc({ regions: ['twente'], sectors: ['F'], sizeClasses: ['small'] }, 'twente');
  const rijnmond = doc({ regions: ['rijnmond'], sectors: ['H', 'C'], sizeClasses: [], aspects: ['collaboration'] }, 'rijnmond');
  const achterhoek = doc({ regions: ['achterhoek'], sectors: ['C'], sizeClasses: ['micro'], aspects: ['leadership'] }, 'achterhoek');
  const all = [nationwide, twente, rijnmond, achterhoek];

  /** What Meilisearch answers to each query, as far as facets go: the distribution of the facets
   * asked for over the documents that pass the query's filter (the words are left out here). */
  function answer(request: ReturnType<typeof multiSearchRequest>) {
    return request.queries.map((query) => {
      const found = all.filter((d) => passes(d, query.filter));
      const facetDistribution: Record<string, Record<string, number>> = {};
      for (const attribute of query.facets) {
        const counts: Record<string, number> = (facetDistribution[attribute] = {});
        for (const d of found) {
          const raw = (d as unknown as Record<string, unknown>)[attribute];
          for (const value of Array.isArray(raw) ? raw : [raw]) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
        }
      }
      return { found: found.map((d) => d.id), facetDistribution };
    });
  }

  it('without filters, asks one query: the search itself', () => {
    const p = params({ q: 'leiderschap' });
    expect(multiSearchRequest(p, 'items')).toEqual({ queries: [{ indexUid: 'items', q: 'leiderschap', ...searchRequest(p) }] });
    expect(multiSearchRequest(params({ q: '  ' }), 'items').queries[0].q).toBeNull();
  });

  it('per facet with a filter, adds a query without that facet\'s own filter that asks only its counts, no hits', () => {
    const p = params({ q: 'bouw', kind: 'training', region: 'twente' });
    const [main, kind, region] = multiSearchRequest(p, 'items').queries;
    expect(main).toEqual({ indexUid: 'items', q: 'bouw', ...searchRequest(p) });
    expect(kind).toEqual({ indexUid: 'items', q: 'bouw', filter: buildFilter(params({ region: 'twente' })), facets: ['kind'], limit: 0, matchingStrategy: 'frequency' });
    expect(region).toEqual({ indexUid: 'items', q: 'bouw', filter: buildFilter(params({ kind: 'training' })), facets: ['regions'], limit: 0, matchingStrategy: 'frequency' });
    expect(multiSearchRequest(params({ sector: 'C', sizeClass: 'micro', aspect: 'leadership' }), 'items').queries.map((q) => q.facets))
      .toEqual([Object.keys(FACET_ATTRIBUTES), ['aspects'], ['sectorFilter'], ['sizeClassFilter']]);
  });

  it('a chosen value keeps the counts of the facet\'s other values; the other facets count the filtered results', () => {
    const request = multiSearchRequest(params({ kind: 'training', region: 'achterhoek' }), 'items');
    const answers = answer(request);
    expect(answers[0].found).toEqual(['achterhoek']);
    const facets = facetDistribution(answers);
    // Regions of the trainings (any region), kinds of what Achterhoek finds (nationwide included).
    expect(facets.regions).toEqual({ twente: 1, rijnmond: 1, achterhoek: 1 });
    expect(facets.kind).toEqual({ scheme: 1, training: 1 });
    // The facets without a filter: of the result itself.
    expect(facets.aspects).toEqual({ leadership: 1 });
    expect(facets.sectorFilter).toEqual({ C: 1 });
  });
});

describe('facetDistribution', () => {
  it('takes a filtered facet from its own query and the others from the search itself', () => {
    expect(facetDistribution([
      { facetDistribution: { kind: { training: 1 }, regions: { twente: 1 }, aspects: { leadership: 1 } } },
      { facetDistribution: { regions: { twente: 1, rijnmond: 4 } } },
    ])).toEqual({ kind: { training: 1 }, regions: { twente: 1, rijnmond: 4 }, aspects: { leadership: 1 } });
    expect(facetDistribution([{}])).toEqual({});
  });
});

describe('facetRows', () => {
  it('names each Meilisearch facet as the contract does, keeping the counts', () => {
    const rows = facetRows({ kind: { training: 2 }, regions: { twente: 1, landelijk: 1 }, aspects: { leadership: 2 }, sectorFilter: { '*': 1, F: 1 }, sizeClassFilter: { small: 1 } });
    expect(rows).toEqual(expect.arrayContaining([
      { facet: 'kind', value: 'training', n: 2 },
      { facet: 'region', value: 'twente', n: 1 },
      { facet: 'region', value: 'landelijk', n: 1 },
      { facet: 'aspect', value: 'leadership', n: 2 },
      { facet: 'sector', value: '*', n: 1 },
      { facet: 'sector', value: 'F', n: 1 },
      { facet: 'sizeClass', value: 'small', n: 1 },
    ]));
    expect(rows).toHaveLength(7);
  });

  it('ignores attributes that are not facets, and a missing distribution', () => {
    expect(facetRows({ provider: { Bouwmensen: 3 } })).toEqual([]);
    expect(facetRows(undefined)).toEqual([]);
  });
});
