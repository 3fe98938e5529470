import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Reminder preferences, unsubscribe links, and what the outbox needs for reminders. */
export class Notifications1764310000000 implements MigrationInterface {
  name = 'Notifications1764310000000';

  async up(q: QueryRunner): Promise<void> {
    // Per address, not per account: invited employees have no account but may unsubscribe too.
    await q.query(`
      CREATE TABLE mail_preferences (
        email text PRIMARY KEY,
        disabled_kinds text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE unsubscribe_tokens (
        token text PRIMARY KEY,
        email text NOT NULL,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (email, kind)
      )`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN category text NOT NULL DEFAULT 'transactional' CHECK (category IN ('transactional', 'reminder'))`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN unsubscribe_url text`);
    await q.query(`ALTER TABLE scan_invitations ADD COLUMN reminders_sent integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE scan_invitations ADD COLUMN last_reminded_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE scan_invitations DROP COLUMN last_reminded_at`);
    await q.query(`ALTER TABLE scan_invitations DROP COLUMN reminders_sent`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN unsubscribe_url`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN category`);
    await q.query(`DROP TABLE unsubscribe_tokens`);
    await q.query(`DROP TABLE mail_preferences`);
  }
}
