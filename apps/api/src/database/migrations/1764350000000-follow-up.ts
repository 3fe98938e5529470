import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The follow-up session of a round (its calendar moment, changes counted for the .ics
 * SEQUENCE), and which re-scan reminders went out. */
export class FollowUp1764350000000 implements MigrationInterface {
  name = 'FollowUp1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE scan_rounds ADD COLUMN follow_up_at timestamptz`);
    await q.query(`ALTER TABLE scan_rounds ADD COLUMN follow_up_minutes integer`);
    await q.query(`ALTER TABLE scan_rounds ADD COLUMN follow_up_location text`);
    await q.query(`ALTER TABLE scan_rounds ADD COLUMN follow_up_seq integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE scan_rounds ADD COLUMN follow_up_reminded_seq integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX scan_rounds_follow_up_idx ON scan_rounds (follow_up_at) WHERE follow_up_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE rescan_reminders (
        round_id uuid NOT NULL REFERENCES scan_rounds(id) ON DELETE CASCADE,
        months integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, months)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rescan_reminders`);
    await q.query(`DROP INDEX scan_rounds_follow_up_idx`);
    for (const c of ['follow_up_reminded_seq', 'follow_up_seq', 'follow_up_location', 'follow_up_minutes', 'follow_up_at']) {
      await q.query(`ALTER TABLE scan_rounds DROP COLUMN ${c}`);
    }
  }
}
