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
import { NotificationsRepository } from './notifications.repository';

export type Preferences = Record<ReminderKind, boolean>;

/** Reminder mail: only to people who did not switch that kind off, never in quiet hours, always
 * with a one-click unsubscribe link. Features call `enqueueReminder` inside their transaction. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: NotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async preferences(email: string): Promise<Preferences> {
    const disabled = new Set<string>(await this.repo.disabledKinds(email.toLowerCase()));
    return Object.fromEntries(REMINDER_KINDS.map((k) => [k, !disabled.has(k)])) as Preferences;
  }

  /** Changes only the kinds named, in one statement: two changes at the same moment both hold. */
  async setPreferences(email: string, changes: Partial<Preferences>, manager: EntityManager = this.db.manager): Promise<Preferences> {
    const off = REMINDER_KINDS.filter((k) => changes[k] === false);
    const on = REMINDER_KINDS.filter((k) => changes[k] === true);
    const disabled = new Set<string>(await this.repo.changeDisabledKinds(manager, email.toLowerCase(), off, on));
    return Object.fromEntries(REMINDER_KINDS.map((k) => [k, !disabled.has(k)])) as Preferences;
  }

  /** The person's unsubscribe link for one kind, or for every reminder (`all`). */
  async unsubscribeUrl(m: EntityManager, email: string, kind: ReminderKind | 'all'): Promise<string> {
    const token = await this.repo.unsubscribeToken(m, email.toLowerCase(), kind, newToken());
    return `${this.config.publicUrl}/api/unsubscribe/${token}`;
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
    if ((await this.repo.disabledKinds(email, m)).includes(reminder.kind)) return false;
    const url = await this.unsubscribeUrl(m, email, reminder.kind);
    // Both moments from the one clock (a job passes the moment it runs for): the bundler compares
    // them with the moment it is given.
    await this.repo.queue(m, {
      idempotencyKey: reminder.idempotencyKey, email, kind: reminder.kind, locale: reminder.locale, subject: reminder.mail.subject,
      text: reminder.mail.text, html: reminder.mail.html, unsubscribeUrl: url, attachments: reminder.attachments ?? null,
      dueAt: outsideQuietHours(reminder.dueAt ?? now, this.config.quietHours), createdAt: now,
    });
    return true;
  }

  /** The same reminder to several people (the owners, a publisher's members), each in their
   * language; returns how many were queued. */
  async remindEach<P extends { email: string; locale: 'nl' | 'en' }>(
    m: EntityManager, people: readonly P[], now: Date,
    build: (person: P) => Omit<Parameters<NotificationsService['enqueueReminder']>[1], 'to' | 'locale'>,
  ): Promise<number> {
    let queued = 0;
    for (const p of people) if (await this.enqueueReminder(m, { ...build(p), to: p.email, locale: p.locale }, now)) queued++;
    return queued;
  }

  async find(token: string): Promise<{ kind: ReminderKind | 'all'; email: string }> {
    const row = token.length >= 16 && token.length <= 64 ? await this.repo.findUnsubscribeToken(token) : null;
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
      await this.repo.dropWaiting(m, row.email, kinds, [...kinds.map((k) => `reminder:${k}`), ...(row.kind === 'all' ? ['reminder:bundle'] : [])]);
    });
    return { kind: row.kind, email: row.email };
  }
}
