import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { newToken } from '../auth/tokens';
import { AppError } from '../common/app-error';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type MailAttachment } from '../mail/outbox.service';
import { type RenderedMail } from '../mail/templates';
import { outsideQuietHours, REMINDER_KINDS, type ReminderKind } from './kinds';

export type Preferences = Record<ReminderKind, boolean>;

/** Reminder mail: only to people who did not switch that kind off, never in quiet hours, always
 * with a one-click unsubscribe link. Features call `enqueueReminder` inside their transaction. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async preferences(email: string): Promise<Preferences> {
    const [row] = await this.db.query(`SELECT disabled_kinds FROM mail_preferences WHERE email = $1`, [email.toLowerCase()]);
    const disabled = new Set<string>(row?.disabled_kinds ?? []);
    return Object.fromEntries(REMINDER_KINDS.map((k) => [k, !disabled.has(k)])) as Preferences;
  }

  /** Changes only the kinds named, in one statement: two changes at the same moment both hold. */
  async setPreferences(email: string, changes: Partial<Preferences>, manager: EntityManager = this.db.manager): Promise<Preferences> {
    const off = REMINDER_KINDS.filter((k) => changes[k] === false);
    const on = REMINDER_KINDS.filter((k) => changes[k] === true);
    const [row] = await manager.query(
      `INSERT INTO mail_preferences AS p (email, disabled_kinds) VALUES ($1, $2::text[])
       ON CONFLICT (email) DO UPDATE SET updated_at = now(),
         disabled_kinds = ARRAY(SELECT DISTINCT k FROM unnest(p.disabled_kinds || $2::text[]) AS k WHERE k <> ALL($3::text[]) ORDER BY k)
       RETURNING disabled_kinds`,
      [email.toLowerCase(), off, on],
    );
    const disabled = new Set<string>(row.disabled_kinds);
    return Object.fromEntries(REMINDER_KINDS.map((k) => [k, !disabled.has(k)])) as Preferences;
  }

  /** The person's unsubscribe link for one kind, or for every reminder (`all`). */
  async unsubscribeUrl(m: EntityManager, email: string, kind: ReminderKind | 'all'): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO unsubscribe_tokens (token, email, kind) VALUES ($1, $2, $3)
       ON CONFLICT (email, kind) DO UPDATE SET email = EXCLUDED.email RETURNING token`,
      [newToken(), email.toLowerCase(), kind],
    );
    return `${this.config.publicUrl}/api/unsubscribe/${row.token}`;
  }

  /** Queues a reminder unless the person switched this kind off; returns whether it was queued.
   * It waits in `reminder_queue` until the bundler sends it: outside quiet hours, at most one
   * reminder mail per person per day. The same key queues once. */
  async enqueueReminder(
    m: EntityManager,
    reminder: { idempotencyKey: string; kind: ReminderKind; to: string; locale: 'nl' | 'en'; mail: RenderedMail; attachments?: MailAttachment[]; dueAt?: Date },
    now = this.clock.now(),
  ): Promise<boolean> {
    const email = reminder.to.toLowerCase();
    const [row] = await m.query(`SELECT disabled_kinds FROM mail_preferences WHERE email = $1`, [email]);
    if (row?.disabled_kinds?.includes(reminder.kind)) return false;
    const url = await this.unsubscribeUrl(m, email, reminder.kind);
    // Both moments from the one clock (a job passes the moment it runs for): the bundler compares
    // them with the moment it is given.
    await m.query(
      `INSERT INTO reminder_queue (idempotency_key, email, kind, locale, subject, text_body, html_body, unsubscribe_url, attachments, due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        reminder.idempotencyKey, email, reminder.kind, reminder.locale, reminder.mail.subject, reminder.mail.text, reminder.mail.html, url,
        reminder.attachments?.length ? JSON.stringify(reminder.attachments) : null, outsideQuietHours(reminder.dueAt ?? now, this.config.quietHours), now,
      ],
    );
    return true;
  }

  async find(token: string): Promise<{ kind: ReminderKind | 'all'; email: string }> {
    const [row] = token.length >= 16 && token.length <= 64
      ? await this.db.query(`SELECT email, kind FROM unsubscribe_tokens WHERE token = $1`, [token])
      : [];
    if (!row) throw AppError.notFound();
    return row;
  }

  /** One click from a mail (RFC 8058) or the page: switches that kind of reminder off for good,
   * and drops such reminders still waiting in the outbox. */
  async unsubscribe(token: string): Promise<{ kind: ReminderKind | 'all'; email: string }> {
    const row = await this.find(token);
    const kinds: readonly ReminderKind[] = row.kind === 'all' ? REMINDER_KINDS : [row.kind];
    await this.db.transaction(async (m) => {
      await this.setPreferences(row.email, Object.fromEntries(kinds.map((k) => [k, false])), m);
      await m.query(`UPDATE reminder_queue SET status = 'dropped' WHERE email = $1 AND kind = ANY($2) AND status = 'pending'`, [row.email, kinds]);
      await m.query(
        `UPDATE mail_outbox SET status = 'dead', last_error = 'unsubscribed'
          WHERE lower(to_address) = $1 AND kind = ANY($2) AND status = 'pending'`,
        [row.email, [...kinds.map((k) => `reminder:${k}`), ...(row.kind === 'all' ? ['reminder:bundle'] : [])]],
      );
    });
    return { kind: row.kind, email: row.email };
  }
}
