import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The catalogue: items of three kinds, Dutch full-text search that ignores accents, a word list
 * for typo tolerance, the queue that carries changes to an external search engine, and the
 * search log for the demand signal. */
export class Catalogue1764330000000 implements MigrationInterface {
  name = 'Catalogue1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Dutch stemming after the accents are taken off: "coöperatie" and "cooperatie" are one word.
    await q.query(`CREATE TEXT SEARCH CONFIGURATION gw_dutch (COPY = pg_catalog.dutch)`);
    await q.query(`ALTER TEXT SEARCH CONFIGURATION gw_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem`);

    await q.query(`
      CREATE TABLE catalogue_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        publisher_id uuid NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('scheme', 'training', 'coach')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
        approved boolean NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL DEFAULT '',
        aspects text[] NOT NULL,
        regions text[] NOT NULL,
        sectors text[] NOT NULL DEFAULT '{}',
        size_classes text[] NOT NULL DEFAULT '{}',
        provider text NOT NULL,
        url text,
        contact_email text,
        cost_eur numeric(12, 2),
        format text,
        language text,
        valid_from date,
        valid_until date,
        external_id text,
        details jsonb NOT NULL DEFAULT '{}',
        aspect_names text NOT NULL DEFAULT '',
        verified_on date NOT NULL DEFAULT current_date,
        verification_reminded_on date,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('gw_dutch'::regconfig, title), 'A') ||
          setweight(to_tsvector('gw_dutch'::regconfig, summary), 'B') ||
          setweight(to_tsvector('gw_dutch'::regconfig, provider || ' ' || aspect_names), 'C') ||
          setweight(to_tsvector('gw_dutch'::regconfig, description), 'D')
        ) STORED,
        UNIQUE (publisher_id, external_id)
      )`);
    await q.query(`CREATE INDEX catalogue_items_publisher_idx ON catalogue_items (publisher_id, updated_at DESC)`);
    await q.query(`CREATE INDEX catalogue_items_search_idx ON catalogue_items USING gin (search_vector) WHERE status = 'published'`);
    await q.query(`CREATE INDEX catalogue_items_regions_idx ON catalogue_items USING gin (regions) WHERE status = 'published'`);
    await q.query(`CREATE INDEX catalogue_items_coach_email_idx ON catalogue_items (contact_email) WHERE kind = 'coach'`);

    // Every word the catalogue uses, folded: a misspelt query word is matched to its nearest one.
    await q.query(`CREATE TABLE catalogue_lexicon (word text COLLATE "C" PRIMARY KEY)`);
    await q.query(`CREATE INDEX catalogue_lexicon_trgm_idx ON catalogue_lexicon USING gist (word gist_trgm_ops)`);

    // Changes waiting to reach an external search engine; written in the same transaction as the change.
    await q.query(`
      CREATE TABLE search_sync (
        item_id uuid PRIMARY KEY,
        queued_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);

    // What was searched, without who: the day, the text, the filters and how much was found.
    await q.query(`
      CREATE TABLE search_log (
        id bigserial PRIMARY KEY,
        searched_on date NOT NULL,
        q text NOT NULL DEFAULT '',
        filters jsonb NOT NULL DEFAULT '{}',
        result_count integer NOT NULL,
        engine text NOT NULL
      )`);
    await q.query(`CREATE INDEX search_log_day_idx ON search_log (searched_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_log`);
    await q.query(`DROP TABLE search_sync`);
    await q.query(`DROP TABLE catalogue_lexicon`);
    await q.query(`DROP TABLE catalogue_items`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION gw_dutch`);
  }
}
