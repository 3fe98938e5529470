import { SearchCache } from './search-cache';
import { type SearchParams, type SearchResult } from './search-engine';

const params = (q: string, extra: Partial<SearchParams> = {}): SearchParams => ({ q, page: 1, perPage: 20, today: '2026-11-28', ...extra });
const result = (total: number): SearchResult => ({ hits: [], total, facets: { kind: {}, region: {}, aspect: {}, sector: {}, sizeClass: {} } });

describe('the search cache', () => {
  it('answers the same search from the cache while the catalogue version stays the same', async () => {
    let version = '1';
    let computed = 0;
    const cache = new SearchCache(10, 250, async () => version);
    const run = (q: string, now: number) => cache.get(params(q), async () => result(++computed), now);
    expect((await run('subsidie', 0)).hit).toBe(false);
    expect(await run('Subsidie ', 10)).toMatchObject({ hit: false }); // trailing space: not a prefix search any more
    expect(await run('subsidie', 20)).toEqual({ result: result(1), hit: true });
    version = '2';
    // Within the version check interval the old answer may still come (at most 250 ms) …
    expect((await run('subsidie', 100)).hit).toBe(true);
    // … after it, the new version empties the cache.
    expect(await run('subsidie', 400)).toEqual({ result: result(3), hit: false });
  });

  it('keys on every filter, the page and the day', async () => {
    let computed = 0;
    const cache = new SearchCache(10, 250, async () => '1');
    await cache.get(params('coach'), async () => result(++computed), 0);
    for (const extra of [{ region: 'twente' }, { kind: 'coach' as const }, { page: 2 }, { today: '2026-11-29' }, { sizeClass: 'micro' }]) {
      expect((await cache.get(params('coach', extra), async () => result(++computed), 0)).hit).toBe(false);
    }
    expect(computed).toBe(6);
  });

  it('forgets the least recently used search when full, and caches nothing with size 0', async () => {
    const cache = new SearchCache(2, 250, async () => '1');
    const get = (q: string) => cache.get(params(q), async () => result(q.length), 0);
    await get('a');
    await get('bb');
    await get('a'); // a is now the most recent
    await get('ccc'); // bb goes
    expect((await get('a')).hit).toBe(true);
    expect((await get('bb')).hit).toBe(false);
    const off = new SearchCache(0, 250, async () => '1');
    await off.get(params('x'), async () => result(1), 0);
    expect((await off.get(params('x'), async () => result(1), 0)).hit).toBe(false);
  });
});
