import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ItemKindKey, type SizeClass } from '@groeiwijzer/domain';
import { type Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { preparedQuery } from '../database/prepared';
import { type ItemRow } from '../catalogue/item.mapper';

/** A candidate as the domain's matching reads it (from match_entries), with its coach's
 * referral figures. What a recommendation shows of it is read afterwards, for the shown ones only. */
export interface CandidateRow {
  id: string;
  kind: ItemKindKey;
  aspects: string[];
  regions: string[];
  sectors: string[];
  size_classes: string[];
  cost_eur: number | null;
  /** The coach's languages, else the item's language; [] when it names none. */
  languages: string[];
  valid_from: string | null;
  valid_until: string | null;
  verified_on: string;
  window_opens: string[];
  window_closes: string[];
  capacity: number | null;
  entrepreneur: boolean;
  coach_type: string | null;
  /** Coaches: referrals requested or accepted now. */
  open_referrals: number;
  /** Coaches: owners' ratings of completed referrals. */
  ratings: number;
  mean_rating: number | null;
  /** Coaches: earlier requests answered (accepted, declined) or left to lapse. */
  answered: number;
  /** From 3 answers on, else null. */
  median_hours: number | null;
}

/** A catalogue item as a recommendation (and an item's eligibility) shows it. */
export interface ItemViewRow {
  id: string;
  publisher_name: string;
  kind: ItemKindKey;
  title: string;
  summary: string;
  provider: string;
  aspects: string[];
  regions: string[];
  sectors: string[];
  size_classes: string[];
  url: string | null;
  contact_email: string | null;
  cost_eur: number | null;
  format: string | null;
  language: string | null;
  valid_from: string | null;
  valid_until: string | null;
  verified_on: string;
  details: ItemRow['details'];
  open_referrals: number;
  ratings: number;
  mean_rating: number | null;
  answered: number;
  median_hours: number | null;
}

export interface CandidateQuery {
  organisationId: string;
  region: string;
  sector: string;
  sizeClass: SizeClass;
  /** YYYY-MM-DD, Europe/Amsterdam. */
  today: string;
  /** The weak spots the list will be about (at most two); [] for a profile-based list. */
  spots: readonly string[];
  kinds: readonly ItemKindKey[];
  /** The domain shows at most this many items of one kind per weak spot. */
  perKind: number;
  /** Never these (on top of the organisation's dismissals). */
  exclude?: readonly string[];
  preferences: { regionalOnly?: boolean; freeOnly?: boolean; language?: 'nl' | 'en' };
}

/** The probe reads this many times perKind of the best-looking rows per bucket: enough that the
 * estimate is rarely far below the real cut, few enough to stay cheap. */
const PROBE_DEPTH = 2;

/* The candidate query. SQL narrows, the domain decides: `recommend()` and `checkEligibility()`
 * run on every row returned and stay the only authority on eligibility and order. The query's
 * job is to return few rows without ever leaving out one the domain would show. It reads
 * `match_entries` (one narrow row per published item × aspect × region, kept by triggers; see
 * the migration 1764391000000-matching-api), never the wide catalogue rows, until the end:
 *
 * - A bucket is (weak spot, the organisation's region or `landelijk`, kind, its sector or `*`);
 *   without a scan (profile mode) (region, kind, sector) over primary aspects. Its index is ordered by `ub`, an upper
 *   bound of an item's score (need left out: equal within a weak spot).
 * - ELIGIBLE is the domain's eligibility (sector, size, validity, scheme window, coach room,
 *   not dismissed); PREF_OK the owner's choices; POINTS + FIT the domain's score without need
 *   and without the coach rotation, which is the row's SPREAD (±4): the same formulas as
 *   libs/domain/src/matching/ranking.ts (outcomes and response time come with the entry, from
 *   match_coach_stats()).
 * - `probe`: the best-looking eligible rows of each bucket (by `ub`). `estimates`: per weak spot
 *   and kind, the perKind-th best lower bound among probed rows that surely belong to that weak
 *   spot (they address no other one). At least perKind items of that kind score that much, and
 *   the domain shows at most perKind of one kind per weak spot, so a row whose `ub` is below it
 *   cannot be shown: `found` reads each bucket from the top down to that point only.
 * - `floors`/`kept`: the same cut on `found`'s exact bounds, with a margin for rounding. At the
 *   cut, rows whose factors are all the same as the cut row's (`tie_key`: the domain then scores
 *   them the very same and orders them by id) are kept up to the cut row's id; any other row
 *   within the margin is kept. Plus one eligible row per weak spot and kind that only the owner's choices leave out
 *   (so the domain can say a gap is theirs), plus one full coach per weak spot (a coach gap then
 *   means "all full", for the publishers' digest).
 * candidates.int-spec.ts checks that the domain gives the same answer on these rows as on the
 * whole catalogue. */
const MATCH_REGIONS = `ARRAY[$2::text, 'landelijk']`;
const MATCH_SECTORS = `ARRAY[$3::text, '*']`;

const ELIGIBLE = `
  (e.sectors = '{}' OR $3::text = ANY(e.sectors)) AND (e.size_classes = '{}' OR $4::text = ANY(e.size_classes))
  AND (e.valid_from IS NULL OR e.valid_from <= $5::date) AND (e.valid_until IS NULL OR e.valid_until >= $5::date)
  AND (e.kind <> 'scheme' OR cardinality(e.window_opens) = 0 OR EXISTS (
        SELECT 1 FROM unnest(e.window_opens, e.window_closes) AS w(o, c)
         WHERE (w.o <= $5::date AND w.c >= $5::date) OR (w.o > $5::date AND w.c >= w.o AND w.o <= ($5::date + interval '3 months')::date)))
  AND e.item_id <> ALL($9::uuid[])
  AND NOT EXISTS (SELECT 1 FROM recommendation_dismissals d WHERE d.organisation_id = $1 AND d.item_id = e.item_id)`;
const ROOM = `(e.kind <> 'coach' OR e.open_referrals < e.capacity)`;

const PREF_OK = `((NOT $10::boolean OR $2::text = ANY(e.regions)) AND (NOT $11::boolean OR e.cost_eur IS NULL OR e.cost_eur = 0)
  AND ($12::text IS NULL OR cardinality(e.languages) = 0 OR $12::text = ANY(e.languages)))`;

/** The last day of the open window that closes last (the deadline), if one is open. */
const OPEN_WINDOW = `(SELECT max(w.c) AS closes FROM unnest(e.window_opens, e.window_closes) AS w(o, c) WHERE w.o <= $5::date AND w.c >= $5::date) oc`;

const POINTS = `(
  CASE WHEN $2::text = ANY(e.regions) THEN 10 ELSE 0 END
  + CASE WHEN $3::text = ANY(e.sectors) THEN 5 ELSE 0 END
  + CASE WHEN (e.verified_on + interval '12 months')::date < $5::date THEN -6
         WHEN $5::date - e.verified_on <= 180 THEN 6 * (1 - greatest(0, $5::date - e.verified_on) / 180.0) ELSE 0 END
  + CASE WHEN e.kind <> 'scheme' THEN 0 WHEN oc.closes IS NULL THEN -2
         WHEN oc.closes - $5::date <= 42 THEN 8 * (1 - (oc.closes - $5::date) / 60.0) ELSE 0 END
  + CASE WHEN e.kind = 'coach' AND $13::boolean AND e.entrepreneur THEN 10 ELSE 0 END
  + e.coach_points)::float8`;
const SPREAD = `CASE WHEN e.kind = 'coach' THEN 4 ELSE 0 END`;
/** Rows with the same key have the same factors, so the domain gives them the very same score
 * (and orders them by id, as the query can). */
const TIE_KEY = `concat_ws('|', e.position, $2::text = ANY(e.regions), $3::text = ANY(e.sectors), e.verified_on, oc.closes)`;

/** What a candidate row carries from match_entries (a CandidateRow without the coach's figures). */
const ENTRY_FIELDS: [name: string, expression: string][] = [
  ['id', 'e.item_id'], ['kind', 'e.kind'], ['aspects', 'e.aspects'], ['regions', 'e.regions'], ['sectors', 'e.sectors'],
  ['size_classes', 'e.size_classes'], ['cost_eur', 'e.cost_eur::float8'], ['languages', 'e.languages'], ['valid_from', 'e.valid_from::text'],
  ['valid_until', 'e.valid_until::text'], ['verified_on', 'e.verified_on::text'], ['window_opens', 'e.window_opens::text[]'],
  ['window_closes', 'e.window_closes::text[]'], ['capacity', 'e.capacity'], ['entrepreneur', 'e.entrepreneur'], ['coach_type', 'e.coach_type'],
];
const ENTRY_COLUMNS = ENTRY_FIELDS.map(([name, expression]) => `${expression} AS ${name}`).join(', ');
const entryNames = (alias: string) => ENTRY_FIELDS.map(([name]) => `${alias}.${name}`).join(', ');

function candidateSql(profile: boolean): string {
  // Profile mode: buckets without an aspect, primary-aspect rows only (each item once); `ub`
  // then includes the primary fit (30) that a profile-based score does not have.
  const bucketAspect = profile ? 'NULL::text' : 's.aspect';
  const spots = profile ? '(SELECT NULL::text AS aspect WHERE cardinality($6::text[]) = 0)' : 'unnest($6::text[])';
  const match = (region: string, sector: string) =>
    (profile ? `e.position = 1` : `e.aspect = b.aspect`) + ` AND e.region ${region} AND e.kind = b.kind AND e.sector ${sector}`;
  const fit = profile ? '0' : `CASE e.position WHEN 1 THEN 30 WHEN 2 THEN 13.5 ELSE 9 END`;
  const ubOffset = profile ? '30' : '0';
  const sureOwn = profile ? 'true' : `NOT (e.aspects && array_remove($6::text[], b.aspect))`;
  const fullSample = profile ? '' : `
    UNION ALL
    SELECT * FROM (
      SELECT DISTINCT ON (e.aspect) ${ENTRY_COLUMNS} FROM match_entries e
       WHERE e.aspect = ANY($6::text[]) AND e.region = ANY(${MATCH_REGIONS}) AND e.sector = ANY(${MATCH_SECTORS}) AND e.kind = 'coach' AND 'coach' = ANY($7::text[])
         AND e.open_referrals >= e.capacity AND ${ELIGIBLE}
       ORDER BY e.aspect, e.item_id) full_coach`;
  return `
  WITH buckets AS (
    SELECT ${bucketAspect} AS aspect, k.kind, r.region, sc.sector
      FROM ${spots} AS s(aspect) CROSS JOIN unnest($7::text[]) AS k(kind) CROSS JOIN unnest(${MATCH_REGIONS}) AS r(region)
      CROSS JOIN unnest(${MATCH_SECTORS}) AS sc(sector)
     -- "Alleen regionaal": a nationwide-only item never passes, one that also names the region is in its bucket.
     WHERE NOT ($10::boolean AND r.region = 'landelijk')
  ),
  probe AS (
    SELECT b.aspect, b.kind, x.lo, x.sure_own FROM buckets b CROSS JOIN LATERAL (
      SELECT ${POINTS} + ${fit} - ${SPREAD} AS lo, ${sureOwn} AS sure_own
        FROM match_entries e CROSS JOIN LATERAL ${OPEN_WINDOW}
       WHERE ${match('= b.region', '= b.sector')} AND ${ELIGIBLE} AND ${ROOM} AND ${PREF_OK}
       ORDER BY e.ub DESC LIMIT $14) x
  ),
  estimates AS (
    SELECT aspect, kind, lo FROM (
      SELECT aspect, kind, lo, row_number() OVER (PARTITION BY aspect, kind ORDER BY lo DESC) AS n FROM probe WHERE sure_own) y
     WHERE n = $8
  ),
  found AS (
    SELECT DISTINCT ON (x.aspect, x.id) x.* FROM buckets b
      LEFT JOIN estimates f ON f.aspect IS NOT DISTINCT FROM b.aspect AND f.kind = b.kind
      CROSS JOIN LATERAL (
        SELECT b.aspect, ${POINTS} + ${fit} AS points, ${SPREAD} AS spread, ${sureOwn} AS sure_own, ${TIE_KEY} AS tie_key, ${ENTRY_COLUMNS}
          FROM match_entries e CROSS JOIN LATERAL ${OPEN_WINDOW}
         WHERE ${match('= b.region', '= b.sector')} AND e.ub >= COALESCE(f.lo, '-Infinity'::float8) + ${ubOffset} - 0.000001
           AND ${ELIGIBLE} AND ${ROOM} AND ${PREF_OK}) x
      ORDER BY x.aspect, x.id
  ),
  floors AS MATERIALIZED (
    SELECT y.aspect, y.kind, y.lo, y.id, y.tie_key,
           EXISTS (SELECT 1 FROM found g WHERE g.aspect IS NOT DISTINCT FROM y.aspect AND g.kind = y.kind
                    AND abs(g.points + g.spread - y.lo) <= 0.000001 AND g.tie_key <> y.tie_key) AS mixed
      FROM (SELECT aspect, kind, id, tie_key, points - spread AS lo,
                   row_number() OVER (PARTITION BY aspect, kind ORDER BY points - spread DESC, id) AS n
              FROM found WHERE sure_own) y
     WHERE n = $8
  ),
  kept AS (
    SELECT ${entryNames('f')} FROM found f LEFT JOIN floors x ON x.aspect IS NOT DISTINCT FROM f.aspect AND x.kind = f.kind
     WHERE x.lo IS NULL OR f.points + f.spread > x.lo + 0.000001
        OR (f.points + f.spread >= x.lo - 0.000001 AND (f.spread > 0 OR x.mixed OR f.tie_key <> x.tie_key OR f.id <= x.id))
    UNION ALL
    SELECT x.* FROM (SELECT DISTINCT aspect, kind FROM buckets) b CROSS JOIN LATERAL (
      SELECT ${ENTRY_COLUMNS} FROM match_entries e
       WHERE ${match(`= ANY(${MATCH_REGIONS})`, `= ANY(${MATCH_SECTORS})`)} AND ${ELIGIBLE} AND ${ROOM} AND NOT ${PREF_OK} LIMIT 1) x
     WHERE $10::boolean OR $11::boolean OR $12::text IS NOT NULL
    ${fullSample}
  )
  SELECT DISTINCT ON (k.id) k.*, COALESCE(s.open_referrals, 0) AS open_referrals, COALESCE(s.ratings, 0) AS ratings, s.mean_rating,
         COALESCE(s.answered, 0) AS answered, s.median_hours
    FROM kept k LEFT JOIN LATERAL match_coach_stats(CASE WHEN k.kind = 'coach' THEN k.id END) s ON true
   ORDER BY k.id`;
}

const ITEM_COLUMNS = `
  i.id, p.name AS publisher_name, i.kind, i.title, i.summary, i.provider, i.aspects, i.regions, i.sectors, i.size_classes, i.url,
  i.contact_email, i.cost_eur::float8 AS cost_eur, i.format, i.language, i.valid_from::text AS valid_from,
  i.valid_until::text AS valid_until, i.verified_on::text AS verified_on, i.details,
  COALESCE(s.open_referrals, 0) AS open_referrals, COALESCE(s.ratings, 0) AS ratings, s.mean_rating,
  COALESCE(s.answered, 0) AS answered, s.median_hours`;

const NO_BITMAP = 'SET LOCAL enable_bitmapscan = off';
/** A prepared statement is planned once per connection only with a generic plan; PostgreSQL would
 * otherwise plan this query anew for every request (its plans with and without the values cost
 * the same: every bucket is read through the same index either way). */
const GENERIC_PLAN = 'SET LOCAL plan_cache_mode = force_generic_plan';
const PROFILE_SQL = candidateSql(true);
const SPOTS_SQL = candidateSql(false);

const ITEM_VIEW_SQL = `
  SELECT ${ITEM_COLUMNS}, i.status, i.approved, i.publisher_id
    FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id
    LEFT JOIN LATERAL match_coach_stats(CASE WHEN i.kind = 'coach' THEN i.id END) s ON true
   WHERE i.id = ANY($1::uuid[])`;

export type ItemWithStatus = ItemViewRow & { status: 'draft' | 'published' | 'archived'; approved: boolean; publisher_id: string };

/** The one home of the candidate query (see above). */
@Injectable()
export class CandidatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One item in any status, e.g. for its "past bij jullie" checks; lock: FOR UPDATE of the item
   * (capacity checks). */
  async findOne(id: string, m: EntityManager = this.db.manager, lock = false): Promise<ItemWithStatus | null> {
    // The lock is taken first, on the item alone: its referral figures are then read after any
    // other request for the same coach has committed.
    if (lock) await m.query(`SELECT id FROM catalogue_items WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await m.query(ITEM_VIEW_SQL, [[id]]);
    return row ?? null;
  }

  /** What recommendations show of these items (the few the domain picked), and whether each is
   * already a step of the organisation's plan. */
  shown(ids: string[], organisationId: string): Promise<(ItemViewRow & { in_plan: boolean })[]> {
    if (!ids.length) return Promise.resolve([]);
    return preparedQuery(this.db, 'matching_shown', `
      SELECT ${ITEM_COLUMNS},
             EXISTS (SELECT 1 FROM plan_steps ps WHERE ps.organisation_id = $2 AND ps.item_id = i.id) AS in_plan
        FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id
        LEFT JOIN LATERAL match_coach_stats(CASE WHEN i.kind = 'coach' THEN i.id END) s ON true
       WHERE i.id = ANY($1::uuid[])`, [ids, organisationId]);
  }

  /** Inside the caller's transaction with `m`; otherwise as a prepared statement in a read-only
   * transaction of its own (planning this query costs more than running it). */
  async find(q: CandidateQuery, m?: EntityManager): Promise<CandidateRow[]> {
    const small = q.sizeClass === 'micro' || q.sizeClass === 'small';
    const [name, sql] = q.spots.length ? ['match_candidates', SPOTS_SQL] : ['match_candidates_profile', PROFILE_SQL];
    const values = [
      q.organisationId, q.region, q.sector, q.sizeClass, q.today, [...q.spots], [...q.kinds], q.perKind, [...(q.exclude ?? [])],
      !!q.preferences.regionalOnly, !!q.preferences.freeOnly, q.preferences.language ?? null, small, PROBE_DEPTH * q.perKind,
    ];
    // Each bucket must be read in index order and stopped early; the planner, which sees only an
    // average bucket, would rather fetch whole buckets and sort them (3 to 5 times the work on
    // 100,000 items). SET LOCAL ends with the transaction.
    if (m) {
      await m.query(NO_BITMAP);
      return m.query(sql, values);
    }
    const client = await ((this.db.driver as PostgresDriver).master as Pool).connect();
    try {
      await client.query(`BEGIN READ ONLY; ${NO_BITMAP}; ${GENERIC_PLAN}`);
      const { rows } = await client.query<CandidateRow>({ name, text: sql, values });
      await client.query('COMMIT');
      return rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
