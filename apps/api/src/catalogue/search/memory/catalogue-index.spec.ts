import { ASPECT_KEYS, NATIONWIDE, REGIONS, SECTORS, SIZE_CLASSES, SPECIFIC_FILTER_BOOST } from '@groeiwijzer/domain';
import { type ItemKind } from '@groeiwijzer/contracts';
import { type HitSource } from '../hit.mapper';
import { type FacetName, facetsFromCounts } from '../search-engine';
import { CatalogueIndex, ENOUGH_FULL_MATCHES, type IndexFilters, type IndexResult, type IndexedItem, type QueryOption, type QueryPlan } from './catalogue-index';

const TODAY = '2026-06-15';
const BASE_TIME = Date.UTC(2026, 0, 1);

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** An item found on every day, everywhere, by everyone; `n` also makes higher numbers newer. */
function item(n: number, over: Partial<IndexedItem> = {}): IndexedItem {
  return {
    id: uuid(n),
    kind: 'scheme',
    title: `Regeling ${n}`,
    summary: `Samenvatting ${n}`,
    provider: 'Provincie',
    regions: [NATIONWIDE],
    aspects: [],
    sectors: [],
    sizeClasses: [],
    costEur: null,
    format: null,
    validUntil: null,
    validFrom: null,
    details: { scheme: null, training: null, coach: null },
    publishedAt: BASE_TIME + n * 1000,
    vector: `'subsidi':1A`,
    ...over,
  };
}

const word = (lexeme: string): QueryOption => ({ lexeme, prefix: false });
const prefix = (lexeme: string): QueryOption => ({ lexeme, prefix: true });

function indexOf(items: IndexedItem[], options?: { cacheEntries: number }): CatalogueIndex {
  const index = new CatalogueIndex(options);
  for (const it of items) index.upsert(it);
  return index;
}

const run = (index: CatalogueIndex, plan: QueryPlan, filters: IndexFilters = {}, page = 1, perPage = 20, today = TODAY) =>
  index.search(plan, filters, today, page, perPage);
const ids = (r: IndexResult) => r.hits.map((h) => h.id);
const found = (index: CatalogueIndex, plan: QueryPlan, filters: IndexFilters = {}, today = TODAY) => ids(run(index, plan, filters, 1, 1000, today)).sort();
const uuids = (...ns: number[]) => ns.map(uuid).sort();

/** The reference rule for facets: the rows the SQL engine would count for these items, through facetsFromCounts. */
function referenceFacets(items: IndexedItem[]): IndexResult['facets'] {
  const raw: { facet: FacetName; value: string; n: number }[] = [];
  for (const it of items) {
    raw.push({ facet: 'kind', value: it.kind, n: 1 });
    for (const r of it.regions) raw.push({ facet: 'region', value: r, n: 1 });
    for (const a of it.aspects) raw.push({ facet: 'aspect', value: a, n: 1 });
    if (it.sectors.length === 0) raw.push({ facet: 'sector', value: '*', n: 1 });
    for (const s of it.sectors) raw.push({ facet: 'sector', value: s, n: 1 });
    if (it.sizeClasses.length === 0) raw.push({ facet: 'sizeClass', value: '*', n: 1 });
    for (const s of it.sizeClasses) raw.push({ facet: 'sizeClass', value: s, n: 1 });
  }
  return facetsFromCounts(raw);
}

/** The filters as the SQL engine applies them: nationwide items are in every region, items open
 * to all sectors or sizes (empty lists) pass every sector or size. */
function passesFilters(it: IndexedItem, f: IndexFilters): boolean {
  if (f.kind && it.kind !== f.kind) return false;
  if (f.region && !it.regions.includes(f.region) && !it.regions.includes(NATIONWIDE)) return false;
  if (f.sector && it.sectors.length > 0 && !it.sectors.includes(f.sector)) return false;
  if (f.sizeClass && it.sizeClasses.length > 0 && !it.sizeClasses.includes(f.sizeClass)) return false;
  if (f.aspect && !it.aspects.includes(f.aspect)) return false;
  return true;
}

/** How many of the region, sector and size filters an item passes by naming the value itself
 * (not as nationwide or for all): each adds SPECIFIC_FILTER_BOOST to its rank. */
function namedFilters(it: IndexedItem, f: IndexFilters): number {
  return Number(Boolean(f.region && f.region !== NATIONWIDE && it.regions.includes(f.region)))
    + Number(Boolean(f.sector && it.sectors.includes(f.sector)))
    + Number(Boolean(f.sizeClass && it.sizeClasses.includes(f.sizeClass)));
}

/** Disjunctive facets: of the items a search matches (before filters), each facet with a filter
 * counts those passing every other filter; the other facets count those passing all. */
function referenceFacetsFiltered(matched: IndexedItem[], filters: IndexFilters): IndexResult['facets'] {
  const facets = referenceFacets(matched.filter((it) => passesFilters(it, filters)));
  for (const facet of ['kind', 'region', 'sector', 'sizeClass', 'aspect'] as const) {
    if (filters[facet]) facets[facet] = referenceFacets(matched.filter((it) => passesFilters(it, { ...filters, [facet]: undefined })))[facet];
  }
  return facets;
}

const validOn = (it: IndexedItem, day: string) => (it.validFrom === null || it.validFrom <= day) && (it.validUntil === null || day <= it.validUntil);

/** What a hit is: the item without the index's own fields. */
const hitOf = ({ vector: _v, validFrom: _f, publishedAt: _p, ...source }: IndexedItem): HitSource => source;

