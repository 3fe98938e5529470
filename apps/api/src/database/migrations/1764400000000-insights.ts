import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The regional demand signal: the protected grid (materialised by InsightsRefreshJob), unmet
 * searches with a pseudonymous session key, and per-item funnel counters (no personal data). */
export class Insights1764400000000 implements MigrationInterface {
  name = 'Insights1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per cell of the protected grid per quarter; `*` is every value of a dimension.
    // Hidden cells keep only their reason: their figures are never written.
    await q.query(`
      CREATE TABLE insights_grid (
        quarter text NOT NULL,
        region text NOT NULL,
        sector text NOT NULL,
        size_class text NOT NULL,
        shown boolean NOT NULL,
        reason text CHECK (reason IN ('too_few', 'protects_another', 'no_data')),
        organisations integer,
        aspects jsonb,
        weakest text[],
        weak jsonb,
        base_quarter text,
        PRIMARY KEY (quarter, region, sector, size_class),
        CHECK (shown = (reason IS NULL)),
        CHECK (shown OR (organisations IS NULL AND aspects IS NULL AND weak IS NULL))
      )`);
    // Unmet searches that passed the distinct session-days rule, per region ('*' = no region).
    await q.query(`
      CREATE TABLE insights_unmet_searches (
        region text NOT NULL,
        stem_key text NOT NULL,
        q text NOT NULL,
        total integer NOT NULL,
        weeks jsonb NOT NULL,
        aspects text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (region, stem_key)
      )`);
    await q.query(`CREATE INDEX insights_unmet_searches_top_idx ON insights_unmet_searches (region, total DESC, q)`);
    await q.query(`CREATE TABLE insights_state (id boolean PRIMARY KEY DEFAULT true CHECK (id), as_of timestamptz NOT NULL, quarters text[] NOT NULL, recorded_gaps jsonb NOT NULL DEFAULT '{}')`);
    // The key of the session pseudonyms: made once, never leaves the database.
    await q.query(`CREATE TABLE insights_secret (id boolean PRIMARY KEY DEFAULT true CHECK (id), key text NOT NULL)`);
    await q.query(`INSERT INTO insights_secret (key) VALUES (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`);
    // Searches as the demand signal needs them: the day, the folded text, its stems, the region
    // filter, how much was found, and a keyed hash of the session (not reversible without the key,
    // not linkable to an account or address). Kept 26 weeks.
    await q.query(`
      CREATE TABLE search_events (
        id bigserial PRIMARY KEY,
        day date NOT NULL,
        region text NOT NULL DEFAULT '*',
        q text NOT NULL,
        stem_key text NOT NULL,
        result_count integer NOT NULL,
        session_key text NOT NULL
      )`);
    await q.query(`CREATE INDEX search_events_unmet_idx ON search_events (day, region, stem_key) WHERE result_count <= 2`);
    await q.query(`CREATE INDEX matching_gaps_region_aspect_org_idx ON matching_gaps (region, aspect, organisation_id)`);
    // Funnel counters per item and month; plan adds, referrals and feedback are read where they live.
    await q.query(`
      CREATE TABLE item_events (
        item_id uuid NOT NULL REFERENCES catalogue_items(id) ON DELETE CASCADE,
        month date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('view', 'contact_click', 'website_click')),
        count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (item_id, month, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX matching_gaps_region_aspect_org_idx`);
    await q.query(`DROP TABLE item_events`);
    await q.query(`DROP TABLE search_events`);
    await q.query(`DROP TABLE insights_secret`);
    await q.query(`DROP TABLE insights_state`);
    await q.query(`DROP TABLE insights_unmet_searches`);
    await q.query(`DROP TABLE insights_grid`);
  }
}
