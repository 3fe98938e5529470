import { type AspectKey } from '../aspects';
import { recommend } from './recommend';
import { MEANS, WEAK_SPOTS, item, org, TODAY } from './test-fixtures';
import { type MatchItem, type RecommendInput } from './types';

const run = (items: MatchItem[], over: Partial<RecommendInput> = {}) =>
  recommend({ org: org(), aspectMeans: MEANS, weakSpots: WEAK_SPOTS, items, today: TODAY, locale: 'nl', ...over });
const ids = (items: { item: MatchItem }[]) => items.map((r) => r.item.id);

/** Every way an item can be ineligible for org() on TODAY. */
const TRAPS: MatchItem[] = [
  item('trap-expired', 'training', { validUntil: '2026-03-09' }),
  item('trap-not-yet', 'training', { validFrom: '2026-03-11' }),
  item('trap-region', 'training', { regions: ['rijnmond'] }),
  item('trap-sector', 'training', { sectors: ['F'] }),
  item('trap-size', 'training', { sizeClasses: ['micro'] }),
  item('trap-closed', 'scheme', { scheme: { windows: [{ opens: '2025-09-01', closes: '2026-03-09' }] } }),
  item('trap-later', 'scheme', { scheme: { windows: [{ opens: '2026-06-11', closes: '2026-09-01' }] } }),
  item('trap-full', 'coach', { coach: { capacity: 4, openReferrals: 4 } }),
].map((t) => ({ ...t, verifiedOn: TODAY, outcomes: { count: 40, meanRating: 5 }, regions: t.regions })); // the best fit otherwise

