import { type AspectKey } from '../aspects';
import { recommend } from './recommend';
import { MEANS, WEAK_SPOTS, item, org, TODAY } from './test-fixtures';
import { type MatchItem, type RecommendInput } from './types';

/** Ranking properties: each compares two items that differ in one factor only. */

const run = (items: MatchItem[], over: Partial<RecommendInput> = {}) =>
  recommend({ org: org(), aspectMeans: MEANS, weakSpots: WEAK_SPOTS, items, today: TODAY, locale: 'nl', ...over });
const scoreOf = (items: MatchItem[], id: string, over: Partial<RecommendInput> = {}) => {
  const r = run(items, over).items.find((x) => x.item.id === id);
  if (!r) throw new Error(`${id} not recommended`);
  return r.score;
};
const order = (items: MatchItem[], over: Partial<RecommendInput> = {}) => run(items, over).items.map((r) => r.item.id);

describe('ranking properties', () => {
  it('a weaker aspect pulls its items up (absolute need)', () => {
    for (const [low, high] of [[1.5, 2.0], [2.0, 2.9], [2.9, 3.3], [3.0, 3.1]]) {
      const means = { ...MEANS, leadership: low, collaboration: high };
      const items = [item('lead', 'training', { aspects: ['leadership'] }), item('collab', 'training', { aspects: ['collaboration'] })];
      expect(order(items, { aspectMeans: means })).toEqual(['lead', 'collab']);
      const swapped = { ...MEANS, leadership: high, collaboration: low };
      expect(order(items, { aspectMeans: swapped, weakSpots: ['collaboration', 'leadership'] })).toEqual(['collab', 'lead']);
    }
  });

  it('an aspect further below the company\'s own average needs more help (relative need)', () => {
    const items = [item('lead', 'training', { aspects: ['leadership'] })];
    const evenCompany = { work_content: 3.0, room_and_safety: 3.0, collaboration: 3.0, leadership: 2.8, learning_organisation: 3.0, outside_connection: 3.0 };
    const strongElsewhere = { ...evenCompany, work_content: 4.2, room_and_safety: 4.0, learning_organisation: 4.1, outside_connection: 4.3 };
    expect(scoreOf(items, 'lead', { aspectMeans: strongElsewhere })).toBeGreaterThan(scoreOf(items, 'lead', { aspectMeans: evenCompany }));
  });

  it('an item aimed at the aspect (primary) ranks above one that helps on the side (secondary)', () => {
    const items = [
      item('side', 'training', { aspects: ['work_content', 'leadership'] }),
      item('main', 'training', { aspects: ['leadership', 'work_content'] }),
    ];
    expect(order(items)).toEqual(['main', 'side']);
    const reasons = run(items).items[0].reasons;
    expect(reasons.map((r) => r.code)).toContain('fit_primary');
    expect(run(items).items[1].reasons.find((r) => r.code === 'fit_secondary')?.text).toBe(
      'Helpt ook bij: Leiderschap gericht op ontwikkelen. De nadruk ligt op: Inhoud van het werk.',
    );
  });

  it('regional before nationwide at equal fit, whatever the ids or input order', () => {
    const a = item('a-nationwide', 'training', { regions: ['landelijk'] });
    const z = item('z-regional', 'training', { regions: ['twente'] });
    expect(order([a, z])).toEqual(['z-regional', 'a-nationwide']);
    expect(order([z, a])).toEqual(['z-regional', 'a-nationwide']);
  });

  it('a window closing soon pulls a scheme up; the reason says when', () => {
    const soon = item('soon', 'scheme', { scheme: { windows: [{ opens: '2026-01-01', closes: '2026-03-22' }] } });
    const later = item('later', 'scheme', { scheme: { windows: [{ opens: '2026-01-01', closes: '2026-11-30' }] } });
    expect(order([later, soon])).toEqual(['soon', 'later']);
    expect(run([soon]).items[0].reasons.find((r) => r.code === 'window')?.text).toBe('Aanvragen sluit over 12 dagen (22 maart).');
    const today = item('today', 'scheme', { scheme: { windows: [{ opens: '2026-01-01', closes: TODAY }] } });
    expect(run([today]).items[0].reasons.find((r) => r.code === 'window')?.text).toBe('Aanvragen sluit vandaag (10 maart).');
    expect(run([today], { locale: 'en' }).items[0].reasons.find((r) => r.code === 'window')?.text).toBe('Applications close today (10 March).');
  });

  it('an open scheme ranks above one that only opens in a few weeks', () => {
    const open = item('open', 'scheme', { scheme: { windows: [{ opens: '2026-01-01', closes: '2026-12-31' }] } });
    const opening = item('opening', 'scheme', { scheme: { windows: [{ opens: '2026-03-31', closes: '2026-12-31' }] } });
    expect(order([opening, open])).toEqual(['open', 'opening']);
    expect(run([opening]).items[0].reasons.find((r) => r.code === 'window')?.text).toBe('Aanvragen opent over 3 weken (31 maart).');
  });

  it('freshness: recently verified up, older than 12 months down', () => {
    const items = [
      item('stale', 'training', { verifiedOn: '2025-02-01' }),
      item('middle', 'training', { verifiedOn: '2025-08-01' }),
      item('fresh', 'training', { verifiedOn: '2026-03-01' }),
    ];
    expect(order(items)).toEqual(['fresh', 'middle', 'stale']);
    expect(run(items).items[2].reasons.find((r) => r.code === 'stale')?.weight).toBeLessThan(0);
  });

  it('owner-led micro and small firms get coaches who were entrepreneurs first; medium firms do not', () => {
    const items = [
      item('hr', 'coach', { coach: { coachType: 'hr-adviseur', entrepreneurExperience: false } }),
      item('consul', 'coach', { coach: { coachType: 'consularis', entrepreneurExperience: true } }),
    ];
    for (const rotationKey of ['a', 'b', 'c', 'd', 'e']) {
      for (const sizeClass of ['micro', 'small'] as const) {
        expect(order(items, { org: org({ sizeClass, employees: sizeClass === 'micro' ? 6 : 20 }), rotationKey })).toEqual(['consul', 'hr']);
      }
    }
    const medium = run(items, { org: org({ sizeClass: 'medium', employees: 80 }) }).items.find((r) => r.item.id === 'consul');
    const reason = medium?.reasons.find((r) => r.code === 'entrepreneur');
    expect(reason?.text).toBe('Was zelf ondernemer (consularis). Kent de zorgen van een eigenaar.');
    expect(reason?.weight).toBeUndefined();
  });

  it('outcomes count only from 5 ratings on', () => {
    const base = item('x', 'training');
    const none = scoreOf([base], 'x');
    expect(scoreOf([{ ...base, outcomes: { count: 4, meanRating: 5 } }], 'x')).toBe(none);
    expect(scoreOf([{ ...base, outcomes: { count: 5, meanRating: 4.6 } }], 'x')).toBeGreaterThan(none);
    expect(scoreOf([{ ...base, outcomes: { count: 12, meanRating: 2 } }], 'x')).toBeLessThan(none);
  });

  it('a coach who answers fast ranks above a slow one; unknown is neutral', () => {
    const coach = (id: string, medianResponseHours: number | null) => item(id, 'coach', { coach: { medianResponseHours } });
    const fast = scoreOf([coach('c', 8)], 'c');
    const unknown = scoreOf([coach('c', null)], 'c');
    const slow = scoreOf([coach('c', 150)], 'c');
    expect(fast).toBeGreaterThan(unknown);
    expect(unknown).toBeGreaterThan(slow);
  });

  it('reasons name the factors with their points, strongest first, adding up to the score', () => {
    const r = run([item('s', 'scheme', { sectors: ['C'], verifiedOn: '2026-02-20', scheme: { windows: [{ opens: '2026-01-01', closes: '2026-03-22' }] } })]).items[0];
    const weights = r.reasons.filter((x) => x.weight !== undefined).map((x) => x.weight as number);
    expect(weights).toEqual([...weights].sort((a, b) => Math.abs(b) - Math.abs(a)));
    expect(Math.abs(weights.reduce((s, w) => s + w, 0) - r.score)).toBeLessThan(0.5);
    expect(r.reasons[0]).toMatchObject({ code: 'fit_primary', text: 'Vooral gericht op: Leiderschap gericht op ontwikkelen.', weight: 30 });
    expect(r.reasons.find((x) => x.code === 'need')?.text).toBe('Leiderschap gericht op ontwikkelen scoort 2,6 van 5. Dat is jullie laagste score (gemiddeld 3,4).');
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['regional', 'sector_specific', 'window', 'fresh']));
  });

  it('the score of an item does not depend on the other items or their order', () => {
    const base = [item('a', 'training'), item('b', 'coach'), item('c', 'scheme', { aspects: ['collaboration'] })];
    const alone = scoreOf([base[0]], 'a');
    expect(scoreOf(base, 'a')).toBe(alone);
    expect(order(base)).toEqual(order([...base].reverse()));
  });
});