describe('the in-memory catalogue index', () => {
  describe('what it finds', () => {
    it('finds only the items valid on the day searched, with open ends never ending', () => {
      const vector = `'subsidi':1A 'regel':2B`;
      const index = indexOf([
        item(1, { vector }),
        item(2, { vector, validUntil: '2026-06-14' }),
        item(3, { vector, validFrom: '2026-06-16' }),
        item(4, { vector, validFrom: '2026-06-15' }),
        item(5, { vector, validUntil: '2026-06-15' }),
        item(6, { vector, validFrom: '2026-01-01', validUntil: '2026-12-31' }),
      ]);
      for (const plan of [[], [[word('subsidi')]], [[word('subsidi')], [word('regel')]]]) {
        expect(found(index, plan, {}, '2026-06-15')).toEqual(uuids(1, 4, 5, 6));
        expect(found(index, plan, {}, '2026-06-16')).toEqual(uuids(1, 3, 4, 6));
        expect(found(index, plan, {}, '2026-06-14')).toEqual(uuids(1, 2, 5, 6));
        expect(found(index, plan, {}, '2027-01-01')).toEqual(uuids(1, 3, 4));
        expect(run(index, plan, { kind: 'scheme' }, 1, 20, '2027-01-01').total).toBe(3);
        expect(run(index, plan, {}, 1, 20, '2026-06-15').total).toBe(4);
      }
    });

    it('answers with what the result list shows, without the vector, start date or publication time', () => {
      const it1 = item(1, { title: 'SLIM-regeling', regions: ['twente'], aspects: ['leadership'], sectors: ['C'], sizeClasses: ['micro'], costEur: 250, format: 'online', validUntil: '2026-12-31' });
      const [hit] = run(indexOf([it1]), [[word('subsidi')]]).hits;
      expect(hit).toEqual(hitOf(it1));
      expect(hit).not.toHaveProperty('vector');
      expect(hit).not.toHaveProperty('validFrom');
      expect(hit).not.toHaveProperty('publishedAt');
    });

    it('finds nothing for a plan of only stop words (null)', () => {
      const index = indexOf([item(1), item(2)]);
      expect(run(index, null)).toEqual({ hits: [], total: 0, facets: { kind: {}, region: {}, aspect: {}, sector: {}, sizeClass: {} } });
      expect(run(index, null, { region: 'twente' }).total).toBe(0);
    });

    it('replaces an item by its newer version and forgets a removed item', () => {
      const index = new CatalogueIndex();
      index.upsert(item(1, { title: 'Oud', vector: `'subsidi':1A` }));
      expect(ids(run(index, [[word('subsidi')]]))).toEqual([uuid(1)]);
      index.upsert(item(1, { title: 'Nieuw', kind: 'training', vector: `'scholing':1A` }));
      expect(index.count).toBe(1);
      expect(index.has(uuid(1))).toBe(true);
      expect(run(index, [[word('subsidi')]]).total).toBe(0);
      expect(run(index, [[word('scholing')]]).hits.map((h) => h.title)).toEqual(['Nieuw']);
      const all = run(index, []);
      expect(all.hits.map((h) => h.title)).toEqual(['Nieuw']);
      expect(all.facets.kind).toEqual({ training: 1 });
      expect(run(index, [], { kind: 'scheme' }).total).toBe(0);

      index.remove(uuid(1));
      expect(index.count).toBe(0);
      expect(index.has(uuid(1))).toBe(false);
      expect(index.deadSlots).toBe(2);
      expect(run(index, [])).toMatchObject({ hits: [], total: 0 });
      expect(run(index, [[word('scholing')]]).total).toBe(0);
      expect(run(index, [], { kind: 'training' }).total).toBe(0);
      index.remove(uuid(1));
      index.remove(uuid(99));
      expect(index.deadSlots).toBe(2);
    });

    it('needs every group to match, and any one option within a group', () => {
      const index = indexOf([
        item(1, { vector: `'subsidi':1A 'scholing':2B` }),
        item(2, { vector: `'subsidi':1A` }),
        item(3, { vector: `'scholing':1A 'coach':2B` }),
        item(4, { vector: `'bouw':1A` }),
      ]);
      expect(found(index, [[word('subsidi')], [word('scholing')]])).toEqual(uuids(1));
      expect(found(index, [[word('subsidi'), word('coach')]])).toEqual(uuids(1, 2, 3));
      expect(found(index, [[word('subsidi'), word('coach')], [word('scholing')]])).toEqual(uuids(1, 3));
      expect(found(index, [[word('scholing')], [word('coach'), word('subsidi')]])).toEqual(uuids(1, 3));
      expect(found(index, [[word('subsidi')], [word('onbekend')]])).toEqual([]);
      expect(found(index, [[word('subsidi'), word('onbekend')]])).toEqual(uuids(1, 2));
      expect(found(index, [])).toEqual(uuids(1, 2, 3, 4));
      expect(run(index, [[word('subsidi')], [word('scholing')]]).total).toBe(1);
    });

    it('matches a prefix option against every lexeme starting with it, and an exact option only against itself', () => {
      const index = indexOf([
        item(1, { vector: `'leid':1A` }),
        item(2, { vector: `'leiderschap':1A` }),
        item(3, { vector: `'leidinggev':1A` }),
        item(4, { vector: `'opleid':1A` }),
        item(5, { vector: `'opleid':1A 'leiderschap':2B` }),
        item(6, { vector: `'le':1A` }),
      ]);
      expect(found(index, [[prefix('leid')]])).toEqual(uuids(1, 2, 3, 5));
      expect(found(index, [[word('leid')]])).toEqual(uuids(1));
      expect(found(index, [[prefix('leiders')]])).toEqual(uuids(2, 5));
      expect(found(index, [[prefix('leiderschap')]])).toEqual(uuids(2, 5));
      expect(found(index, [[prefix('leiderschapp')]])).toEqual([]);
      expect(found(index, [[prefix('zz')]])).toEqual([]);
      expect(found(index, [[prefix('a')]])).toEqual([]);
      expect(found(index, [[prefix('opl')], [prefix('leid')]])).toEqual(uuids(5));
      expect(found(index, [[prefix('leid'), word('opleid')]])).toEqual(uuids(1, 2, 3, 4, 5));
      // A lexeme that arrives later is found by the same prefix.
      index.upsert(item(7, { vector: `'leidster':1A` }));
      expect(found(index, [[prefix('leid')]])).toEqual(uuids(1, 2, 3, 5, 7));
      expect(found(index, [[prefix('leidst')]])).toEqual(uuids(7));
    });

    it('finds nothing for a word no item has, also right after a search for everything (and the other way round)', () => {
      const first = indexOf([item(1), item(2)]);
      expect(run(first, []).total).toBe(2);
      expect(run(first, [[word('onbekend')]])).toMatchObject({ hits: [], total: 0 });

      const second = indexOf([item(1), item(2)]);
      expect(run(second, [[word('onbekend')]]).total).toBe(0);
      expect(run(second, []).total).toBe(2);
    });
  });

  describe('the order of the results', () => {
    it('ranks an item whose word has weight A (title) above one with weight D (body), even when older', () => {
      const index = indexOf([item(1, { vector: `'subsidi':1A 'regel':2D` }), item(2, { vector: `'subsidi':2D 'regel':1A` })]);
      expect(ids(run(index, [[word('subsidi')]]))).toEqual([uuid(1), uuid(2)]);
      expect(ids(run(index, [[word('regel')]]))).toEqual([uuid(2), uuid(1)]);
      expect(ids(run(index, [[prefix('subs')]]))).toEqual([uuid(1), uuid(2)]);
      expect(ids(run(index, [[word('regel')]], { kind: 'scheme' }))).toEqual([uuid(2), uuid(1)]);
    });

    it('ranks the same match in a short text above one in a long text', () => {
      const long = `'subsidi':1A ${Array.from({ length: 9 }, (_, i) => `'woord${i}':${i + 2}`).join(' ')}`;
      const index = indexOf([item(1, { vector: `'subsidi':1A` }), item(2, { vector: long })]);
      expect(ids(run(index, [[word('subsidi')]]))).toEqual([uuid(1), uuid(2)]);
    });

    it('adds the weights of all groups', () => {
      // Both match; the older one matches the second word in its title too.
      const index = indexOf([item(1, { vector: `'subsidi':1A 'scholing':2A` }), item(2, { vector: `'subsidi':1A 'scholing':2D` })]);
      expect(ids(run(index, [[word('subsidi')], [word('scholing')]]))).toEqual([uuid(1), uuid(2)]);
      expect(ids(run(index, [[word('scholing')], [word('subsidi')]], { region: 'twente' }))).toEqual([uuid(1), uuid(2)]);
    });

    it('ranks a match of the word itself above one through a related word (a synonym), the same place in the text', () => {
      const index = indexOf([item(1, { vector: `'scholing':1A` }), item(2, { vector: `'cursus':1A` })]);
      const group = [word('cursus'), { lexeme: 'scholing', prefix: false, related: true }];
      expect(ids(run(index, [group]))).toEqual([uuid(2), uuid(1)]);
      // Related or not, both are found, and a title match through a synonym still beats a body match of the word.
      const body = indexOf([item(1, { vector: `'scholing':1A` }), item(2, { vector: `'cursus':9D` })]);
      expect(ids(run(body, [group]))).toEqual([uuid(1), uuid(2)]);
      // A lexeme that the word and a synonym share counts as the word's: equal ranks, so the newer first.
      const shared = indexOf([item(1, { vector: `'cursus':1A` }), item(2, { vector: `'coach':1A` })]);
      expect(ids(run(shared, [[word('coach'), { lexeme: 'coach', prefix: false, related: true }, word('cursus')]]))).toEqual([uuid(2), uuid(1)]);
    });

    it('counts a lexeme once in a group, even when two options of the group match it', () => {
      // Group "subsidi or subsid*": item 2 has 'subsidi' (B, 0.4); item 1 has 'subsidi' (D, 0.1)
      // and 'subsidieregel' (B, 0.4): 0.5. Counting item 2's lexeme twice (0.8) would put it first.
      const index = indexOf([item(1, { vector: `'subsidi':1D 'subsidieregel':2B` }), item(2, { vector: `'subsidi':1B 'x':2D` })]);
      expect(ids(run(index, [[word('subsidi'), prefix('subsid')]]))).toEqual([uuid(1), uuid(2)]);
      expect(ids(run(index, [[prefix('subsid'), word('subsidi')]], { kind: 'scheme' }))).toEqual([uuid(1), uuid(2)]);
    });

    it('puts the newer item first when ranks are equal, then the smaller id', () => {
      const same = BASE_TIME;
      const items = [
        item(0, { id: 'b0000000-0000-4000-8000-000000000001', publishedAt: same }),
        item(0, { id: 'a0000000-0000-4000-8000-000000000009', publishedAt: same }),
        item(5, { publishedAt: same }),
        item(3, { publishedAt: same }),
        item(7, { publishedAt: same + 1 }),
        item(8, { publishedAt: same - 1 }),
      ];
      const expected = [uuid(7), uuid(3), uuid(5), 'a0000000-0000-4000-8000-000000000009', 'b0000000-0000-4000-8000-000000000001', uuid(8)];
      const index = indexOf(items);
      for (const plan of [[], [[word('subsidi')]], [[prefix('sub')], [word('subsidi')]]]) {
        expect(ids(run(index, plan))).toEqual(expected);
        expect(ids(run(index, plan, { region: 'twente' }))).toEqual(expected);
        const paged = [1, 2, 3].flatMap((page) => ids(run(index, plan, { kind: 'scheme' }, page, 2)));
        expect(paged).toEqual(expected);
      }
    });
  });

  describe('pages', () => {
    it('continues page 1 on page 2 without overlap, with the same total on every page', () => {
      const index = indexOf(Array.from({ length: 25 }, (_, i) => item(i + 1)));
      const newestFirst = Array.from({ length: 25 }, (_, i) => uuid(25 - i));
      for (const filters of [{}, { kind: 'scheme' as ItemKind }]) {
        for (const plan of [[], [[word('subsidi')]]]) {
          const pages = [1, 2, 3, 4].map((page) => run(index, plan, filters, page, 10));
          expect(pages.map((p) => p.total)).toEqual([25, 25, 25, 25]);
          expect(pages.map((p) => p.hits.length)).toEqual([10, 10, 5, 0]);
          expect(pages.flatMap(ids)).toEqual(newestFirst);
        }
      }
    });

    it('pages past the first hundred results in order', () => {
      const index = indexOf(Array.from({ length: 130 }, (_, i) => item(i + 1, { vector: i % 2 ? `'subsidi':1A` : `'subsidi':1B` })));
      // Weight A (even numbers: i odd) first, newest first within each weight.
      const heavy = Array.from({ length: 65 }, (_, k) => uuid(130 - 2 * k));
      const light = Array.from({ length: 65 }, (_, k) => uuid(129 - 2 * k));
      const newestFirst = Array.from({ length: 130 }, (_, i) => uuid(130 - i));
      for (const filters of [{}, { sizeClass: 'small' }]) {
        const text = [1, 2, 3, 4].map((page) => run(index, [[word('subsidi')]], filters, page, 40));
        expect(text.map((p) => p.hits.length)).toEqual([40, 40, 40, 10]);
        expect(text.every((p) => p.total === 130)).toBe(true);
        expect(text.flatMap(ids)).toEqual([...heavy, ...light]);
        const all = [1, 2, 3, 4].map((page) => run(index, [], filters, page, 40));
        expect(all.flatMap(ids)).toEqual(newestFirst);
        // A later page asked first gives the same answer.
        expect(ids(run(index, [[word('subsidi')]], filters, 3, 40))).toEqual([...heavy, ...light].slice(80, 120));
        expect(ids(run(index, [[word('subsidi')]], filters, 2, 60))).toEqual([...heavy, ...light].slice(60, 120));
      }
    });
  });

  describe('filters', () => {
    const fixtures = [
      item(1, { kind: 'scheme', regions: ['twente'], sectors: ['C'], sizeClasses: ['micro'], aspects: ['leadership'] }),
      item(2, { kind: 'training', regions: [NATIONWIDE], sectors: [], sizeClasses: [], aspects: ['leadership', 'collaboration'] }),
      item(3, { kind: 'coach', regions: ['groningen'], sectors: ['F', 'C'], sizeClasses: ['small', 'medium'], aspects: [] }),
      item(4, { kind: 'training', regions: ['zuid-limburg'], sectors: ['U'], sizeClasses: ['medium'], aspects: ['outside_connection'] }),
      item(5, { kind: 'scheme', regions: ['twente', 'zuid-limburg'], sectors: ['Q'], sizeClasses: ['small'], aspects: ['collaboration', 'work_content'] }),
      // Expired: never counted.
      item(6, { kind: 'coach', regions: [NATIONWIDE], sectors: ['C'], sizeClasses: ['micro'], aspects: ['room_and_safety'], validUntil: '2026-01-01' }),
    ];
    const PLANS: QueryPlan[] = [[], [[word('subsidi')]], [[prefix('sub')], [word('subsidi')]]];

    it('keeps the kind asked for', () => {
      const index = indexOf(fixtures);
      for (const plan of PLANS) {
        expect(found(index, plan, { kind: 'training' })).toEqual(uuids(2, 4));
        expect(found(index, plan, { kind: 'coach' })).toEqual(uuids(3));
        expect(found(index, plan, { kind: 'scheme' })).toEqual(uuids(1, 5));
      }
    });

    it('keeps the region asked for and nationwide items; nationwide only nationwide items', () => {
      const index = indexOf(fixtures);
      for (const plan of PLANS) {
        expect(found(index, plan, { region: 'twente' })).toEqual(uuids(1, 2, 5));
        expect(found(index, plan, { region: 'zuid-limburg' })).toEqual(uuids(2, 4, 5));
        expect(found(index, plan, { region: 'groningen' })).toEqual(uuids(2, 3));
        expect(found(index, plan, { region: 'noord-limburg' })).toEqual(uuids(2));
        expect(found(index, plan, { region: NATIONWIDE })).toEqual(uuids(2));
        expect(found(index, plan, { region: 'atlantis' })).toEqual([]);
      }
    });

    it('keeps the sector asked for and items open to every sector', () => {
      const index = indexOf(fixtures);
      for (const plan of PLANS) {
        expect(found(index, plan, { sector: 'C' })).toEqual(uuids(1, 2, 3));
        expect(found(index, plan, { sector: 'U' })).toEqual(uuids(2, 4));
        expect(found(index, plan, { sector: 'A' })).toEqual(uuids(2));
        expect(found(index, plan, { sector: 'Z' })).toEqual([]);
      }
    });

    it('keeps the size asked for and items open to every size', () => {
      const index = indexOf(fixtures);
      for (const plan of PLANS) {
        expect(found(index, plan, { sizeClass: 'micro' })).toEqual(uuids(1, 2));
        expect(found(index, plan, { sizeClass: 'small' })).toEqual(uuids(2, 3, 5));
        expect(found(index, plan, { sizeClass: 'medium' })).toEqual(uuids(2, 3, 4));
        expect(found(index, plan, { sizeClass: 'huge' })).toEqual([]);
      }
    });

    it('ranks an item that names the chosen region, sector or size itself above one that passes as nationwide or for all', () => {
      // Same words and weights; the item for all is the newest, so without the rule it would come first.
      const forAll = item(9, { regions: [NATIONWIDE] });
      const forTwente = item(3, { regions: ['twente'] });
      const forBuilders = item(2, { sectors: ['F'] });
      const forSmall = item(1, { sizeClasses: ['small'] });
      const forAllThree = item(4, { regions: ['twente'], sectors: ['F'], sizeClasses: ['small'] });
      // One word more matched still counts for more than a filter named.
      const moreWords = item(5, { vector: `'subsidi':1A 'scholing':2A` });
      for (const index of [indexOf([forAll, forTwente, forBuilders, forSmall, forAllThree, moreWords]), indexOf([forAll, forTwente, forBuilders, forSmall, forAllThree, moreWords], { cacheEntries: 0 })]) {
        const subsidie = [[word('subsidi')]];
        const order = (...items: IndexedItem[]) => items.map((i) => i.id);
        // moreWords last: its one match is in a longer text.
        expect(ids(run(index, subsidie, { region: 'twente' }))).toEqual(order(forAllThree, forTwente, forAll, forBuilders, forSmall, moreWords));
        expect(ids(run(index, subsidie, { region: 'twente', sector: 'F', sizeClass: 'small' }))).toEqual(order(forAllThree, forTwente, forBuilders, forSmall, forAll, moreWords));
        // Without a filter (or with the nationwide region itself), newest first as before.
        expect(ids(run(index, subsidie))[0]).toBe(forAll.id);
        expect(ids(run(index, subsidie, { region: NATIONWIDE }))[0]).toBe(forAll.id);
        expect(ids(run(index, subsidie, { sector: 'F' })).slice(0, 2)).toEqual([forAllThree.id, forBuilders.id]);
        expect(ids(run(index, subsidie, { sizeClass: 'small' })).slice(0, 2)).toEqual([forAllThree.id, forSmall.id]);
        // Browsing without words: the items for Twente first, each part newest first.
        expect(ids(run(index, [], { region: 'twente' }))).toEqual(order(forAllThree, forTwente, forAll, moreWords, forBuilders, forSmall));
        // Two words with a partial match allowed: the item with both words first, whatever it names.
        const partly = index.search([[word('subsidi')], [word('scholing')]], { region: 'twente' }, TODAY, 1, 20, () => 1);
        expect(ids(partly).slice(0, 3)).toEqual(order(moreWords, forAllThree, forTwente));
      }
    });

    it('keeps only items with the aspect asked for', () => {
      const index = indexOf(fixtures);
      for (const plan of PLANS) {
        expect(found(index, plan, { aspect: 'leadership' })).toEqual(uuids(1, 2));
        expect(found(index, plan, { aspect: 'collaboration' })).toEqual(uuids(2, 5));
        expect(found(index, plan, { aspect: 'room_and_safety' })).toEqual([]);
        expect(found(index, plan, { aspect: 'unknown' })).toEqual([]);
      }
    });

    it('combines filters: an item must pass them all', () => {
      const index = indexOf(fixtures);
      for (const plan of PLANS) {
        expect(found(index, plan, { kind: 'training', region: 'zuid-limburg', sector: 'U', sizeClass: 'medium' })).toEqual(uuids(2, 4));
        expect(found(index, plan, { kind: 'training', region: 'zuid-limburg', sector: 'U', sizeClass: 'medium', aspect: 'outside_connection' })).toEqual(uuids(4));
        expect(found(index, plan, { kind: 'scheme', region: 'groningen' })).toEqual([]);
        expect(found(index, plan, { region: 'twente', aspect: 'collaboration', sizeClass: 'small' })).toEqual(uuids(2, 5));
        expect(found(index, plan, { region: 'twente', sector: 'C', sizeClass: 'micro', aspect: 'leadership' })).toEqual(uuids(1, 2));
      }
    });

    it('counts facets as facetsFromCounts does for the items found', () => {
      const index = indexOf(fixtures);
      const current = fixtures.filter((it) => validOn(it, TODAY));
      const cases: IndexFilters[] = [{}, { region: 'twente' }, { kind: 'training' }, { sector: 'C' }, { sizeClass: 'small' }, { aspect: 'collaboration' }, { region: NATIONWIDE }, { region: 'twente', sector: 'Q' }];
      for (const plan of PLANS) {
        for (const filters of cases) {
          const r = run(index, plan, filters, 1, 2);
          const expected = current.filter((it) => passesFilters(it, filters));
          expect(r.total).toBe(expected.length);
          expect(r.facets).toEqual(referenceFacetsFiltered(current, filters));
        }
      }
      // Spelled out once: the nationwide item counts under every region, the open one under every sector and size.
      const facets = run(index, []).facets;
      expect(facets.kind).toEqual({ scheme: 2, training: 2, coach: 1 });
      expect(facets.region).toMatchObject({ twente: 3, 'zuid-limburg': 3, groningen: 2, 'noord-limburg': 1, [NATIONWIDE]: 1 });
      expect(Object.keys(facets.region)).toHaveLength(REGIONS.length + 1);
      expect(facets.sector).toMatchObject({ A: 1, C: 3, F: 2, Q: 2, U: 2 });
      expect(Object.keys(facets.sector)).toHaveLength(SECTORS.length);
      expect(facets.sizeClass).toEqual({ micro: 2, small: 3, medium: 3 });
      expect(facets.aspect).toEqual({ leadership: 2, collaboration: 2, outside_connection: 1, work_content: 1 });
    });

    it('keeps the counts of a chosen facet\'s other values (disjunctive facets); the other facets count the result', () => {
      const index = indexOf([
        item(1, { kind: 'training', regions: ['twente'], aspects: ['leadership'] }),
        item(2, { kind: 'training', regions: ['zuid-limburg'], aspects: ['leadership'] }),
        item(3, { kind: 'scheme', regions: ['twente'], aspects: ['collaboration'] }),
        item(4, { kind: 'coach', regions: ['groningen'], aspects: ['leadership'] }),
        item(5, { kind: 'scheme', regions: ['zuid-limburg'], aspects: ['collaboration'], validUntil: '2026-01-01' }),
      ]);
      for (const plan of [[], [[word('subsidi')]]]) {
        const training = run(index, plan, { kind: 'training' });
        expect(training.total).toBe(2);
        expect(training.facets.kind).toEqual({ training: 2, scheme: 1, coach: 1 });
        expect(training.facets.region).toEqual({ twente: 1, 'zuid-limburg': 1 });
        // Two filters: each counts with the other one only.
        const both = run(index, plan, { kind: 'training', region: 'twente' });
        expect(ids(both)).toEqual([uuid(1)]);
        expect(both.facets.kind).toEqual({ training: 1, scheme: 1 });
        expect(both.facets.region).toEqual({ twente: 1, 'zuid-limburg': 1 });
        expect(both.facets.aspect).toEqual({ leadership: 1 });
        // A choice that finds nothing still shows what the others would find.
        const none = run(index, plan, { kind: 'coach', aspect: 'collaboration' });
        expect(none.total).toBe(0);
        expect(none.facets.kind).toEqual({ scheme: 1 });
        expect(none.facets.aspect).toEqual({ leadership: 1 });
        expect(none.facets.region).toEqual({});
      }
    });
  });

  describe('after changes', () => {
    it('never answers from stale cached lists after an item is changed, removed or added', () => {
      const index = new CatalogueIndex();
      const items = new Map<string, IndexedItem>();
      const put = (it: IndexedItem) => {
        items.set(it.id, it);
        index.upsert(it);
      };
      put(item(1, { vector: `'leiderschap':1A`, regions: ['twente'] }));
      put(item(2, { vector: `'leidinggev':1A 'train':2B`, kind: 'training' }));
      put(item(3, { vector: `'train':1A`, kind: 'training', sectors: ['C'] }));
      put(item(4, { vector: `'coach':1A`, kind: 'coach' }));
      const searches: [QueryPlan, IndexFilters][] = [
        [[[prefix('leid')]], {}],
        [[[prefix('leid')], [word('train')]], {}],
        [[[word('train')]], { kind: 'training' }],
        [[[word('train'), word('coach')]], {}],
        [[], {}],
        [[], { region: 'twente' }],
      ];
      const expectations = (byId: (id: string) => boolean, plan: QueryPlan, filters: IndexFilters) => {
        const r = run(index, plan, filters);
        const expected = [...items.values()].filter((it) => byId(it.id) && passesFilters(it, filters));
        expect(ids(r).sort()).toEqual(expected.map((it) => it.id).sort());
        expect(r.total).toBe(expected.length);
        expect(r.facets).toEqual(referenceFacetsFiltered([...items.values()].filter((it) => byId(it.id)), filters));
        for (const hit of r.hits) expect(hit).toEqual(hitOf(items.get(hit.id) as IndexedItem));
      };
      const check = (matches: Record<number, number[]>) =>
        searches.forEach(([plan, filters], i) => {
          const ns = matches[i] ?? [...items.keys()].map((id) => parseInt(id.slice(-12), 16));
          expectations((id) => ns.map(uuid).includes(id), plan, filters);
          // Asked twice: the second answer comes from the caches.
          expectations((id) => ns.map(uuid).includes(id), plan, filters);
        });

      check({ 0: [1, 2], 1: [2], 2: [2, 3], 3: [2, 3, 4] });
      // Item 2 no longer mentions leadership or training, and moves to Twente.
      put(item(2, { vector: `'coach':1A`, kind: 'coach', regions: ['twente'] }));
      check({ 0: [1], 1: [], 2: [3], 3: [2, 3, 4] });
      index.remove(uuid(3));
      items.delete(uuid(3));
      check({ 0: [1], 1: [], 2: [], 3: [2, 4] });
      put(item(5, { vector: `'leiderschap':1B 'train':2A`, kind: 'training', sizeClasses: ['micro'] }));
      check({ 0: [1, 5], 1: [5], 2: [5], 3: [2, 4, 5] });
      expect(index.count).toBe(4);
    });

    it('keeps working when it grows past its first thousand slots', () => {
      const index = new CatalogueIndex();
      for (let round = 0; round < 3; round++) {
        for (let n = 1; n <= 700; n++) {
          const odd = round === 2 && n % 2 === 1;
          index.upsert(item(n, { vector: odd ? `'oneven':1A` : `'even':1A 'getal':2B`, regions: odd ? ['zuid-limburg'] : ['twente'] }));
        }
      }
      expect(index.count).toBe(700);
      expect(index.deadSlots).toBe(1400);
      expect(run(index, []).total).toBe(700);
      expect(run(index, [[word('oneven')]]).total).toBe(350);
      expect(run(index, [[word('even')], [word('getal')]]).total).toBe(350);
      expect(run(index, [[prefix('e')]], { region: 'twente' }).total).toBe(350);
      expect(run(index, [], { region: 'zuid-limburg' }).total).toBe(350);
      expect(ids(run(index, [], {}, 1, 3))).toEqual([uuid(700), uuid(699), uuid(698)]);
      expect(ids(run(index, [[word('oneven')]], {}, 1, 2))).toEqual([uuid(699), uuid(697)]);
      expect(run(index, []).facets.region).toMatchObject({ twente: 350, 'zuid-limburg': 350 });
    });
  });

  it('gives the same answers without caches, and with caches too small to keep everything', () => {
    const items = [
      ...Array.from({ length: 40 }, (_, i) =>
        item(i + 1, {
          vector: [`'subsidi':1${'ABCD'[i % 4]}`, i % 3 ? `'scholing':2B` : `'school':2C`, i % 5 ? `'leiderschap':3` : `'leid':3A`].join(' '),
          kind: (['scheme', 'training', 'coach'] as const)[i % 3],
          regions: i % 4 ? ['twente'] : [NATIONWIDE],
          sectors: i % 2 ? ['C'] : [],
          publishedAt: BASE_TIME + (i % 7) * 1000,
        }),
      ),
    ];
    const indexes = [indexOf(items), indexOf(items, { cacheEntries: 0 }), indexOf(items, { cacheEntries: 3 })];
    const searches: [QueryPlan, IndexFilters, number][] = [
      [[], {}, 1],
      [[[word('subsidi')]], {}, 1],
      [[[prefix('schol')]], {}, 2],
      [[[prefix('leid')], [prefix('s')]], { region: 'twente' }, 1],
      [[[word('school'), word('leid')]], { kind: 'training' }, 1],
      [[[word('subsidi')]], {}, 1],
      [[[prefix('schol')]], { sector: 'C' }, 3],
      [[], { region: NATIONWIDE }, 1],
    ];
    const answers = () => searches.map(([plan, filters, page]) => indexes.map((index) => run(index, plan, filters, page, 7)));
    for (const same of answers()) {
      expect(same[1]).toEqual(same[0]);
      expect(same[2]).toEqual(same[0]);
      expect(same[0].total).toBeGreaterThan(0);
    }
    for (const index of indexes) index.upsert(item(41, { vector: `'school':1A 'leid':2A 'subsidi':3A`, kind: 'training' }));
    for (const same of answers()) {
      expect(same[1]).toEqual(same[0]);
      expect(same[2]).toEqual(same[0]);
    }
  });

  describe('compared with a brute-force reference on random catalogues', () => {
    const VOCABULARY = [
      'subsidi', 'subsidieregel', 'scholing', 'school', 'opleid', 'opleider', 'leiderschap', 'leid', 'leidinggev', 'coach',
      'coaching', 'train', 'training', 'bouw', 'bouwbedrijf', 'zorg', 'zorgverlen', 'digital', 'digitalisering', 'ondernemer', 'werkgever',
    ];
    const REGION_POOL = ['groningen', 'twente', 'midden-utrecht', 'groot-amsterdam', 'noord-limburg', 'zuid-limburg'];
    const SECTOR_POOL = ['A', 'C', 'F', 'G', 'Q', 'U'];
    const DATES = ['2025-06-01', '2025-12-31', '2026-01-01', '2026-06-14', '2026-06-15', '2026-06-16', '2027-01-01', '2027-12-31'];
    const DAYS = ['2026-06-15', '2025-12-31', '2027-03-01'];
    const LABEL_WEIGHT: Record<string, number> = { A: 1, B: 0.4, C: 0.2, D: 0.1, '': 0.1 };

    interface Model {
      item: IndexedItem;
      /** Lexeme → summed weight of its positions. */
      terms: Map<string, number>;
      positions: number;
    }

    function mulberry32(seed: number): () => number {
      let a = seed;
      return () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }

    function generator(seed: number) {
      const rnd = mulberry32(seed);
      const int = (n: number) => Math.floor(rnd() * n);
      const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
      const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
        const copy = [...xs];
        for (let i = copy.length - 1; i > 0; i--) {
          const j = int(i + 1);
          [copy[i], copy[j]] = [copy[j], copy[i]];
        }
        return copy.slice(0, min + int(max - min + 1));
      };
      const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');

      const model = (id: string): Model => {
        const terms = new Map<string, number>();
        const parts: string[] = [];
        let positions = 0;
        const lexemes = rnd() < 0.04 ? [] : some(VOCABULARY, 1, 5);
        for (const lexeme of lexemes) {
          const labels = Array.from({ length: 1 + int(3) }, () => pick(['A', 'B', 'C', 'D', '']));
          parts.push(`'${lexeme}':${labels.map((label) => `${++positions}${label}`).join(',')}`);
          terms.set(lexeme, labels.reduce((sum, label) => sum + LABEL_WEIGHT[label], 0));
        }
        const r = rnd();
        const regions = r < 0.15 ? [NATIONWIDE] : r < 0.2 ? [] : r < 0.25 ? [pick(REGION_POOL), NATIONWIDE] : some(REGION_POOL, 1, 2);
        return {
          terms,
          positions,
          item: item(0, {
            id,
            kind: pick(['scheme', 'training', 'coach'] as const),
            regions,
            sectors: rnd() < 0.3 ? [] : some(SECTOR_POOL, 1, 3),
            sizeClasses: rnd() < 0.3 ? [] : some(SIZE_CLASSES, 1, 2),
            aspects: some(ASPECT_KEYS, 0, 3),
            validFrom: rnd() < 0.5 ? null : pick(DATES),
            validUntil: rnd() < 0.5 ? null : pick(DATES),
            publishedAt: BASE_TIME + int(20) * 86_400_000,
            vector: parts.join(' '),
          }),
        };
      };
      const newId = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;

      const option = (): QueryOption => {
        const w = pick(VOCABULARY);
        return rnd() < 0.6 ? word(w) : prefix(w.slice(0, 2 + int(w.length - 1)));
      };
      const group = (): QueryOption[] => {
        const g = Array.from({ length: 1 + int(2) }, option);
        if (rnd() < 0.1) g.push({ lexeme: 'onbekend', prefix: rnd() < 0.5 });
        return g;
      };
      const plan = (): QueryOption[][] => (rnd() < 0.12 ? [] : Array.from({ length: 1 + int(2) }, group));
      const filters = (): IndexFilters => {
        const f: IndexFilters = {};
        if (rnd() < 0.25) f.kind = pick(['scheme', 'training', 'coach'] as const);
        if (rnd() < 0.25) f.region = pick([...REGION_POOL, 'haaglanden', NATIONWIDE]);
        if (rnd() < 0.25) f.sector = pick(SECTORS.map((s) => s.code));
        if (rnd() < 0.2) f.sizeClass = pick(SIZE_CLASSES);
        if (rnd() < 0.2) f.aspect = pick(ASPECT_KEYS);
        return f;
      };
      return { rnd, int, pick, model, newId, plan, filters };
    }

    const optionMatches = (o: QueryOption, lexeme: string) => (o.prefix ? lexeme.startsWith(o.lexeme) : lexeme === o.lexeme);

    /** Matching items of the reference, with their rank as ts_rank_cd (normalisation 1) gives it. */
    function reference(models: Iterable<Model>, plan: QueryOption[][], filters: IndexFilters, day: string) {
      const out: { model: Model; rank: number }[] = [];
      for (const m of models) {
        if (!validOn(m.item, day) || !passesFilters(m.item, filters)) continue;
        let sum = 0;
        let all = true;
        for (const g of plan) {
          const hits = [...m.terms.keys()].filter((lexeme) => g.some((o) => optionMatches(o, lexeme)));
          if (hits.length === 0) {
            all = false;
            break;
          }
          for (const lexeme of hits) sum += m.terms.get(lexeme) as number;
        }
        if (!all) continue;
        out.push({ model: m, rank: (m.positions > 0 ? sum / Math.log(m.positions + 1) : sum) + namedFilters(m.item, filters) * SPECIFIC_FILTER_BOOST });
      }
      return out;
    }

    it('finds the same items, totals and facets for 50 random searches, before and after changes', () => {
      const gen = generator(20260615);
      const models = new Map<string, Model>();
      for (let i = 0; i < 300; i++) {
        const m = gen.model(gen.newId());
        models.set(m.item.id, m);
      }
      // The last is packed (compact: its word lists share one pair of arrays, and the hits go to
      // the file) before the searches, so the changes below grow lists out of the shared arrays.
      const indexes = [new CatalogueIndex(), new CatalogueIndex({ cacheEntries: 0 }), new CatalogueIndex({ cacheEntries: 40 }), new CatalogueIndex()];
      for (const m of models.values()) for (const index of indexes) index.upsert(m.item);
      indexes[3].compact();

      const compare = (round: number) => {
        const plan = gen.plan();
        const filters = gen.filters();
        const day = gen.pick(DAYS);
        const perPage = gen.pick([7, 25, 60]);
        const expected = reference(models.values(), plan, filters, day);
        const rankOf = new Map(expected.map((e) => [e.model.item.id, e.rank]));
        const expectedFacets = referenceFacetsFiltered(reference(models.values(), plan, {}, day).map((e) => e.model.item), filters);
        const label = `round ${round}: plan ${JSON.stringify(plan)}, filters ${JSON.stringify(filters)}, day ${day}, ${perPage} a page`;
        for (const index of indexes) {
          const seen: string[] = [];
          const pages = Math.ceil(expected.length / perPage) + 1;
          for (let page = 1; page <= pages; page++) {
            const r = index.search(plan, filters, day, page, perPage);
            expect({ label, total: r.total }).toEqual({ label, total: expected.length });
            expect({ label, facets: r.facets }).toEqual({ label, facets: expectedFacets });
            expect(r.hits.length).toBe(Math.max(0, Math.min(perPage, expected.length - (page - 1) * perPage)));
            seen.push(...ids(r));
          }
          expect({ label, ids: [...seen].sort() }).toEqual({ label, ids: expected.map((e) => e.model.item.id).sort() });
          // Best first: ranks never go up (within float32 rounding); without words, newest first, then smallest id.
          for (let i = 1; i < seen.length; i++) {
            const [a, b] = [seen[i - 1], seen[i]];
            expect({ label, a, b, inOrder: (rankOf.get(a) as number) >= (rankOf.get(b) as number) - 1e-4 }).toEqual({ label, a, b, inOrder: true });
            if (plan.length === 0 && rankOf.get(a) === rankOf.get(b)) {
              const [pa, pb] = [(models.get(a) as Model).item.publishedAt, (models.get(b) as Model).item.publishedAt];
              expect({ label, a, b, inOrder: pa > pb || (pa === pb && a < b) }).toEqual({ label, a, b, inOrder: true });
            }
          }
        }
        return expected.length;
      };

      let nonEmpty = 0;
      for (let round = 0; round < 25; round++) if (compare(round)) nonEmpty++;
      // Change the catalogue: remove some, change some (same id, new version), add some.
      const existing = [...models.keys()];
      for (let i = 0; i < 30; i++) {
        const id = existing[gen.int(existing.length)];
        if (!models.has(id)) continue;
        models.delete(id);
        for (const index of indexes) index.remove(id);
      }
      for (let i = 0; i < 30; i++) {
        const id = gen.pick([...models.keys()]);
        const m = gen.model(id);
        models.set(id, m);
        for (const index of indexes) index.upsert(m.item);
      }
      for (let i = 0; i < 30; i++) {
        const m = gen.model(gen.newId());
        models.set(m.item.id, m);
        for (const index of indexes) index.upsert(m.item);
      }
      for (const index of indexes) expect(index.count).toBe(models.size);
      for (let round = 25; round < 50; round++) if (compare(round)) nonEmpty++;
      // The searches are not all trivially empty.
      expect(nonEmpty).toBeGreaterThan(25);
    });
  });
});