describe('recommend', () => {
  it('never recommends an ineligible item, however well it fits', () => {
    const fine = [item('t', 'training'), item('s', 'scheme'), item('c', 'coach')];
    const result = run([...TRAPS, ...fine]);
    const shown = [...ids(result.items), ...result.groups.flatMap((g) => ids(g.items))];
    for (const trap of TRAPS) expect(shown).not.toContain(trap.id);
    expect(ids(result.items).sort()).toEqual(['c', 's', 't']);
    expect(result.items.every((r) => r.eligibility.every((c) => c.result !== 'fail'))).toBe(true);
  });

  it('never recommends a dismissed item', () => {
    const items = [item('t1', 'training'), item('t2', 'training'), item('c', 'coach')];
    const result = run(items, { dismissed: new Set(['t1', 'c']) });
    expect(ids(result.items)).toEqual(['t2']);
    expect(result.gaps.filter((g) => g.aspect === 'leadership').map((g) => g.kind)).toEqual(['scheme', 'coach']);
  });

  it('groups per weak spot, weakest first, with an intro that says the score', () => {
    const result = run([item('lead', 'training'), item('collab', 'training', { aspects: ['collaboration'] })]);
    expect(result.mode).toBe('weak_spots');
    expect(result.groups.map((g) => [g.aspect, g.mean, ids(g.items)])).toEqual([['leadership', 2.6, ['lead']], ['collaboration', 3.1, ['collab']]]);
    expect(result.groups[0].intro).toBe('Leiderschap gericht op ontwikkelen scoort 2,6 van 5. Dat is jullie laagste score. Hiermee kunnen jullie verder:');
    expect(result.groups[1].intro).toBe('Samenwerken en teamontwikkeling scoort 3,1 van 5. Ook hier is winst te halen:');
  });

  it('gives every weak spot each kind when an eligible one exists, even against stronger items', () => {
    const trainings = Array.from({ length: 10 }, (_, i) => item(`t${i}`, 'training', { aspects: ['leadership'], verifiedOn: TODAY, sectors: ['C'] }));
    const weakCoach = item('coach', 'coach', { aspects: ['outside_connection', 'leadership'], regions: ['landelijk'], verifiedOn: '2024-01-01' });
    const weakScheme = item('scheme', 'scheme', { aspects: ['work_content', 'leadership'], regions: ['landelijk'], scheme: { windows: [] } });
    const result = run([...trainings, weakCoach, weakScheme], { weakSpots: ['leadership'] });
    const group = result.groups[0];
    expect(group.items).toHaveLength(6);
    expect(new Set(group.items.map((r) => r.item.kind))).toEqual(new Set(['scheme', 'training', 'coach']));
    expect(ids(group.items).slice(0, 4)).toEqual(['t0', 't1', 't2', 't3']); // the quota items stay below the better ones
  });

  it('keeps one kind to half the group while other kinds have candidates left', () => {
    const trainings = Array.from({ length: 8 }, (_, i) => item(`t${i}`, 'training', { verifiedOn: TODAY }));
    const coaches = Array.from({ length: 4 }, (_, i) => item(`c${i}`, 'coach', { regions: ['landelijk'], aspects: ['work_content', 'leadership'] }));
    const group = run([...trainings, ...coaches], { weakSpots: ['leadership'] }).groups[0];
    expect(group.items.filter((r) => r.item.kind === 'training')).toHaveLength(3);
    expect(group.items.filter((r) => r.item.kind === 'coach')).toHaveLength(3);
  });

  it('shows an item once in the flat list, for the weak spot where it helps most', () => {
    const both = item('both', 'training', { aspects: ['collaboration', 'leadership'] });
    const result = run([both, item('t', 'training'), item('s', 'scheme', { aspects: ['collaboration'] }), item('c', 'coach', { aspects: ['collaboration'] })]);
    expect(ids(result.items).filter((id) => id === 'both')).toHaveLength(1);
    const groupsWithBoth = result.groups.filter((g) => ids(g.items).includes('both')).map((g) => g.aspect);
    expect(groupsWithBoth).toEqual(['collaboration']);
    const r = result.items.find((x) => x.item.id === 'both');
    expect(r?.aspect).toBe('collaboration');
    expect(r?.reasons.find((x) => x.code === 'fit_other_weak_spot')?.text).toBe('Helpt ook bij jullie andere aandachtspunt: Leiderschap gericht op ontwikkelen.');
  });

  it('lends an item to a second weak spot when it is the only one of its kind there', () => {
    const coach = item('only-coach', 'coach', { aspects: ['leadership', 'collaboration'] });
    const result = run([coach, item('t', 'training', { aspects: ['collaboration'] })]);
    expect(result.groups.map((g) => ids(g.items).includes('only-coach'))).toEqual([true, true]);
    expect(ids(result.items).filter((id) => id === 'only-coach')).toHaveLength(1);
    expect(result.gaps.some((g) => g.kind === 'coach')).toBe(false);
  });

  it('reports a gap for each weak spot and kind without an eligible item', () => {
    const result = run([item('t', 'training'), item('c', 'coach', { aspects: ['collaboration'] }), TRAPS[5]]);
    expect(result.gaps.map((g) => [g.aspect, g.kind, g.reason])).toEqual([
      ['leadership', 'scheme', 'none_eligible'],
      ['leadership', 'coach', 'none_eligible'],
      ['collaboration', 'scheme', 'none_eligible'],
      ['collaboration', 'training', 'none_eligible'],
    ]);
    expect(result.gaps[0].text).toBe('Voor Leiderschap gericht op ontwikkelen is er nu geen regeling die bij jullie past.');
  });

  describe('a company that scores high everywhere', () => {
    const high = { work_content: 4.5, room_and_safety: 4.3, collaboration: 4.4, leadership: 4.2, learning_organisation: 4.6, outside_connection: 4.1 };

    it('still gets its relatively weakest aspect, said honestly', () => {
      const items = [item('out', 'training', { aspects: ['outside_connection'] }), item('lead', 'training', { aspects: ['leadership'] })];
      const result = run(items, { aspectMeans: high, weakSpots: ['outside_connection', 'leadership'] });
      expect(result.mode).toBe('all_high');
      expect(result.groups.map((g) => g.aspect)).toEqual(['outside_connection']);
      expect(result.groups[0].intro).toBe(
        'Jullie scoren overal goed. Wil je verder groeien, kijk dan naar Verbinden met buitenwereld (4,1 van 5). Dat is jullie minst sterke punt.',
      );
      expect(ids(result.items)).toEqual(['out']);
      expect(result.items[0].reasons.find((r) => r.code === 'need')?.text).toBe('Verbinden met buitenwereld scoort 4,1 van 5. Dat is goed, maar het minst sterk bij jullie.');
    });

    it('finds that aspect itself when the report gave no weak spots', () => {
      const result = run([item('lead', 'coach')], { aspectMeans: { ...high, outside_connection: 4.8 }, weakSpots: [], locale: 'en' });
      expect(result.groups[0].aspect).toBe('leadership');
      expect(result.groups[0].intro).toBe('You score well on every aspect. To grow further, look at Leadership aimed at development (4.2 out of 5), your least strong aspect.');
    });
  });

  describe('profile mode (no closed round yet)', () => {
    it('lists what fits the region, sector and size, every kind, and invites the scan', () => {
      const items = [item('t', 'training', { aspects: ['work_content'] }), item('s', 'scheme', { aspects: ['collaboration'] }), item('c', 'coach'), ...TRAPS];
      const result = run(items, { aspectMeans: null, weakSpots: [] });
      expect(result.mode).toBe('profile');
      expect(result.groups).toHaveLength(1);
      expect(result.groups[0].aspect).toBeNull();
      expect(result.groups[0].intro).toMatch(/^Jullie hebben nog geen scan afgerond\./);
      expect(ids(result.items).sort()).toEqual(['c', 's', 't']);
      expect(result.items.every((r) => r.aspect === null && r.reasons.some((x) => x.code === 'profile_fit'))).toBe(true);
      expect(result.items.some((r) => r.reasons.some((x) => x.code === 'need'))).toBe(false);
      expect(result.gaps).toEqual([]);
    });

    it('ranks regional, sector-specific and fresh items first', () => {
      const items = [
        item('nationwide', 'training', { regions: ['landelijk'] }),
        item('regional-sector', 'training', { sectors: ['C'], verifiedOn: TODAY }),
        item('regional', 'training'),
      ];
      expect(ids(run(items, { aspectMeans: null, weakSpots: [] }).items)).toEqual(['regional-sector', 'regional', 'nationwide']);
    });

    it('reports a kind with nothing eligible as a gap without an aspect', () => {
      const result = run([item('t', 'training')], { aspectMeans: null, weakSpots: [] });
      expect(result.gaps.map((g) => [g.aspect, g.kind])).toEqual([[null, 'scheme'], [null, 'coach']]);
      expect(result.gaps[0].text).toBe('Er is nu geen regeling die bij jullie past.');
    });
  });

  describe('preferences, applied openly', () => {
    const items = [
      item('regional-paid', 'training', { costEur: 450 }),
      item('nationwide-free', 'training', { regions: ['landelijk'], costEur: 0 }),
      item('english', 'training', { language: 'en', costEur: null }),
      item('coach-en', 'coach', { regions: ['landelijk'], coach: { languages: ['nl', 'en'] } }),
      item('coach-nl', 'coach', { coach: { languages: ['nl'] } }),
      item('scheme', 'scheme'),
    ];

    it('regionalOnly keeps only items listing the own region, and says so', () => {
      const result = run(items, { preferences: { regionalOnly: true } });
      expect(ids(result.items).sort()).toEqual(['coach-nl', 'english', 'regional-paid', 'scheme']);
      expect(result.explanation.map((e) => e.text)).toContain('Jullie kozen: alleen aanbod uit jullie eigen regio.');
    });

    it('freeOnly keeps costs of null or 0', () => {
      expect(ids(run(items, { preferences: { freeOnly: true } }).items).sort()).toEqual(['coach-en', 'coach-nl', 'english', 'nationwide-free', 'scheme']);
    });

    it('kinds keeps only the chosen kinds and reports no gap for the others', () => {
      const result = run(items, { preferences: { kinds: ['coach'] } });
      expect(new Set(result.items.map((r) => r.item.kind))).toEqual(new Set(['coach']));
      expect(result.gaps.map((g) => g.kind)).toEqual(['coach']); // collaboration has no coach
      expect(result.explanation.find((e) => e.code === 'pref_kinds')?.text).toBe('Jullie kozen: alleen coaches.');
    });

    it('language keeps items in that language and items that name none', () => {
      const result = run(items, { preferences: { language: 'en' }, locale: 'en' });
      expect(ids(result.items).sort()).toEqual(['coach-en', 'english']);
      expect(result.explanation.find((e) => e.code === 'pref_language')?.text).toBe('Your choice: only offers in English.');
    });

    it('a gap left by a preference says so', () => {
      const result = run([item('paid', 'training', { costEur: 300 })], { preferences: { freeOnly: true }, weakSpots: ['leadership'] });
      expect(result.gaps.find((g) => g.kind === 'training')).toMatchObject({ reason: 'preferences', text: 'Voor Leiderschap gericht op ontwikkelen is er geen training die past bij wat jullie kozen.' });
    });
  });

  it('works with weak spots but without means (texts without a score)', () => {
    const result = run([item('t', 'training')], { aspectMeans: null, weakSpots: ['leadership'] as AspectKey[] });
    expect(result.mode).toBe('weak_spots');
    expect(result.groups[0].intro).toBe('Leiderschap gericht op ontwikkelen is een aandachtspunt uit jullie scan. Dit kan helpen:');
  });

  it('limits a group to perAspect items', () => {
    const many = Array.from({ length: 12 }, (_, i) => item(`x${i}`, (['scheme', 'training', 'coach'] as const)[i % 3]));
    expect(run(many, { perAspect: 4, weakSpots: ['leadership'] }).groups[0].items).toHaveLength(4);
    expect(() => run(many, { perAspect: 0 })).toThrow(RangeError);
  });

  it('never reads the clock', () => {
    expect(() => run([], { today: '2026-3-10' })).toThrow(RangeError);
  });
});
