import { type AspectKey } from '../aspects';
import { type MatchItem, type MatchOrganisation } from './types';

/** Plain inputs for the matching specs. Not exported from the library. */

export const TODAY = '2026-03-10';

/** Leadership weakest, collaboration second; average 3.38. */
export const MEANS: Record<AspectKey, number> = {
  work_content: 3.8, room_and_safety: 3.4, collaboration: 3.1, leadership: 2.6, learning_organisation: 3.5, outside_connection: 3.9,
};
export const WEAK_SPOTS: AspectKey[] = ['leadership', 'collaboration'];

export function org(over: Partial<MatchOrganisation> = {}): MatchOrganisation {
  return { id: 'org-1', region: 'twente', sector: 'C', sizeClass: 'small', employees: 24, ...over };
}

type ItemOverrides = Partial<Omit<MatchItem, 'scheme' | 'coach'>> & {
  scheme?: Partial<NonNullable<MatchItem['scheme']>> | null;
  coach?: Partial<NonNullable<MatchItem['coach']>> | null;
};

/** An eligible item for org() on TODAY unless overridden: Twente, open to all, valid, a scheme
 * window open all year, a coach with room. */
export function item(id: string, kind: MatchItem['kind'], over: ItemOverrides = {}): MatchItem {
  const { scheme, coach, ...rest } = over;
  return {
    id, kind, title: id, aspects: ['leadership'], regions: ['twente'], sectors: [], sizeClasses: [], costEur: null, language: 'nl',
    validFrom: null, validUntil: null, verifiedOn: '2025-12-01',
    scheme: kind === 'scheme' && scheme !== null ? { windows: [{ opens: '2026-01-01', closes: '2026-12-31' }], fundingShare: 0.5, maxAmountEur: 25000, ...scheme } : null,
    coach: kind === 'coach' && coach !== null ? { coachType: 'arbeidsmarktcoach', entrepreneurExperience: false, capacity: 5, openReferrals: 0, ...coach } : null,
    outcomes: null,
    ...rest,
  };
}

/** mulberry32: a small seeded PRNG, so generated cases are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
