import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Moves on after every committed catalogue change; search caches compare against it. A
 * sequence takes no row lock, so writers never wait on it. */
export class CatalogueVersion1764360000000 implements MigrationInterface {
  name = 'CatalogueVersion1764360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE catalogue_version_seq`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SEQUENCE catalogue_version_seq`);
  }
}
