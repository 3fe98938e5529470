import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ItemKind } from '@groeiwijzer/contracts';
import { type AspectKey } from '@groeiwijzer/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared';
import { type StoredResults } from '../scan/employee-view';

export interface OrganisationRow {
  id: string;
  name: string;
  sector: string;
  region: string;
  employees: number;
}

/** A scan round as matching and referrals read it: of its stored results only what matching
 * uses (the whole report is large, and read on every recommendations request). */
export interface MatchRoundRow {
  id: string;
  organisation_id: string;
  title: string;
  status: 'open' | 'closed';
  closed_at: Date | null;
  instrument_version: number;
  results: { withheld: boolean; aspects: StoredResults['aspects']; view: { weakSpots: AspectKey[] } | null } | null;
}

export interface DismissedRow {
  item_id: string;
  title: string;
  kind: ItemKind;
  dismissed_at: Date;
}

export interface GapRow {
  aspect: string;
  kind: ItemKind;
  cause: 'none' | 'full';
  last_seen_on: string;
  round_id: string | null;
  region: string;
  sector: string;
  size_class: string;
}

export interface RecordedGap {
  aspect: string;
  kind: ItemKind;
  cause: 'none' | 'full';
}

const ROUND_COLUMNS = `id, organisation_id, title, status, closed_at, instrument_version,
  CASE WHEN results IS NOT NULL THEN jsonb_build_object('withheld', results->'withheld', 'aspects', results->'aspects',
    'view', CASE WHEN results->'view' IS NOT NULL THEN jsonb_build_object('weakSpots', results->'view'->'weakSpots') END) END AS results`;

/** What a recommendation list of an organisation depends on, as one text: the catalogue's and the
 * referrals' latest change, and the organisation's profile, dismissals, plan and closed rounds.
 * Read from the data itself (not a counter bumped before commit), so a reader sees a new value
 * exactly when it sees the change; a deletion that leaves every maximum as it was is caught by
 * the counts, or by the cache's time limit. Null for an unknown organisation. */
const FINGERPRINT_SQL = `
  SELECT concat_ws('|',
      (SELECT max(change_xid)::text FROM catalogue_items), (SELECT max(change_xid)::text FROM catalogue_item_tombstones),
      (SELECT max(changed_at)::text FROM referrals),
      o.updated_at::text, o.region, o.sector, o.employees::text,
      (SELECT count(*)::text || '/' || coalesce(max(dismissed_at)::text, '') FROM recommendation_dismissals d WHERE d.organisation_id = o.id),
      (SELECT count(*)::text || '/' || coalesce(max(updated_at)::text, '') FROM plan_steps p WHERE p.organisation_id = o.id),
      (SELECT count(*)::text || '/' || coalesce(max(closed_at)::text, '') FROM scan_rounds r WHERE r.organisation_id = o.id AND r.status = 'closed')
    ) AS fingerprint
    FROM organisations o WHERE o.id = $1`;

/** Everything a recommendations request reads about the organisation, in one statement. */
export interface MatchContext {
  organisation: OrganisationRow | null;
  /** The round named, else the latest ready one. */
  round: MatchRoundRow | null;
  dismissed: DismissedRow[];
  gaps: GapRow[];
}

const CONTEXT_SQL = `
  SELECT row_to_json(o) AS organisation,
         (SELECT row_to_json(r) FROM (
            SELECT ${ROUND_COLUMNS} FROM scan_rounds
             WHERE ($2::uuid IS NOT NULL AND id = $2)
                OR ($2::uuid IS NULL AND organisation_id = $1 AND status = 'closed' AND results IS NOT NULL AND NOT (results->>'withheld')::boolean)
             ORDER BY closed_at DESC LIMIT 1) r) AS round,
         COALESCE((SELECT json_agg(d ORDER BY d.dismissed_at DESC, d.item_id) FROM (
            SELECT d.item_id, i.title, i.kind, d.dismissed_at FROM recommendation_dismissals d JOIN catalogue_items i ON i.id = d.item_id
             WHERE d.organisation_id = $1) d), '[]') AS dismissed,
         COALESCE((SELECT json_agg(g) FROM (
            SELECT aspect, kind, cause, last_seen_on::text AS last_seen_on, round_id, region, sector, size_class FROM matching_gaps
             WHERE organisation_id = $1) g), '[]') AS gaps
    FROM (SELECT id, name, sector, region, employees FROM organisations WHERE id = $1) o
   RIGHT JOIN (SELECT 1) one ON true`;

