import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** What the recommendations and referrals API needs beside the matching schema: the narrow
 * table the candidate query reads, the moment a referral's reminder is due, and why a coach gap
 * exists. */
export class MatchingApi1764391000000 implements MigrationInterface {
  name = 'MatchingApi1764391000000';

  async up(q: QueryRunner): Promise<void> {
    // A coach's figures from its referrals, as ranking reads them: open referrals (requested or
    // accepted), owners' ratings, and the median hours to an answer (accepted, declined, or the
    // lapse: not answering is the slowest answer). `points` is what outcomes (from 5 ratings) and
    // response time (from 3 answers) add to its score: the formulas of libs/domain's ranking.ts.
    // STRICT: called with NULL (not a coach) it answers NULL without running.
    await q.query(`
      CREATE FUNCTION match_coach_stats(coach uuid, OUT open_referrals integer, OUT ratings integer, OUT mean_rating float8,
                                        OUT answered integer, OUT median_hours float8, OUT points float8)
      LANGUAGE sql STABLE STRICT AS $$
        SELECT a.open_referrals, a.ratings, a.mean_rating, a.answered, CASE WHEN a.answered >= 3 THEN a.median END,
               CASE WHEN a.ratings >= 5 THEN 10 * greatest(-1, least(1, (a.mean_rating - 3) / 2)) ELSE 0 END
               + CASE WHEN a.answered < 3 THEN 0 WHEN a.median <= 24 THEN 5 ELSE 5 * greatest(-1, least(1, 1 - 2 * (a.median - 24) / 144)) END
          FROM (SELECT count(*) FILTER (WHERE r.status IN ('requested', 'accepted'))::int AS open_referrals,
                       count(r.owner_rating)::int AS ratings, avg(r.owner_rating)::float8 AS mean_rating,
                       count(COALESCE(r.accepted_at, r.declined_at, r.lapsed_at))::int AS answered,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY (extract(epoch FROM COALESCE(r.accepted_at, r.declined_at, r.lapsed_at) - r.requested_at) / 3600)::float8) AS median
                  FROM referrals r WHERE r.coach_item_id = coach) a
      $$`);

    // One row per published, approved item × aspect it addresses × region it serves × sector it
    // names ('*': open to all sectors), with what
    // eligibility and ranking read, and `ub`: an upper bound of the item's score for that aspect
    // (without the aspect's need, which is the same for every item), for any organisation on any
    // day. The candidate query reads each (aspect, region, kind) bucket from the top of `ub`
    // down, and stops where nothing below can still be shown (apps/api/src/matching/candidates.repository.ts).
    // Kept by triggers, so every writer (API, import command, scripts) keeps it current.
    await q.query(`
      CREATE TABLE match_entries (
        item_id uuid NOT NULL REFERENCES catalogue_items(id) ON DELETE CASCADE,
        aspect text NOT NULL,
        position smallint NOT NULL,
        region text NOT NULL,
        kind text NOT NULL,
        sector text NOT NULL,
        ub float8 NOT NULL,
        ub_static float8 NOT NULL,
        aspects text[] NOT NULL,
        regions text[] NOT NULL,
        sectors text[] NOT NULL,
        size_classes text[] NOT NULL,
        valid_from date,
        valid_until date,
        verified_on date NOT NULL,
        cost_eur numeric(12, 2),
        languages text[] NOT NULL,
        window_opens date[] NOT NULL,
        window_closes date[] NOT NULL,
        capacity integer,
        entrepreneur boolean NOT NULL,
        coach_type text,
        open_referrals integer NOT NULL DEFAULT 0,
        coach_points float8 NOT NULL DEFAULT 0,
        PRIMARY KEY (item_id, aspect, region, sector)
      )`);
    await q.query(`CREATE INDEX match_entries_bucket_idx ON match_entries (aspect, region, kind, sector, ub DESC)`);
    // Without a scan: every item once (its primary aspect), by region and kind.
    await q.query(`CREATE INDEX match_entries_profile_idx ON match_entries (region, kind, sector, ub DESC) WHERE position = 1`);
    // Full coaches: a coach gap where these exist is a shortage, not an absence.
    await q.query(`CREATE INDEX match_entries_full_idx ON match_entries (aspect, region) WHERE kind = 'coach' AND open_referrals >= capacity`);
    // ub_static = fit (30 / 13.5 / 9) + regional 10 (when it names a region) + sector 5 (a row of
    // a named sector) + freshness 6 + deadline 8 (schemes) + rotation 4 and entrepreneur 10
    // (coaches): every factor at its best. ub adds the coach's exact outcome and response points.
    await q.query(`
      CREATE FUNCTION match_entries_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM match_entries WHERE item_id = ANY(ids);
        INSERT INTO match_entries (item_id, aspect, position, region, kind, sector, ub, ub_static, aspects, regions, sectors, size_classes, valid_from,
                                   valid_until, verified_on, cost_eur, languages, window_opens, window_closes, capacity, entrepreneur,
                                   coach_type, open_referrals, coach_points)
        SELECT i.id, a.aspect, a.position, r.region, i.kind, sc.sector, b.ub_static + COALESCE(s.points, 0), b.ub_static,
               i.aspects, i.regions, i.sectors, i.size_classes, i.valid_from, i.valid_until, i.verified_on, i.cost_eur,
               CASE WHEN cardinality(c.languages) > 0 THEN c.languages WHEN i.language IS NOT NULL THEN ARRAY[i.language] ELSE '{}' END,
               w.opens, w.closes, c.capacity, c.entrepreneur, i.details->'coach'->>'coachType', COALESCE(s.open_referrals, 0), COALESCE(s.points, 0)
          FROM catalogue_items i
          CROSS JOIN LATERAL (
            SELECT CASE WHEN jsonb_typeof(i.details->'coach') = 'object' THEN (i.details->'coach'->>'capacity')::int END AS capacity,
                   COALESCE(i.details->'coach'->>'entrepreneurExperience' = 'true', false) AS entrepreneur,
                   CASE WHEN jsonb_typeof(i.details->'coach'->'languages') = 'array'
                        THEN ARRAY(SELECT jsonb_array_elements_text(i.details->'coach'->'languages')) ELSE '{}' END AS languages) c
          CROSS JOIN LATERAL (
            SELECT COALESCE(array_agg((x->>'opens')::date ORDER BY n), '{}') AS opens, COALESCE(array_agg((x->>'closes')::date ORDER BY n), '{}') AS closes
              FROM jsonb_array_elements(CASE WHEN i.kind = 'scheme' AND jsonb_typeof(i.details->'scheme'->'windows') = 'array'
                                             THEN i.details->'scheme'->'windows' ELSE '[]' END) WITH ORDINALITY AS x(x, n)) w
          LEFT JOIN LATERAL match_coach_stats(CASE WHEN i.kind = 'coach' THEN i.id END) s ON true
          CROSS JOIN LATERAL unnest(i.aspects) WITH ORDINALITY AS a(aspect, position)
          CROSS JOIN LATERAL unnest(CASE WHEN i.sectors = '{}' THEN ARRAY['*'] ELSE i.sectors END) AS sc(sector)
          CROSS JOIN LATERAL (
            SELECT CASE a.position WHEN 1 THEN 30 WHEN 2 THEN 13.5 ELSE 9 END
                   + CASE WHEN i.regions <> '{landelijk}' THEN 10 ELSE 0 END
                   + CASE WHEN sc.sector <> '*' THEN 5 ELSE 0 END
                   + 6
                   + CASE i.kind WHEN 'scheme' THEN 8 WHEN 'coach' THEN 4 + CASE WHEN c.entrepreneur THEN 10 ELSE 0 END ELSE 0 END AS ub_static) b
          CROSS JOIN LATERAL unnest(i.regions) AS r(region)
         WHERE i.id = ANY(ids) AND i.status = 'published' AND i.approved;
      $$`);
    await q.query(`
      CREATE FUNCTION match_entries_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM match_entries_refresh(ARRAY(SELECT id FROM changed_items));
        RETURN NULL;
      END $$`);
    // Statement triggers with the changed rows: an import of 10,000 rows refreshes them in one go.
    await q.query(`CREATE TRIGGER match_entries_inserted AFTER INSERT ON catalogue_items REFERENCING NEW TABLE AS changed_items
                   FOR EACH STATEMENT EXECUTE FUNCTION match_entries_changed()`);
    await q.query(`CREATE TRIGGER match_entries_updated AFTER UPDATE ON catalogue_items REFERENCING NEW TABLE AS changed_items
                   FOR EACH STATEMENT EXECUTE FUNCTION match_entries_changed()`);
    // A referral changes its coach's open count and, once answered or rated, its points.
    await q.query(`
      CREATE FUNCTION match_entries_referral_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE coach uuid := COALESCE(NEW.coach_item_id, OLD.coach_item_id);
      BEGIN
        UPDATE match_entries e SET open_referrals = s.open_referrals, coach_points = s.points, ub = e.ub_static + s.points
          FROM match_coach_stats(coach) s WHERE e.item_id = coach;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER match_entries_referral_changed AFTER INSERT OR UPDATE OR DELETE ON referrals
                   FOR EACH ROW EXECUTE FUNCTION match_entries_referral_changed()`);
    await q.query(`SELECT match_entries_refresh(ARRAY(SELECT id FROM catalogue_items))`);

    // End of the 5th Dutch working day after the request (Europe/Amsterdam): from then on an
    // unanswered request gets one reminder. Written from the clock when the request is made.
    await q.query(`ALTER TABLE referrals ADD COLUMN remind_at timestamptz`);
    await q.query(`CREATE INDEX referrals_deadlines_idx ON referrals (answer_by) WHERE status = 'requested'`);
    // A coach gap because every eligible coach is full ('full'), or because none exists ('none'):
    // publishers of the region hear about the first in their weekly digest.
    await q.query(`ALTER TABLE matching_gaps ADD COLUMN cause text NOT NULL DEFAULT 'none' CHECK (cause IN ('none', 'full'))`);
    await q.query(`CREATE INDEX matching_gaps_shortage_idx ON matching_gaps (region, last_seen_on) WHERE kind = 'coach' AND cause = 'full'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX matching_gaps_shortage_idx`);
    await q.query(`ALTER TABLE matching_gaps DROP COLUMN cause`);
    await q.query(`DROP INDEX referrals_deadlines_idx`);
    await q.query(`ALTER TABLE referrals DROP COLUMN remind_at`);
    await q.query(`DROP TRIGGER match_entries_referral_changed ON referrals`);
    await q.query(`DROP FUNCTION match_entries_referral_changed()`);
    await q.query(`DROP TRIGGER match_entries_updated ON catalogue_items`);
    await q.query(`DROP TRIGGER match_entries_inserted ON catalogue_items`);
    await q.query(`DROP FUNCTION match_entries_changed()`);
    await q.query(`DROP FUNCTION match_entries_refresh(uuid[])`);
    await q.query(`DROP TABLE match_entries`);
    await q.query(`DROP FUNCTION match_coach_stats(uuid)`);
  }
}
