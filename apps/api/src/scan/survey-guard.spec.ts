import { SurveyGuard } from './survey-guard';

const MINUTE = 60_000;

describe('the shared link guard', () => {
  const guard = () => new SurveyGuard({ perAddress: 3, windowMs: 10 * MINUTE, burstCount: 4, burstWindowMs: 2 * MINUTE });

  it('lets an address give a few answers to a round per window, then refuses until the window moves on', () => {
    const g = guard();
    expect([1, 2, 3, 4].map((k) => g.allow('r1', '10.0.0.1', k))).toEqual([true, true, true, false]);
    expect(g.allow('r1', '10.0.0.2', 5)).toBe(true); // another address
    expect(g.allow('r2', '10.0.0.1', 5)).toBe(true); // another round
    expect(g.allow('r1', '10.0.0.1', 10 * MINUTE + 2)).toBe(true);
  });

  it('counts nothing when the limit is off', () => {
    const g = new SurveyGuard({ perAddress: 0, windowMs: MINUTE, burstCount: 4, burstWindowMs: MINUTE });
    expect(Array.from({ length: 100 }, (_, k) => g.allow('r', 'a', k)).every(Boolean)).toBe(true);
  });

  it('tells of a burst once, and again only after it passed', () => {
    const g = guard();
    expect([0, 1, 2, 3, 4, 5].map((k) => g.burst('r1', k * 1000))).toEqual([false, false, false, true, false, false]);
    expect(g.burst('r2', 0)).toBe(false);
    // Slow answers are no burst.
    const slow = guard();
    expect(Array.from({ length: 10 }, (_, k) => slow.burst('r', k * MINUTE)).some(Boolean)).toBe(false);
    // A second burst later is told again.
    expect([0, 1, 2, 3].map((k) => g.burst('r1', 10 * MINUTE + k * 1000))).toEqual([false, false, false, true]);
  });
});