describe('ranked partial matching', () => {
  const half = (n: number) => n - Math.floor(n / 2);
  // Item 1 has all three words; 2 the rare word and one common one; 3 only the two common words;
  // 4 one common word; items 5–20 make "common" common.
  const items = [
    item(1, { vector: `'rare':1A 'common':2A 'usual':3A` }),
    item(2, { vector: `'rare':1A 'common':2A` }),
    item(3, { vector: `'common':1A 'usual':2A` }),
    item(4, { vector: `'usual':1A` }),
    ...Array.from({ length: 16 }, (_, i) => item(5 + i, { vector: `'common':1B 'usual':2B` })),
  ];
  const plan = [[word('rare')], [word('common')], [word('usual')]];

  it('keeps items that match at least the required number of groups, all matching first, then by the rarity they match', () => {
    const index = indexOf(items);
    const r = index.search(plan, {}, TODAY, 1, 100, half);
    expect(ids(r)[0]).toBe(uuid(1));
    // The rare word weighs more than a common one: item 2 above item 3, though both match two words.
    expect(ids(r).indexOf(uuid(2))).toBeLessThan(ids(r).indexOf(uuid(3)));
    expect(ids(r)).not.toContain(uuid(4));
    expect(r.total).toBe(19);
  });

  it('needs every group by default; partially, a word no visible item has does not count', () => {
    const index = indexOf([...items, item(300, { vector: `'verlopen':1A 'rare':2A`, validUntil: '2026-01-01' })]);
    expect(found(index, plan)).toEqual(uuids(1));
    expect(found(index, [[word('nergens')], [word('rare')]])).toEqual([]);
    // Only the words some item has: here "rare" alone, so every item with it.
    expect(ids(index.search([[word('nergens')], [word('rare')]], {}, TODAY, 1, 10, (n) => n))).toEqual(uuids(1, 2).reverse());
    // A word only an expired item has counts as unknown too.
    expect(ids(index.search([[word('verlopen')], [word('rare')]], {}, TODAY, 1, 10, (n) => n))).toEqual(uuids(1, 2).reverse());
    expect(index.search([[word('nergens')], [word('niets')]], {}, TODAY, 1, 10, half).total).toBe(0);
  });

  it(`leaves partial matches out when ${ENOUGH_FULL_MATCHES} or more valid items match every group`, () => {
    const many = [
      ...Array.from({ length: ENOUGH_FULL_MATCHES }, (_, i) => item(100 + i, { vector: `'alpha':1A 'beta':2A` })),
      item(200, { vector: `'alpha':1A` }),
    ];
    const both = [[word('alpha')], [word('beta')]];
    expect(indexOf(many).search(both, {}, TODAY, 1, 100, half).total).toBe(ENOUGH_FULL_MATCHES);
    // One of them expired: fewer than enough full matches today, so the partial match comes back.
    many[0] = item(100, { vector: `'alpha':1A 'beta':2A`, validUntil: '2026-01-01' });
    const r = indexOf(many).search(both, {}, TODAY, 1, 100, half);
    expect(r.total).toBe(ENOUGH_FULL_MATCHES);
    expect(ids(r)[r.total - 1]).toBe(uuid(200));
  });

  it('ranks a partial match by the rarity of the words it has, not by where it has them', () => {
    // Item 31 has the rare word only in its body, item 32 the common word in its title.
    const index = indexOf([
      item(31, { vector: `'rare':9D` }),
      item(32, { vector: `'common':1A` }),
      ...Array.from({ length: 10 }, (_, i) => item(40 + i, { vector: `'common':1B` })),
    ]);
    const r = index.search([[word('rare')], [word('common')]], {}, TODAY, 1, 100, half);
    expect(ids(r)[0]).toBe(uuid(31));
    expect(ids(r)[1]).toBe(uuid(32));
  });

  it('counts the parts of a split compound as one word of the query (concepts)', () => {
    // "leercultuur bouwbedrijf" searched as leer, cultuur (word 0) and bouw, bedrijf (word 1).
    const index = indexOf([
      item(51, { vector: `'leercultur':1A 'bouw':2A` }),
      item(52, { vector: `'bouw':1A` }),
      item(53, { vector: `'bedrijf':1A` }),
      item(54, { vector: `'leercultur':1A` }),
      item(55, { vector: `'niets':1A` }),
    ]);
    const split = [[word('leer'), word('leercultur')], [word('cultur'), word('leercultur')], [word('bouw')], [word('bedrijf')]];
    const r = index.search(split, {}, TODAY, 1, 100, half, [0, 0, 1, 1]);
    // Two words, so one of them is enough: each item with any part of either word is kept…
    expect(ids(r).sort()).toEqual(uuids(51, 52, 53, 54));
    // …the one with both words first.
    expect(ids(r)[0]).toBe(uuid(51));
    // A full match needs every group: one part of each word ("leer" of leercultuur) is not the compound.
    const parts = indexOf([item(61, { vector: `'leer':1A 'bouw':2A 'bedrijf':3A` }), item(62, { vector: `'leercultur':1A 'bouwbedrijf':2A` })]);
    const both = [[word('leer'), word('leercultur')], [word('cultur'), word('leercultur')], [word('bouw'), word('bouwbedrijf')], [word('bedrijf'), word('bouwbedrijf')]];
    expect(ids(parts.search(both, {}, TODAY, 1, 100, half, [0, 0, 1, 1]))).toEqual([uuid(62), uuid(61)]);
    // As four separate words, two of them would be needed: the items with one part drop out.
    expect(ids(index.search(split, {}, TODAY, 1, 100, half)).sort()).toEqual(uuids(51, 54));
  });

  it('counts totals and facets over every item kept, as for a full match', () => {
    const index = indexOf(items);
    const r = index.search(plan, {}, TODAY, 1, 5, half);
    expect(r.facets).toEqual(referenceFacets(items.filter((_, i) => i !== 3)));
  });
});