/** Matching's SQL beside the candidate query: the organisation, its rounds, dismissals, gaps and plan. */
@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async fingerprint(organisationId: string): Promise<string | null> {
    const [row] = await preparedQuery<{ fingerprint: string }>(this.db, 'matching_fingerprint', FINGERPRINT_SQL, [organisationId]);
    return row?.fingerprint ?? null;
  }

  /** The organisation, the round (named, or the latest ready one), its dismissals and gaps. */
  async context(organisationId: string, roundId: string | null): Promise<MatchContext> {
    const [row] = await preparedQuery<{ organisation: OrganisationRow | null; round: MatchRoundRow | null; dismissed: DismissedRow[]; gaps: GapRow[] }>(
      this.db, 'matching_context', CONTEXT_SQL, [organisationId, roundId],
    );
    // json_agg gives dates as text: the same shapes as the single-purpose reads.
    const round = row.round && { ...row.round, closed_at: row.round.closed_at ? new Date(row.round.closed_at) : null };
    return { ...row, round, dismissed: row.dismissed.map((d) => ({ ...d, dismissed_at: new Date(d.dismissed_at) })) };
  }

  async organisation(id: string, m: EntityManager = this.db.manager): Promise<OrganisationRow | null> {
    const [row] = await m.query(`SELECT id, name, sector, region, employees FROM organisations WHERE id = $1`, [id]);
    return row ?? null;
  }

  async round(id: string, m: EntityManager = this.db.manager): Promise<MatchRoundRow | null> {
    const [row] = await m.query(`SELECT ${ROUND_COLUMNS} FROM scan_rounds WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** The latest closed round whose report passed the anonymity threshold. */
  async latestReadyRound(organisationId: string, m: EntityManager = this.db.manager): Promise<MatchRoundRow | null> {
    const [row] = await m.query(
      `SELECT ${ROUND_COLUMNS} FROM scan_rounds
        WHERE organisation_id = $1 AND status = 'closed' AND results IS NOT NULL AND NOT (results->>'withheld')::boolean
        ORDER BY closed_at DESC LIMIT 1`,
      [organisationId],
    );
    return row ?? null;
  }

  /** The owner's own answers of a round (for the owner–employee gaps of a shared report). */
  async selfAssessment(roundId: string, m: EntityManager = this.db.manager): Promise<Record<string, number | null> | null> {
    const [row] = await m.query(`SELECT answers FROM scan_self_assessments WHERE round_id = $1`, [roundId]);
    return row?.answers ?? null;
  }

  dismissed(organisationId: string): Promise<DismissedRow[]> {
    return this.db.query(
      `SELECT d.item_id, i.title, i.kind, d.dismissed_at FROM recommendation_dismissals d JOIN catalogue_items i ON i.id = d.item_id
        WHERE d.organisation_id = $1 ORDER BY d.dismissed_at DESC, d.item_id`,
      [organisationId],
    );
  }

  /** Whether the item exists for the owner: published and approved, or already dismissed by them. */
  async itemVisible(organisationId: string, itemId: string): Promise<{ visible: boolean; dismissed: boolean }> {
    const [row] = await this.db.query(
      `SELECT (i.status = 'published' AND i.approved) AS visible,
              EXISTS (SELECT 1 FROM recommendation_dismissals d WHERE d.organisation_id = $1 AND d.item_id = i.id) AS dismissed
         FROM catalogue_items i WHERE i.id = $2`,
      [organisationId, itemId],
    );
    return row ?? { visible: false, dismissed: false };
  }

  async dismiss(organisationId: string, itemId: string, userId: string, now: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO recommendation_dismissals (organisation_id, item_id, dismissed_by, dismissed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id, item_id) DO NOTHING`,
      [organisationId, itemId, userId, now],
    );
  }

  async undismiss(organisationId: string, itemId: string): Promise<void> {
    await this.db.query(`DELETE FROM recommendation_dismissals WHERE organisation_id = $1 AND item_id = $2`, [organisationId, itemId]);
  }

  /** The organisation's gaps for these kinds become exactly `gaps`: new ones first seen today,
   * lasting ones seen again today, the rest removed. One transaction. */
  async recordGaps(
    org: OrganisationRow & { sizeClass: string }, roundId: string, today: string, kinds: readonly ItemKind[], gaps: RecordedGap[],
  ): Promise<void> {
    await this.db.transaction(async (m) => {
      // One writer per organisation at a time: two page loads at once cannot interleave.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('matching_gaps:' || $1))`, [org.id]);
      await m.query(
        `DELETE FROM matching_gaps WHERE organisation_id = $1 AND kind = ANY($2::text[])
            AND (aspect, kind) NOT IN (SELECT * FROM unnest($3::text[], $4::text[]))`,
        [org.id, kinds, gaps.map((g) => g.aspect), gaps.map((g) => g.kind)],
      );
      if (!gaps.length) return;
      await m.query(
        `INSERT INTO matching_gaps (organisation_id, aspect, kind, cause, region, sector, size_class, round_id, first_seen_on, last_seen_on)
         SELECT $1, g.aspect, g.kind, g.cause, $5, $6, $7, $8, $9, $9 FROM unnest($2::text[], $3::text[], $4::text[]) AS g(aspect, kind, cause)
         ON CONFLICT (organisation_id, aspect, kind) DO UPDATE SET
           cause = EXCLUDED.cause, region = EXCLUDED.region, sector = EXCLUDED.sector, size_class = EXCLUDED.size_class,
           round_id = EXCLUDED.round_id, last_seen_on = EXCLUDED.last_seen_on`,
        [org.id, gaps.map((g) => g.aspect), gaps.map((g) => g.kind), gaps.map((g) => g.cause), org.region, org.sector, org.sizeClass, roundId, today],
      );
    });
  }
}

/** Organisations per region whose owners found no coach with room in the last 7 days (for the
 * publishers' weekly digest). Counted per organisation, never named. */
export function coachShortages(m: EntityManager, regions: string[], today: string): Promise<{ region: string; organisations: number }[]> {
  return m.query(
    `SELECT region, count(DISTINCT organisation_id)::int AS organisations FROM matching_gaps
      WHERE kind = 'coach' AND cause = 'full' AND region = ANY($1::text[]) AND last_seen_on > $2::date - 7 AND last_seen_on <= $2::date
      GROUP BY region ORDER BY region`,
    [regions, today],
  );
}
