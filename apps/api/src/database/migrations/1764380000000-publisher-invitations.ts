import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Invitations to edit a publisher, for colleagues without an account yet. Only the token's hash
 * is stored. At most one pending invitation per publisher and address: inviting again replaces
 * its token and expiry. */
export class PublisherInvitations1764380000000 implements MigrationInterface {
  name = 'PublisherInvitations1764380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE publisher_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        publisher_id uuid NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX publisher_invitations_pending_idx ON publisher_invitations (publisher_id, email)
       WHERE accepted_at IS NULL AND revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE publisher_invitations`);
  }
}