describe('CatalogueIndex: plans and merged lists made once, kept when asked again', () => {
  it('answers the same search the same way the first time (scratch), the second (kept) and after (from the cache)', () => {
    const items = Array.from({ length: 60 }, (_, n) =>
      item(n + 1, {
        kind: (['scheme', 'training', 'coach'] as const)[n % 3],
        regions: n % 4 === 0 ? [NATIONWIDE] : [REGIONS[n % 5].key],
        vector: n % 2 ? `'subsidi':1A 'scholing':2B` : `'subsidieregel':1A 'opleiding':3C`,
      }),
    );
    const index = indexOf(items);
    // Two words with a prefix: merged lists of several lexemes, and a plan of two groups.
    const plan: QueryPlan = [[prefix('subsidi'), word('regeling')], [word('scholing'), word('opleiding')]];
    const asked = () => [run(index, plan), run(index, plan, { kind: 'training' }), run(index, plan, {}, 2, 7), run(index, plan, { region: REGIONS[1].key }, 2, 5)];
    const first = asked();
    // Another search in between reuses the scratch arrays of the first.
    run(index, [[word('scholing')], [prefix('subsidieregel')]]);
    const second = asked();
    const third = asked();
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(first[0].total).toBe(60);
    expect(first[1].facets.kind).toEqual({ scheme: 20, training: 20, coach: 20 });
  });

  it('a kept plan of one word reads that word\'s list where it is: the same answers, also once its merged list left the group cache', () => {
    const items = Array.from({ length: 90 }, (_, n) =>
      item(n + 1, {
        kind: (['scheme', 'training', 'coach'] as const)[n % 3],
        regions: n % 4 === 0 ? [NATIONWIDE] : [REGIONS[n % 5].key],
        // Some items no longer valid: a kept plan that reads the list must still leave them out.
        validUntil: n % 7 === 0 ? '2026-01-01' : null,
        vector: [`'subsidi':1${'ABCD'[n % 4]}`, n % 3 ? `'subsidieregel':2B` : `'scholing':2C`, `'woord${n % 9}':3`].join(' '),
      }),
    );
    // Room for 100 entries in each cache: a merged list of ~60 items and a few more go out soon.
    const small = indexOf(items, { cacheEntries: 100 });
    const none = indexOf(items, { cacheEntries: 0 });
    const own: QueryPlan = [[word('subsidi')]];
    const merged: QueryPlan = [[prefix('subsidi')]];
    const asked = (index: CatalogueIndex) => [own, merged].flatMap((plan) => [
      run(index, plan), run(index, plan, {}, 2, 7), run(index, plan, { kind: 'training' }), run(index, plan, { region: REGIONS[1].key }, 2, 5),
    ]);
    const expected = asked(none);
    expect(asked(small)).toEqual(expected);
    expect(asked(small)).toEqual(expected);
    // Other merged lists push the prefix's out of the group cache; the kept plan still reads it.
    for (let k = 0; k < 9; k++) {
      run(small, [[prefix(`woord${k}`), word('scholing')]]);
      run(small, [[prefix(`woord${k}`), word('scholing')]]);
    }
    expect(asked(small)).toEqual(expected);
    expect(expected[0].total).toBe(77);
    expect(expected[4].total).toBe(77);
  });
});

