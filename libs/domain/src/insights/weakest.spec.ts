import { gapIndex } from './gap-index';
import { isQuarter, quarterEnd, quarterOf, quartersUntil } from './quarters';
import { aspectsForSearch, distinctSessionDays, kindsForSearch } from './unmet-searches';
import { weakestAspects } from './weakest';

const s = (mean: number, sd = 0.5, n = 20) => ({ mean, sd, n });

describe('weakestAspects', () => {
  it('names the lowest aspect when it is clearly lower than the rest', () => {
    expect(weakestAspects({ work_content: s(3.8), room_and_safety: s(3.7), collaboration: s(3.9), leadership: s(2.6), learning_organisation: s(3.6), outside_connection: s(3.8) })).toEqual(['leadership']);
  });

  it('names two when they lie within the noise of each other', () => {
    expect(weakestAspects({ work_content: s(3.8), leadership: s(2.6), learning_organisation: s(2.65), outside_connection: s(3.8) })).toEqual(['leadership', 'learning_organisation']);
  });

  it('names none when the differences are noise (small groups, big spread)', () => {
    expect(weakestAspects({ work_content: s(3.2, 1, 5), leadership: s(3.0, 1, 5), collaboration: s(3.1, 1, 5) })).toEqual([]);
    expect(weakestAspects({ work_content: s(3.0), leadership: s(3.0) })).toEqual([]);
    expect(weakestAspects({ leadership: s(2.0) })).toEqual([]);
  });
});

describe('gapIndex', () => {
  it('bands organisations per offer, and no offer is its own band', () => {
    expect(gapIndex(0, 3)).toEqual({ index: null, band: null });
    expect(gapIndex(7, 0)).toEqual({ index: null, band: 'none' });
    expect(gapIndex(4, 2)).toEqual({ index: 2, band: 'ample' });
    expect(gapIndex(10, 2)).toEqual({ index: 5, band: 'adequate' });
    expect(gapIndex(30, 2)).toEqual({ index: 15, band: 'scarce' });
    expect(gapIndex(31, 2)).toEqual({ index: 15.5, band: 'very_scarce' });
  });
});

describe('distinctSessionDays', () => {
  const p = (session: string, day: string) => ({ session, day });
  it('counts sessions each on a day of its own', () => {
    expect(distinctSessionDays(['a', 'b', 'c', 'd', 'e'].map((x, i) => p(x, `2026-11-0${i + 1}`)))).toBe(5);
  });
  it('one session on five days counts once; five sessions on one day count once', () => {
    expect(distinctSessionDays([1, 2, 3, 4, 5].map((d) => p('a', `2026-11-0${d}`)))).toBe(1);
    expect(distinctSessionDays(['a', 'b', 'c', 'd', 'e'].map((x) => p(x, '2026-11-01')))).toBe(1);
  });
  it('finds the matching when a greedy pick would not', () => {
    // a searched on day 1 and 2, b only on day 1: a must take day 2.
    expect(distinctSessionDays([p('a', 'd1'), p('a', 'd2'), p('b', 'd1')])).toBe(2);
    // One busy session on five days and four sessions on day 1: two pairs at most.
    expect(distinctSessionDays([...[1, 2, 3, 4, 5].map((d) => p('a', `d${d}`)), ...['b', 'c', 'd', 'e'].map((x) => p(x, 'd1'))])).toBe(2);
  });
});

describe('quarters', () => {
  it('names, ends and lists quarters', () => {
    expect(quarterOf('2026-11-30')).toBe('2026-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterEnd('2026-Q1')).toBe('2026-03-31');
    expect(quarterEnd('2024-Q1')).toBe('2024-03-31');
    expect(quarterEnd('2026-Q4')).toBe('2026-12-31');
    expect(quartersUntil('2026-Q2', 3)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(isQuarter('2026-Q5')).toBe(false);
    expect(isQuarter('2026-Q3')).toBe(true);
  });
});

describe('aspectsForSearch', () => {
  it('ties searches to aspects by word beginnings, or to none', () => {
    expect(aspectsForSearch('cursus leidinggeven')).toEqual(['leadership']);
    expect(aspectsForSearch('teamontwikkeling en samenwerking')).toEqual(['collaboration']);
    expect(aspectsForSearch('heftruck certificaat')).toEqual([]);
  });
});

describe('kindsForSearch', () => {
  it('ties searches to the kind of offer they ask for, in Dutch and English, plurals and compounds', () => {
    expect(kindsForSearch('subsidie scholing')).toEqual(['scheme', 'training']);
    expect(kindsForSearch('grants for apprentices')).toEqual(['scheme']);
    expect(kindsForSearch('cursussen heftruck')).toEqual(['training']);
    expect(kindsForSearch('opleidingssubsidie')).toEqual(['scheme']);
    expect(kindsForSearch('teamcoach bouw')).toEqual(['coach']);
    expect(kindsForSearch('mentoring programme')).toEqual(['coach']);
    expect(kindsForSearch('heftruck certificaat')).toEqual([]);
  });
});
