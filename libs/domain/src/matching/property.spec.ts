import { ASPECT_KEYS, type AspectKey } from '../aspects';
import { ITEM_KINDS } from '../catalogue/item-rules';
import { NATIONWIDE } from '../regions';
import { SIZE_CLASSES, type SizeClass } from '../size-class';
import { addDays } from './dates';
import { checkEligibility } from './eligibility';
import { recommend } from './recommend';
import { prng } from './test-fixtures';
import { type MatchItem, type MatchOrganisation, type MatchPreferences } from './types';

/**
 * Generated inputs (seeded, so every run checks the same 400 cases): whatever the catalogue,
 * scores, preferences and date, no ineligible, dismissed or unwanted item is ever returned, every
 * weak spot shows each kind that has a candidate, and gaps are exactly the kinds without one.
 */

const REGIONS = ['twente', 'achterhoek', 'rijnmond', NATIONWIDE];
const SECTORS = ['C', 'F', 'G', 'Q'];

function generate(seed: number) {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const some = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => rnd() < p);
  const today = addDays('2025-01-01', Math.floor(rnd() * 900));
  const near = () => addDays(today, Math.floor(rnd() * 400) - 200);
  const sizeClass: SizeClass = pick(SIZE_CLASSES);
  const org: MatchOrganisation = {
    id: `org-${seed}`, region: pick(REGIONS.slice(0, 3)), sector: pick(SECTORS), sizeClass, employees: sizeClass === 'micro' ? 5 : sizeClass === 'small' ? 25 : 120,
  };
  const items: MatchItem[] = Array.from({ length: 10 + Math.floor(rnd() * 40) }, (_, i) => {
    const kind = pick(ITEM_KINDS);
    const aspects = [...new Set([pick(ASPECT_KEYS), ...some(ASPECT_KEYS, 0.15)])];
    const from = rnd() < 0.3 ? near() : null;
    const until = rnd() < 0.4 ? near() : null;
    const windows = Array.from({ length: Math.floor(rnd() * 3) }, () => {
      const opens = near();
      return { opens, closes: addDays(opens, Math.floor(rnd() * 120)) };
    });
    const capacity = Math.floor(rnd() * 5);
    return {
      id: `i${i}`, kind, title: `item ${i}`, aspects,
      regions: rnd() < 0.3 ? [NATIONWIDE] : some(REGIONS.slice(0, 3), 0.5),
      sectors: rnd() < 0.5 ? [] : some(SECTORS, 0.4),
      sizeClasses: rnd() < 0.5 ? [] : some(SIZE_CLASSES, 0.5),
      costEur: rnd() < 0.4 ? null : pick([0, 150, 900]),
      language: pick(['nl', 'en', null] as const),
      validFrom: from, validUntil: until, verifiedOn: addDays(today, -Math.floor(rnd() * 800)),
      scheme: kind === 'scheme' ? { windows, fundingShare: null, maxAmountEur: null } : null,
      coach: kind === 'coach' ? {
        coachType: pick(['consularis', 'arbeidsmarktcoach']), entrepreneurExperience: rnd() < 0.5, capacity, openReferrals: Math.floor(rnd() * (capacity + 2)),
        medianResponseHours: rnd() < 0.5 ? null : rnd() * 200, languages: some(['nl', 'en'], 0.7),
      } : null,
      outcomes: rnd() < 0.3 ? { count: Math.floor(rnd() * 12), meanRating: 1 + rnd() * 4 } : null,
    };
  });
  const noRound = rnd() < 0.15;
  const means = noRound ? null : Object.fromEntries(ASPECT_KEYS.map((k) => [k, 1 + Math.round(rnd() * 40) / 10])) as Record<AspectKey, number>;
  const weakSpots = means ? ASPECT_KEYS.slice().sort((a, b) => means[a] - means[b]).slice(0, 2) : [];
  const preferences: MatchPreferences = {
    regionalOnly: rnd() < 0.2, freeOnly: rnd() < 0.2, kinds: rnd() < 0.2 ? some(ITEM_KINDS, 0.5) : undefined, language: rnd() < 0.2 ? pick(['nl', 'en'] as const) : undefined,
  };
  const dismissed = new Set(items.filter(() => rnd() < 0.1).map((x) => x.id));
  return { org, items, today, means, weakSpots, preferences, dismissed, perAspect: 1 + Math.floor(rnd() * 8) };
}

describe('recommend on generated inputs', () => {
  const cases = Array.from({ length: 400 }, (_, i) => generate(1000 + i));

  it('generates a mix worth checking (ineligible items, every mode)', () => {
    const ineligible = cases.reduce((n, c) => n + c.items.filter((x) => !checkEligibility(x, c.org, c.today).eligible).length, 0);
    const all = cases.reduce((n, c) => n + c.items.length, 0);
    expect(ineligible / all).toBeGreaterThan(0.4);
    const modes = new Set(cases.map((c) => recommend({ ...c, aspectMeans: c.means, locale: 'nl' }).mode));
    expect(modes).toEqual(new Set(['weak_spots', 'all_high', 'profile']));
  });

  it('400 cases: only eligible, wanted, undismissed items; kinds and gaps add up', () => {
    cases.forEach((c, i) => {
      try {
        check(c);
      } catch (error) {
        throw new Error(`generated case ${i} (seed ${1000 + i}): ${(error as Error).message}`);
      }
    });
  });
});

function check(c: ReturnType<typeof generate>): void {
  const result = recommend({ org: c.org, aspectMeans: c.means, weakSpots: c.weakSpots, items: c.items, today: c.today, locale: 'nl', preferences: c.preferences, dismissed: c.dismissed, perAspect: c.perAspect });
  const shown = [...result.items, ...result.groups.flatMap((g) => g.items)];
  for (const r of shown) {
    expect(checkEligibility(r.item, c.org, c.today).eligible).toBe(true);
    expect(c.dismissed.has(r.item.id)).toBe(false);
    if (c.preferences.kinds?.length) expect(c.preferences.kinds).toContain(r.item.kind);
    if (c.preferences.regionalOnly) expect(r.item.regions).toContain(c.org.region);
    if (c.preferences.freeOnly) expect(r.item.costEur === null || r.item.costEur === 0).toBe(true);
  }
  expect(new Set(result.items.map((r) => r.item.id)).size).toBe(result.items.length);
  for (const g of result.groups) {
    const limit = result.mode === 'profile' ? 2 * c.perAspect : c.perAspect;
    expect(g.items.length).toBeLessThanOrEqual(limit);
    const kindsShown = new Set(g.items.map((r) => r.item.kind));
    const kindsMissing = result.gaps.filter((x) => x.aspect === g.aspect).map((x) => x.kind);
    for (const kind of kindsMissing) expect(kindsShown.has(kind)).toBe(false);
    const wantedKinds = ITEM_KINDS.filter((k) => !c.preferences.kinds?.length || c.preferences.kinds.includes(k));
    if (limit >= wantedKinds.length) expect(kindsShown.size + kindsMissing.length).toBe(wantedKinds.length);
  }
}
