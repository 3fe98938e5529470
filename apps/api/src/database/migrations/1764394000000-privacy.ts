import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Privacy rights: an audit log of admin and security-relevant actions (never answers), and
 * erasure with a grace period for organisations and accounts. */
export class Privacy1764394000000 implements MigrationInterface {
  name = 'Privacy1764394000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        -- Kept when the account is erased: who did it stays readable as a role, not as a name.
        actor_role text NOT NULL CHECK (actor_role IN ('admin', 'owner', 'coach', 'publisher', 'user', 'system')),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC)`);
    await q.query(`ALTER TABLE organisations ADD COLUMN erase_after timestamptz`);
    await q.query(`ALTER TABLE organisations ADD COLUMN erase_requested_by uuid REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE users ADD COLUMN erase_after timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN erase_after`);
    await q.query(`ALTER TABLE organisations DROP COLUMN erase_requested_by`);
    await q.query(`ALTER TABLE organisations DROP COLUMN erase_after`);
    await q.query(`DROP TABLE audit_log`);
  }
}