describe('a union answered from its groups’ summaries', () => {
  it('gives what ranking and counting every item gives (hits in order, totals, facets), before and after changes', () => {
    let seed = 20261207;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 4294967296);
    const int = (n: number) => Math.floor(rnd() * n);
    const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
    // Words from common to rare, so that two of them rarely share 20 items: their union is the answer.
    const LEXEMES = ['vaak', 'veel', 'zorg', 'bouw', 'leid', 'coach', 'digital', 'metaal', 'haven', 'zeld', 'uniek', 'apart'];
    const CHANCE = [0.45, 0.35, 0.25, 0.2, 0.15, 0.12, 0.08, 0.06, 0.04, 0.03, 0.02, 0.01];
    const made = (n: number) => {
      const parts = LEXEMES.filter((_, i) => rnd() < CHANCE[i]).map((l, i) => `'${l}':${i + 1}${pick(['A', 'B', 'C', 'D', ''])}`);
      return item(n, {
        vector: parts.length ? parts.join(' ') : `'leeg':1`,
        kind: pick(['scheme', 'training', 'coach'] as const),
        regions: rnd() < 0.2 ? [NATIONWIDE] : [pick(REGIONS).key],
        sectors: rnd() < 0.3 ? [] : [pick(SECTORS).code],
        sizeClasses: rnd() < 0.3 ? [] : [pick(SIZE_CLASSES)],
        aspects: rnd() < 0.5 ? [] : [pick(ASPECT_KEYS)],
        validUntil: rnd() < 0.1 ? '2026-06-01' : null,
        // Few distinct dates: equal ranks are common, and then the date and the id order.
        publishedAt: BASE_TIME + int(5) * 1000,
      });
    };
    const fast = new CatalogueIndex();
    const full = new CatalogueIndex({ cacheEntries: 4_000_000, unionFromSummaries: false });
    let next = 1;
    const add = () => {
      const it = made(next++);
      fast.upsert(it);
      full.upsert(it);
    };
    for (let i = 0; i < 800; i++) add();
    const spy = jest.spyOn(CatalogueIndex.prototype as unknown as { unionAnswer: () => unknown }, 'unionAnswer');
    const half = (n: number) => n - Math.floor(n / 2);
    const option = (): QueryOption => (rnd() < 0.2 ? prefix(pick(LEXEMES).slice(0, 3)) : word(pick(LEXEMES)));
    const round = () => {
      // Two words; sometimes one of them a split compound (two groups of one concept).
      const groups = 2 + int(3);
      const plan: QueryOption[][] = Array.from({ length: groups }, () => (rnd() < 0.3 ? [option(), option()] : [option()]));
      const concepts = plan.map((_, i) => (i === 0 ? 0 : i === groups - 1 ? 1 : int(2)));
      const page = 1 + int(3);
      const perPage = pick([5, 10, 20, 30]);
      const day = pick(['2026-05-01', TODAY]);
      const label = JSON.stringify({ plan, concepts, page, perPage, day });
      const a = fast.search(plan, {}, day, page, perPage, half, concepts);
      const b = full.search(plan, {}, day, page, perPage, half, concepts);
      expect({ label, ids: ids(a), total: a.total, facets: a.facets }).toEqual({ label, ids: ids(b), total: b.total, facets: b.facets });
    };
    for (let i = 0; i < 300; i++) round();
    for (let i = 0; i < 40; i++) {
      const id = uuid(1 + int(next - 1));
      fast.remove(id);
      full.remove(id);
      add();
    }
    for (let i = 0; i < 300; i++) round();
    const answered = spy.mock.results.filter((r) => r.value !== null).length;
    spy.mockRestore();
    // The summaries answered most of them: the comparison is not of the full count with itself.
    expect(answered).toBeGreaterThan(150);
  });
});

