import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Items in English, and coaches who speak it, are also found by "Engels"/"English": the words
 * `searchExtras` (item.mapper.ts) now stores with a written item, added to the rows written before. */
export class SearchEnglishWords1764401000000 implements MigrationInterface {
  name = 'SearchEnglishWords1764401000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE catalogue_items SET aspect_names = trim(aspect_names || ' Engels English')
       WHERE (language = 'en' OR coalesce(details->'coach'->'languages', '[]'::jsonb) ? 'en')
         AND aspect_names NOT LIKE '%Engels English%'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE catalogue_items SET aspect_names = trim(replace(aspect_names, 'Engels English', '')) WHERE aspect_names LIKE '%Engels English%'`);
  }
}
