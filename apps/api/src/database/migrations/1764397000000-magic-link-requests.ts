import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A request for a sign-in link is only queued on the request path (the same single insert for
 * a known and an unknown address); a background run looks the address up and queues the mail. */
export class MagicLinkRequests1764397000000 implements MigrationInterface {
  name = 'MagicLinkRequests1764397000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE magic_link_requests (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        locale text CHECK (locale IN ('nl', 'en')),
        requested_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE magic_link_requests`);
  }
}
