import {
  ASPECT_KEYS, type AspectKey, DEFAULT_PER_ASPECT, type ItemKindKey, type MatchItem, type MatchPreferences, recommend, type RecommendResult, sizeClassFor,
} from '@groeiwijzer/domain';
import { startTestApp, type TestApp } from '../testing/test-app';
import { CandidatesRepository, type ItemViewRow } from './candidates.repository';
import { itemToMatchItem, type RowItem, toMatchItem } from './match-item.mapper';
import { spotsFor } from './matching.service';

/** A small deterministic generator (mulberry32): the same catalogue on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(next() * (max - min + 1));
    const out = new Set<T>();
    while (out.size < Math.min(n, xs.length)) out.add(pick(xs));
    return [...out];
  };
  return { next, pick, some, chance: (p: number) => next() < p };
}

const REGIONS = ['twente', 'achterhoek'];
const SECTORS = ['C', 'F', 'Q'];

/*
 * The candidate query only narrows: on its rows the domain must give exactly the answer it gives
 * on the whole catalogue, for any organisation, weak spots and choices. Checked on 700 generated
 * items with every trap and tie the ranking has (stale and fresh, closing windows, full coaches,
 * coaches with ratings and answer times, dismissed items, nationwide and regional, sector-bound).
 */
describe('candidate query: the domain\'s answer on its rows equals its answer on the whole catalogue', () => {
  let t: TestApp;
  let all: ItemViewRow[];
  let orgs: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const r = random(7);
    const today = t.clock.today();
    const day = (n: number) => t.clock.day(n);
    const [{ id: publisherId }] = await t.db.query(`INSERT INTO publishers (name, regions, status, approved_at) VALUES ('Gen', '{twente}', 'approved', now()) RETURNING id`);
    const rows = Array.from({ length: 700 }, (_, n) => {
      const kind = r.pick(['scheme', 'training', 'training', 'coach'] as const);
      const windows = r.pick([
        [{ opens: day(-20), closes: day(5 + Math.floor(r.next() * 80)) }], [{ opens: day(10), closes: day(60) }],
        [{ opens: day(50), closes: day(90) }], [{ opens: day(-5), closes: day(0) }],
        [{ opens: day(120), closes: day(200) }], [{ opens: day(-90), closes: day(-1) }], [],
        [{ opens: day(-60), closes: day(-30) }, { opens: day(20), closes: day(40) }],
      ]);
      return {
        kind, aspects: r.some(ASPECT_KEYS, 1, 3), regions: r.chance(0.25) ? ['landelijk'] : r.some(REGIONS, 1, 2),
        sectors: r.chance(0.5) ? [] : r.some(SECTORS, 1, 2), sizeClasses: r.chance(0.5) ? [] : r.some(['micro', 'small', 'medium'], 1, 2),
        verifiedOn: day(-r.pick([0, 0, 3, 30, 200, 400])), validFrom: r.chance(0.05) ? day(3) : null,
        validUntil: r.chance(0.05) ? day(-2) : r.chance(0.3) ? day(100) : null,
        costEur: kind === 'training' ? r.pick([0, 450, null]) : null, language: r.pick(['nl', 'en', null]),
        details: {
          scheme: kind === 'scheme' ? { windows, fundingShare: 0.5, maxAmountEur: 5000, eligibility: 'mkb', startBy: null, completeBy: null } : null,
          training: kind === 'training' ? { durationHours: 8, startDates: [] } : null,
          coach: kind === 'coach' ? { coachType: r.pick(['consularis', 'hr-adviseur']), entrepreneurExperience: r.chance(0.5), capacity: r.pick([1, 2, 3]), languages: r.pick([['nl'], ['nl', 'en'], ['en']]) } : null,
        },
        title: `Item ${n}`,
      };
    });
    await t.db.query(
      `INSERT INTO catalogue_items (publisher_id, kind, status, approved, title, summary, aspects, regions, sectors, size_classes, provider, contact_email,
                                    cost_eur, language, valid_from, valid_until, verified_on, details, published_at)
       SELECT $1, x.kind, 'published', true, x.title, 'Een samenvatting', ARRAY(SELECT jsonb_array_elements_text(x.aspects)),
              ARRAY(SELECT jsonb_array_elements_text(x.regions)), ARRAY(SELECT jsonb_array_elements_text(x.sectors)),
              ARRAY(SELECT jsonb_array_elements_text(x."sizeClasses")), 'Aanbieder', CASE WHEN x.kind = 'coach' THEN 'c' || x.title || '@example.nl' END,
              x."costEur", x.language, x."validFrom", x."validUntil", x."verifiedOn", x.details, now()
         FROM jsonb_to_recordset($2::jsonb) AS x(kind text, title text, aspects jsonb, regions jsonb, sectors jsonb, "sizeClasses" jsonb, "costEur" numeric,
              language text, "validFrom" date, "validUntil" date, "verifiedOn" date, details jsonb)`,
      [publisherId, JSON.stringify(rows)],
    );
    orgs = (await t.db.query(
      `INSERT INTO organisations (name, sector, region, employees) SELECT 'Org ' || g, 'C', 'twente', 12 FROM generate_series(1, 12) g RETURNING id`,
    )).map((o: { id: string }) => o.id);
    // Coaches with referrals: some full, some with ratings (5 or more) and answer times (3 or more).
    const coaches: { id: string }[] = await t.db.query(`SELECT id FROM catalogue_items WHERE kind = 'coach' ORDER BY title LIMIT 60`);
    const now = t.clock.now();
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
    for (const [i, { id }] of coaches.entries()) {
      const plan = i % 4;
      if (plan === 0) {
        for (let k = 0; k < 3; k++) {
          await t.db.query(`INSERT INTO referrals (organisation_id, coach_item_id, message, status, share, consent_given_at, requested_at) VALUES ($1, $2, 'x', 'requested', 'none', $3, $3)`, [orgs[k], id, now]);
        }
      } else if (plan === 1 || plan === 2) {
        for (let k = 0; k < 6; k++) {
          const asked = hoursAgo(400 + k);
          const answered = new Date(asked.getTime() + (plan === 1 ? 6 : 120 + 30 * k) * 3_600_000);
          await t.db.query(
            `INSERT INTO referrals (organisation_id, coach_item_id, message, status, share, consent_given_at, requested_at, accepted_at, completed_at, owner_rating, owner_feedback_at)
             VALUES ($1, $2, 'x', 'completed', 'none', $3, $3, $4, $4, $5, $4)`,
            [orgs[k], id, asked, answered, plan === 1 ? 5 : 1 + (k % 3)],
          );
        }
      }
    }
    for (const org of orgs.slice(0, 2)) {
      await t.db.query(
        `INSERT INTO recommendation_dismissals (organisation_id, item_id, dismissed_at) SELECT $1, id, now() FROM catalogue_items ORDER BY md5(id::text || $2) LIMIT 40`, [org, org]);
    }
    const repo = t.app.get(CandidatesRepository);
    const ids: { id: string }[] = await t.db.query(`SELECT id FROM catalogue_items WHERE status = 'published' AND approved`);
    all = await Promise.all(ids.map(async ({ id }) => (await repo.findOne(id))!));
    expect(today).toBe(t.clock.today());
  }, 120_000);
  afterAll(() => t.close());

  const summary = (result: RecommendResult<MatchItem>) => ({
    mode: result.mode,
    groups: result.groups.map((g) => ({ aspect: g.aspect, intro: g.intro, items: g.items.map((i) => [i.item.id, i.score, i.reasons.map((x) => x.code).join()]) })),
    items: result.items.map((i) => i.item.id),
    gaps: result.gaps,
    explanation: result.explanation,
  });

  const cases: { name: string; org: number; region: string; sector: string; employees: number; means: Partial<Record<AspectKey, number>> | null; weakSpots: AspectKey[]; prefs: MatchPreferences }[] = [];
  const r = random(11);
  for (let n = 0; n < 36; n++) {
    const means = r.chance(0.15) ? null : Object.fromEntries(ASPECT_KEYS.map((k) => [k, Math.round((1 + r.next() * 4) * 10) / 10])) as Record<AspectKey, number>;
    const weakSpots = means ? [...ASPECT_KEYS].sort((a, b) => means[a] - means[b]).slice(0, r.pick([1, 2, 2])) : [];
    const prefs = r.pick<MatchPreferences>([{}, {}, { regionalOnly: true }, { freeOnly: true }, { language: 'en' }, { kinds: ['coach'] }, { kinds: ['training'], freeOnly: true }]);
    cases.push({ name: `case ${n}`, org: n % 3, region: r.pick(REGIONS), sector: r.pick([...SECTORS, 'A']), employees: r.pick([5, 20, 100]), means, weakSpots, prefs });
  }

  it.each(cases)('$name', async (c) => {
    const organisationId = orgs[c.org];
    const sizeClass = sizeClassFor(c.employees);
    const org = { id: organisationId, region: c.region, sector: c.sector, employees: c.employees, sizeClass };
    const today = t.clock.today();
    const dismissed = new Set<string>((await t.db.query(`SELECT item_id FROM recommendation_dismissals WHERE organisation_id = $1`, [organisationId])).map((d: { item_id: string }) => d.item_id));
    const spots = spotsFor(c.means, c.weakSpots);
    const kinds: ItemKindKey[] = c.prefs.kinds ? [...c.prefs.kinds] : ['scheme', 'training', 'coach'];
    const rows = await t.app.get(CandidatesRepository).find({
      organisationId, region: c.region, sector: c.sector, sizeClass, today, spots, kinds,
      perKind: spots.length ? DEFAULT_PER_ASPECT : 2 * DEFAULT_PER_ASPECT, preferences: c.prefs,
    });
    const input = { org, aspectMeans: c.means, weakSpots: c.weakSpots, dismissed, today, locale: 'nl' as const, preferences: c.prefs };
    const whole = recommend({ ...input, items: all.map(itemToMatchItem) });
    const narrowed = recommend<RowItem>({ ...input, items: rows.map(toMatchItem) });
    expect(summary(narrowed)).toEqual(summary(whole));
    // And it does narrow: never the whole catalogue.
    expect(rows.length).toBeLessThan(all.length / 3);
  });
});
