import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Answers that nobody can tie to an invitation, not even with the database in hand.
 *
 * - Personal links: only a hash of each link is kept (`scan_invitation_tokens`, one row per link
 *   sent: the invitation and every reminder). Answering deletes the invitation's link rows in the
 *   transaction that stores the answer. A deleted row is not in a backup, and no surviving row
 *   of that transaction names the invitation.
 * - Answers wait in `scan_response_inbox` (no time, no day, no link) and move to
 *   `scan_responses` in shuffled batches of at least three (and all together when the round
 *   closes), where a batch shares one transaction id and a random physical order. Invitations are
 *   marked answered in that same batch transaction.
 * - The read-only report link is kept as a hash too. The shared survey link (the QR poster) can be
 *   closed by the owner.
 */
export class UnlinkableAnswers1764393000000 implements MigrationInterface {
  name = 'UnlinkableAnswers1764393000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scan_invitation_tokens (
        token_hash text PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES scan_invitations(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX scan_invitation_tokens_invitation_idx ON scan_invitation_tokens (invitation_id)`);
    await q.query(`
      INSERT INTO scan_invitation_tokens (token_hash, invitation_id)
      SELECT encode(sha256(convert_to(token, 'UTF8')), 'hex'), id FROM scan_invitations WHERE NOT responded`);
    await q.query(`ALTER TABLE scan_invitations DROP COLUMN token`);
    // Addresses are removed some time after the round closed; the row stays for the counts.
    await q.query(`ALTER TABLE scan_invitations ALTER COLUMN email DROP NOT NULL`);

    await q.query(`
      CREATE TABLE scan_response_inbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES scan_rounds(id) ON DELETE CASCADE,
        answers jsonb NOT NULL,
        comment text,
        group_name text
      )`);
    await q.query(`CREATE INDEX scan_response_inbox_round_idx ON scan_response_inbox (round_id)`);
    await q.query(`ALTER TABLE scan_responses ALTER COLUMN submitted_on DROP DEFAULT`);

    await q.query(`ALTER TABLE scan_rounds ADD COLUMN report_share_token_hash text UNIQUE`);
    await q.query(`
      UPDATE scan_rounds SET report_share_token_hash = encode(sha256(convert_to(report_share_token, 'UTF8')), 'hex')
       WHERE report_share_token IS NOT NULL`);
    await q.query(`ALTER TABLE scan_rounds DROP COLUMN report_share_token`);
    await q.query(`ALTER TABLE scan_rounds ADD COLUMN share_link_closed_at timestamptz`);
    // Unusual bursts of answers through the shared link, per day: the owner is told.
    await q.query(`
      CREATE TABLE scan_round_alerts (
        round_id uuid NOT NULL REFERENCES scan_rounds(id) ON DELETE CASCADE,
        day date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('burst', 'refused')),
        count integer NOT NULL DEFAULT 1,
        PRIMARY KEY (round_id, day, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scan_round_alerts`);
    await q.query(`ALTER TABLE scan_rounds DROP COLUMN share_link_closed_at`);
    await q.query(`ALTER TABLE scan_rounds ADD COLUMN report_share_token text UNIQUE`);
    await q.query(`ALTER TABLE scan_rounds DROP COLUMN report_share_token_hash`);
    await q.query(`ALTER TABLE scan_responses ALTER COLUMN submitted_on SET DEFAULT current_date`);
    await q.query(`INSERT INTO scan_responses (round_id, answers, comment, group_name, submitted_on) SELECT round_id, answers, comment, group_name, current_date FROM scan_response_inbox`);
    await q.query(`DROP TABLE scan_response_inbox`);
    await q.query(`DELETE FROM scan_invitations WHERE email IS NULL`);
    await q.query(`ALTER TABLE scan_invitations ALTER COLUMN email SET NOT NULL`);
    // Links cannot be restored from their hashes: every invitation gets a new, unusable value.
    await q.query(`ALTER TABLE scan_invitations ADD COLUMN token text UNIQUE`);
    await q.query(`UPDATE scan_invitations SET token = 'revoked-' || id`);
    await q.query(`ALTER TABLE scan_invitations ALTER COLUMN token SET NOT NULL`);
    await q.query(`DROP TABLE scan_invitation_tokens`);
  }
}