describe('facet combinations past two bytes', () => {
  it('counts facets right when the catalogue has more than 65,536 distinct sets of regions (packed in four bytes then)', () => {
    // Item n's regions: the regions whose place is a bit of n (17 regions make 131,072 sets).
    const keys = REGIONS.map((r) => r.key).slice(0, 17);
    const items = Array.from({ length: 66_000 }, (_, n) =>
      item(n + 1, { regions: keys.filter((_, b) => (n >> b) & 1), kind: (['scheme', 'training', 'coach'] as const)[n % 3], vector: n % 2 ? `'subsidi':1A` : `'cursus':1A` }));
    const index = indexOf(items);
    const matched = items.filter((_, n) => n % 2 === 1);
    const result = run(index, [[word('subsidi')]], {}, 1, 10);
    expect(result.total).toBe(matched.length);
    expect(result.facets).toEqual(referenceFacets(matched));
    // Filtered: a region and a kind, whose facets keep their other values' counts.
    const filters: IndexFilters = { region: keys[16], kind: 'training' };
    const filtered = run(index, [[word('subsidi')]], filters, 1, 10);
    expect(filtered.total).toBe(matched.filter((it) => passesFilters(it, filters)).length);
    expect(filtered.facets).toEqual(referenceFacetsFiltered(matched, filters));
  });
});
