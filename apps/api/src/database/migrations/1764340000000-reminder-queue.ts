import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Reminders wait here until they may go: at most one reminder mail per person per day, the rest
 * bundled into it or kept for a later day. */
export class ReminderQueue1764340000000 implements MigrationInterface {
  name = 'ReminderQueue1764340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reminder_queue (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        email text NOT NULL,
        kind text NOT NULL,
        locale text NOT NULL DEFAULT 'nl',
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        unsubscribe_url text NOT NULL,
        attachments jsonb,
        due_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'mailed', 'dropped')),
        outbox_key text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reminder_queue_due_idx ON reminder_queue (due_at, email) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX reminder_queue_email_idx ON reminder_queue (email) WHERE status = 'pending'`);
    // The day a person got their reminder mail: the primary key makes it one per day across instances.
    await q.query(`CREATE TABLE reminder_days (email text NOT NULL, day date NOT NULL, outbox_key text NOT NULL, PRIMARY KEY (email, day))`);
    // One weekly demand digest per publisher per ISO week, whichever instance gets there first.
    await q.query(`CREATE TABLE publisher_digests (publisher_id uuid NOT NULL REFERENCES publishers(id) ON DELETE CASCADE, week text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (publisher_id, week))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE publisher_digests`);
    await q.query(`DROP TABLE reminder_days`);
    await q.query(`DROP TABLE reminder_queue`);
  }
}
