import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AspectKey, FEW_RESULTS } from '@groeiwijzer/domain';
import { DataSource, type EntityManager } from 'typeorm';

/** One search for the unmet-searches signal (see DemandEvents). */
export interface SearchEvent { day: string; region: string; q: string; resultCount: number; sessionKey: string }

export interface ReadyRoundRow {
  organisation_id: string;
  round_id: string;
  closed_on: string;
  region: string;
  sector: string;
  employees: number;
  aspects: Partial<Record<AspectKey, number>>;
  weak_spots: AspectKey[] | null;
}

export interface GridRow {
  quarter: string;
  region: string;
  sector: string;
  size_class: string;
  shown: boolean;
  reason: 'too_few' | 'protects_another' | 'no_data' | null;
  organisations: number | null;
  aspects: Partial<Record<AspectKey, number>> | null;
  weakest: AspectKey[] | null;
  weak: Partial<Record<AspectKey, number | null>> | null;
  base_quarter: string | null;
}

export interface UnmetRow { region: string; stem_key: string; q: string; total: number; weeks: Record<string, number>; aspects: string[] }

/** Every query of the demand signal: its tables, and what it reads from scans, the catalogue,
 * matching and referrals. */
@Injectable()
export class InsightsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Every round that closed with a ready report (it met its own respondent threshold) up to `until`. */
  readyRounds(m: EntityManager, until: string): Promise<ReadyRoundRow[]> {
    return m.query(
      `SELECT r.organisation_id, r.id AS round_id, (r.closed_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS closed_on,
              o.region, o.sector, o.employees, r.results->'aspects' AS aspects, r.results->'view'->'weakSpots' AS weak_spots
         FROM scan_rounds r JOIN organisations o ON o.id = r.organisation_id
        WHERE r.status = 'closed' AND r.results IS NOT NULL AND NOT (r.results->>'withheld')::boolean
          AND (r.closed_at AT TIME ZONE 'Europe/Amsterdam')::date <= $1::date
        ORDER BY r.organisation_id, r.closed_at, r.id`,
      [until],
    );
  }

  /** Searches with few results in the window, one row per region, stems, session and day. */
  unmetSearchPairs(m: EntityManager, from: string, to: string): Promise<{ region: string; stem_key: string; session_key: string; day: string; searches: number; q: string }[]> {
    return m.query(
      `SELECT region, stem_key, session_key, day::text AS day, count(*)::int AS searches, min(q) AS q
         FROM search_events WHERE day >= $1::date AND day <= $2::date AND result_count <= $3 AND stem_key <> ''
        GROUP BY region, stem_key, session_key, day`,
      [from, to, FEW_RESULTS],
    );
  }

  /** One refresh at a time across instances: held until the transaction ends. */
  async lockForRefresh(m: EntityManager, key: number): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [key]);
  }

  async replace(m: EntityManager, asOf: Date, today: string, quarters: string[], grid: GridRow[], unmet: UnmetRow[], recordedGaps: Record<string, number>): Promise<void> {
    await m.query(`DELETE FROM insights_grid`);
    for (let i = 0; i < grid.length; i += 2000) {
      const part = grid.slice(i, i + 2000);
      await m.query(
        `INSERT INTO insights_grid (quarter, region, sector, size_class, shown, reason, organisations, aspects, weakest, weak, base_quarter)
         SELECT quarter, region, sector, size_class, shown, reason, organisations, aspects, weakest, weak, base_quarter
           FROM jsonb_to_recordset($1::jsonb) AS x(quarter text, region text, sector text, size_class text, shown boolean, reason text,
                organisations int, aspects jsonb, weakest text[], weak jsonb, base_quarter text)`,
        [JSON.stringify(part)],
      );
    }
    await m.query(`DELETE FROM insights_unmet_searches`);
    if (unmet.length) {
      await m.query(
        `INSERT INTO insights_unmet_searches (region, stem_key, q, total, weeks, aspects)
         SELECT region, stem_key, q, total, weeks, aspects FROM jsonb_to_recordset($1::jsonb)
             AS x(region text, stem_key text, q text, total int, weeks jsonb, aspects text[])`,
        [JSON.stringify(unmet)],
      );
    }
    await m.query(
      `INSERT INTO insights_state (id, as_of, quarters, recorded_gaps) VALUES (true, $1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET as_of = EXCLUDED.as_of, quarters = EXCLUDED.quarters, recorded_gaps = EXCLUDED.recorded_gaps`,
      [asOf, quarters, JSON.stringify(recordedGaps)],
    );
    await m.query(`DELETE FROM search_events WHERE day < $1::date - 182`, [today]);
  }

  async state(): Promise<{ asOf: Date; quarters: string[] } | null> {
    const [row] = await this.db.query(`SELECT as_of, quarters FROM insights_state`);
    return row ? { asOf: row.as_of, quarters: row.quarters } : null;
  }

  /** Grid rows of the given regions (and `*`), sectors and size classes, in the given quarters. */
  gridRows(quarters: string[], regions: string[], sectors: string[], sizeClasses: string[]): Promise<GridRow[]> {
    return this.db.query(
      `SELECT quarter, region, sector, size_class, shown, reason, organisations, aspects, weakest, weak, base_quarter
         FROM insights_grid WHERE quarter = ANY($1) AND region = ANY($2) AND sector = ANY($3) AND size_class = ANY($4)`,
      [quarters, regions, sectors, sizeClasses],
    );
  }

  unmetSearches(regions: string[], limit: number): Promise<UnmetRow[]> {
    return this.db.query(
      `SELECT region, stem_key, q, total, weeks, aspects FROM insights_unmet_searches WHERE region = ANY($1)
        ORDER BY total DESC, q LIMIT $2`,
      [regions, limit],
    );
  }

  /** Published, currently valid offers per region, aspect and kind that a company of the sector
   * and size class (or any, for `*`) is eligible for; a nationwide item counts in every region. */
  offers(allRegions: string[], sector: string, sizeClass: string, today: string): Promise<{ region: string; aspect: AspectKey; kind: string; offers: number }[]> {
    return this.db.query(
      `SELECT r.region, a.aspect, i.kind, count(*)::int AS offers
         FROM catalogue_items i
        CROSS JOIN LATERAL unnest(CASE WHEN i.regions @> ARRAY['landelijk'] THEN $1::text[] ELSE i.regions END) AS r(region)
        CROSS JOIN LATERAL unnest(i.aspects) AS a(aspect)
        WHERE i.status = 'published'
          AND (i.valid_from IS NULL OR i.valid_from <= $4::date) AND (i.valid_until IS NULL OR i.valid_until >= $4::date)
          AND ($2 = '*' OR i.sectors = '{}' OR i.sectors @> ARRAY[$2])
          AND ($3 = '*' OR i.size_classes = '{}' OR i.size_classes @> ARRAY[$3])
        GROUP BY r.region, a.aspect, i.kind`,
      [allRegions, sector, sizeClass, today],
    );
  }

  /** Organisations with a recorded matching gap per region and aspect (any kind). */
  recordedGaps(m: EntityManager): Promise<{ region: string; aspect: AspectKey; organisations: number }[]> {
    return m.query(`SELECT region, aspect, count(DISTINCT organisation_id)::int AS organisations FROM matching_gaps GROUP BY region, aspect`);
  }

  /** In one trip: the grid's state, the catalogue's version and the regions of the approved
   * publishers the user edits (none for `null`). */
  async context(userId: string | null): Promise<{ asOf: Date | null; quarters: string[]; recordedGaps: Record<string, number>; version: string; regions: string[] }> {
    const [row] = await this.db.query(
      `SELECT s.as_of, COALESCE(s.quarters, '{}') AS quarters, COALESCE(s.recorded_gaps, '{}') AS recorded_gaps,
              (SELECT CASE WHEN is_called THEN last_value::text ELSE '0' END FROM catalogue_version_seq) AS version,
              COALESCE((SELECT array_agg(DISTINCT r.region) FROM publishers p JOIN publisher_members pm ON pm.publisher_id = p.id
                         CROSS JOIN LATERAL unnest(p.regions) AS r(region) WHERE pm.user_id = $1 AND p.status = 'approved'), '{}') AS regions
         FROM (SELECT 1) AS one LEFT JOIN insights_state s ON true`,
      [userId],
    );
    return { asOf: row.as_of, quarters: row.quarters, recordedGaps: row.recorded_gaps, version: row.version, regions: row.regions };
  }

  async secret(): Promise<string> {
    const [row] = await this.db.query(`SELECT key FROM insights_secret`);
    return row.key;
  }

  /** Writes a batch of searches in one statement. */
  async recordSearches(events: SearchEvent[]): Promise<void> {
    await this.db.query(
      `INSERT INTO search_events (day, region, q, stem_key, result_count, session_key)
       SELECT day, region, q, array_to_string(tsvector_to_array(to_tsvector('gw_dutch', q)), ' '), result_count, session_key
         FROM unnest($1::date[], $2::text[], $3::text[], $4::int[], $5::text[]) AS e(day, region, q, result_count, session_key)`,
      [events.map((e) => e.day), events.map((e) => e.region), events.map((e) => e.q), events.map((e) => e.resultCount), events.map((e) => e.sessionKey)],
    );
  }
}
