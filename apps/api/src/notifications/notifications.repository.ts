import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Locale } from '@groeiwijzer/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';
import { type MailAttachment } from '../mail/outbox.service';
import { type ReminderKind } from './kinds';

/** A reminder waiting in the queue, as the bundler takes it. */
export interface QueuedReminder {
  id: string;
  email: string;
  kind: string;
  locale: Locale;
  subject: string;
  text_body: string;
  html_body: string;
  unsubscribe_url: string;
  attachments: MailAttachment[] | null;
}

export interface NewReminder {
  idempotencyKey: string;
  email: string;
  kind: ReminderKind;
  locale: Locale;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
  attachments: MailAttachment[] | null;
  dueAt: Date;
  createdAt: Date;
}

/** The SQL of reminder preferences, unsubscribe links and the reminder queue. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async disabledKinds(email: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const [row] = await m.query(`SELECT disabled_kinds FROM mail_preferences WHERE email = $1`, [email]);
    return row?.disabled_kinds ?? [];
  }

  /** Switches the kinds in `off` off and those in `on` on, in one statement (two changes at the
   * same moment both hold); returns the kinds now off. */
  async changeDisabledKinds(m: EntityManager, email: string, off: readonly string[], on: readonly string[]): Promise<string[]> {
    const [row] = await m.query(
      `INSERT INTO mail_preferences AS p (email, disabled_kinds) VALUES ($1, $2::text[])
       ON CONFLICT (email) DO UPDATE SET updated_at = now(),
         disabled_kinds = ARRAY(SELECT DISTINCT k FROM unnest(p.disabled_kinds || $2::text[]) AS k WHERE k <> ALL($3::text[]) ORDER BY k)
       RETURNING disabled_kinds`,
      [email, off, on],
    );
    return row.disabled_kinds;
  }

  /** The person's token for one kind (or `all`), made once and then reused. */
  async unsubscribeToken(m: EntityManager, email: string, kind: ReminderKind | 'all', fresh: string): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO unsubscribe_tokens (token, email, kind) VALUES ($1, $2, $3)
       ON CONFLICT (email, kind) DO UPDATE SET email = EXCLUDED.email RETURNING token`,
      [fresh, email, kind],
    );
    return row.token;
  }

  async findUnsubscribeToken(token: string): Promise<{ kind: ReminderKind | 'all'; email: string } | null> {
    const [row] = await this.db.query(`SELECT email, kind FROM unsubscribe_tokens WHERE token = $1`, [token]);
    return row ?? null;
  }

  /** Queues a reminder; the same key queues once. */
  async queue(m: EntityManager, r: NewReminder): Promise<void> {
    await m.query(
      `INSERT INTO reminder_queue (idempotency_key, email, kind, locale, subject, text_body, html_body, unsubscribe_url, attachments, due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (idempotency_key) DO NOTHING`,
      [r.idempotencyKey, r.email, r.kind, r.locale, r.subject, r.text, r.html, r.unsubscribeUrl, r.attachments?.length ? JSON.stringify(r.attachments) : null, r.dueAt, r.createdAt],
    );
  }

  /** Drops what still waits of these kinds: in the queue, and reminder mail not yet sent. */
  async dropWaiting(m: EntityManager, email: string, kinds: readonly ReminderKind[], outboxKinds: string[]): Promise<void> {
    await m.query(`UPDATE reminder_queue SET status = 'dropped' WHERE email = $1 AND kind = ANY($2) AND status = 'pending'`, [email, kinds]);
    await m.query(
      `UPDATE mail_outbox SET status = 'dead', last_error = 'unsubscribed'
        WHERE lower(to_address) = $1 AND kind = ANY($2) AND status = 'pending'`,
      [email, outboxKinds],
    );
  }

  /** Claims the day of up to `people` persons with reminders due at `now` and returns all their
   * due reminders (a person already mailed that day is left for tomorrow). */
  claimDay(m: EntityManager, now: Date, day: string, people: number): Promise<QueuedReminder[]> {
    return m.query(
      `WITH people AS (
         SELECT DISTINCT q.email FROM reminder_queue q
          WHERE q.status = 'pending' AND q.due_at <= $1
            AND NOT EXISTS (SELECT 1 FROM reminder_days d WHERE d.email = q.email AND d.day = $2::date)
          LIMIT $3),
       claimed AS (
         INSERT INTO reminder_days (email, day, outbox_key)
         SELECT email, $2::date, 'reminders:' || email || ':' || $2 FROM people
         ON CONFLICT DO NOTHING RETURNING email)
       SELECT q.id, q.email, q.kind, q.locale, q.subject, q.text_body, q.html_body, q.unsubscribe_url, q.attachments
         FROM reminder_queue q JOIN claimed c ON c.email = q.email
        WHERE q.status = 'pending' AND q.due_at <= $1
        ORDER BY q.email, q.created_at, q.id`,
      [now, day, people],
    );
  }

  /** Marks the rows mailed, only those still pending; returns their ids. */
  async markMailed(m: EntityManager, ids: string[], day: string): Promise<Set<string>> {
    return new Set(returningRows<{ id: string }>(await m.query(
      `UPDATE reminder_queue SET status = 'mailed', outbox_key = 'reminders:' || email || ':' || $2
        WHERE id = ANY($1::uuid[]) AND status = 'pending' RETURNING id`,
      [ids, day],
    )).map((r) => r.id));
  }

  async releaseDay(m: EntityManager, emails: string[], day: string): Promise<void> {
    await m.query(`DELETE FROM reminder_days WHERE email = ANY($1) AND day = $2::date`, [emails, day]);
  }
}
