import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Sign-in throttling with progressive delays instead of a flat lock, and device cookies that let
 * a browser which signed in before through (docs/security.md). `login_attempts` is no longer
 * read; it is left for instances of the previous version during a rolling update and dropped in
 * a later migration (expand, then contract). */
export class LoginThrottle1764396000000 implements MigrationInterface {
  name = 'LoginThrottle1764396000000';

  async up(q: QueryRunner): Promise<void> {
    // One counter per throttle: an account at one address, an account, an address. The key is a
    // SHA-256 hash, so the table holds no e-mail or IP address in plain text.
    await q.query(`
      CREATE TABLE login_throttles (
        scope text NOT NULL CHECK (scope IN ('pair', 'account', 'address')),
        key_hash text NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        last_failure_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key_hash)
      )`);
    await q.query(`CREATE INDEX login_throttles_age_idx ON login_throttles (last_failure_at)`);
    await q.query(`
      CREATE TABLE login_devices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX login_devices_user_idx ON login_devices (user_id)`);
    await q.query(`CREATE INDEX login_devices_expiry_idx ON login_devices (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_devices`);
    await q.query(`DROP TABLE login_throttles`);
  }
}