describe('load spreading among equally fitting coaches', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `org-${i}`);
  const topCoach = (items: MatchItem[], rotationKey: string, weakSpots: AspectKey[] = ['leadership']) =>
    run(items, { rotationKey, weakSpots }).groups[0].items.find((r) => r.item.kind === 'coach')?.item.id;

  it('two equal coaches each come first for about half of the organisations', () => {
    const coaches = [item('anna', 'coach'), item('bram', 'coach')];
    const firsts = keys.map((k) => topCoach(coaches, k));
    const anna = firsts.filter((id) => id === 'anna').length / keys.length;
    expect(anna).toBeGreaterThan(0.45);
    expect(anna).toBeLessThan(0.55);
  });

  it('shares in proportion to free room: 6 places free against 2 comes first about 3 times as often', () => {
    const coaches = [item('roomy', 'coach', { coach: { capacity: 8, openReferrals: 2 } }), item('busy', 'coach', { coach: { capacity: 8, openReferrals: 6 } })];
    const roomy = keys.map((k) => topCoach(coaches, k)).filter((id) => id === 'roomy').length / keys.length;
    expect(roomy).toBeGreaterThan(0.7);
    expect(roomy).toBeLessThan(0.8);
  });

  it('never gives one coach more referrals than it has room for, and never shows a full coach', () => {
    // Organisations one after another each ask the coach shown first.
    const state = new Map([['anna', { capacity: 2, openReferrals: 0 }], ['bram', { capacity: 3, openReferrals: 0 }], ['cees', { capacity: 3, openReferrals: 1 }]]);
    const given = new Map<string, number>();
    for (let i = 0; i < 20; i += 1) {
      const coaches = [...state].map(([id, c]) => item(id, 'coach', { coach: { ...c } }));
      const result = run(coaches, { rotationKey: `org-${i}` });
      for (const r of result.items) expect(state.get(r.item.id)!.openReferrals).toBeLessThan(state.get(r.item.id)!.capacity);
      const first = result.groups[0].items.find((r) => r.item.kind === 'coach')?.item.id;
      if (!first) break;
      state.get(first)!.openReferrals += 1;
      given.set(first, (given.get(first) ?? 0) + 1);
    }
    expect(Object.fromEntries(given)).toEqual({ anna: 2, bram: 3, cees: 2 });
  });

  it('does not let rotation beat a real difference in fit', () => {
    const regional = item('regional', 'coach', { regions: ['twente'] });
    const nationwide = item('nationwide', 'coach', { regions: ['landelijk'] });
    expect(keys.slice(0, 300).every((k) => topCoach([nationwide, regional], k) === 'regional')).toBe(true);
  });
});
