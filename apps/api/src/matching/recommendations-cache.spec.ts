import { type RecommendationsResponse } from '@groeiwijzer/contracts';
import { RecommendationsCache } from './recommendations-cache';

const list = (roundId: string) => ({ basedOn: { roundId } }) as unknown as RecommendationsResponse;

describe('the recommendations cache', () => {
  it('answers while the fingerprint is the same and the entry is young enough', () => {
    const cache = new RecommendationsCache(10, 60_000);
    cache.set('org|q', 'v1', 0, list('a'));
    expect(cache.get('org|q', 'v1', 59_000)?.basedOn.roundId).toBe('a');
    expect(cache.get('org|q', 'v2', 1_000)).toBeNull(); // something changed
    expect(cache.get('org|q', 'v1', 61_000)).toBeNull(); // too old
    expect(cache.get('org|other', 'v1', 1_000)).toBeNull();
  });

  it('keeps the most recently used lists, and nothing with size 0', () => {
    const cache = new RecommendationsCache(2, 60_000);
    cache.set('a', 'v', 0, list('a'));
    cache.set('b', 'v', 0, list('b'));
    cache.get('a', 'v', 1);
    cache.set('c', 'v', 2, list('c'));
    expect(cache.get('b', 'v', 3)).toBeNull();
    expect(cache.get('a', 'v', 3)).not.toBeNull();
    const off = new RecommendationsCache(0, 60_000);
    off.set('a', 'v', 0, list('a'));
    expect(off.get('a', 'v', 0)).toBeNull();
  });
});
