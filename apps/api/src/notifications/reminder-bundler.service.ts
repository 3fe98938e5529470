import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Locale } from '@groeiwijzer/domain';
import { amsterdamDate, Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type OutgoingMail, OutboxService } from '../mail/outbox.service';
import { QueuePoller } from '../platform/jobs';
import { bundledReminderMail, singleReminderMail } from './bundle-mail';
import { outsideQuietHours } from './kinds';
import { NotificationsRepository, type QueuedReminder } from './notifications.repository';
import { NotificationsService } from './notifications.service';

const PEOPLE_PER_BATCH = 500;

/** Turns due reminders into mail: at most one reminder mail per person per day (Netherlands
 * time). The first due moment of the day takes every reminder due for that person into one
 * mail; what falls due later that day waits for tomorrow. The day is claimed with a primary key
 * in the same transaction as the outbox row, so several instances never mail a person twice. */
@Injectable()
export class ReminderBundler extends QueuePoller {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly repo: NotificationsRepository,
  ) {
    super('reminder-bundler', config.mailPollMs);
  }

  protected runDue(): Promise<number> {
    return this.releaseDue();
  }

  /** Mails what is due at `now`; returns how many mails were written to the outbox. */
  async releaseDue(now = this.clock.now()): Promise<number> {
    // Quiet hours: nothing leaves between 21:00 and 07:00.
    if (outsideQuietHours(now, this.config.quietHours).getTime() !== now.getTime()) return 0;
    const day = amsterdamDate(now);
    let mails = 0;
    for (;;) {
      const n = await this.db.transaction((m) => this.releaseBatch(m, now, day));
      mails += n;
      if (n < PEOPLE_PER_BATCH || this.loop.stopped) return mails;
    }
  }

  private async releaseBatch(m: EntityManager, now: Date, day: string): Promise<number> {
    const rows = await this.repo.claimDay(m, now, day, PEOPLE_PER_BATCH);
    if (!rows.length) return 0;
    // Marked first, and only rows still pending: another instance releasing for another day (the
    // clock crossed midnight while both ran) waits for this one and then finds them mailed.
    const mine = await this.repo.markMailed(m, rows.map((r) => r.id), day);
    const byPerson = new Map<string, QueuedReminder[]>();
    for (const r of rows) if (mine.has(r.id)) byPerson.set(r.email, [...(byPerson.get(r.email) ?? []), r]);
    // Someone whose reminders all went with the other instance keeps this day free.
    const without = [...new Set(rows.map((r) => r.email))].filter((email) => !byPerson.has(email));
    if (without.length) await this.repo.releaseDay(m, without, day);
    const mails: OutgoingMail[] = [];
    for (const [email, list] of byPerson) {
      const locale: Locale = list[0].locale === 'en' ? 'en' : 'nl';
      const parts = list.map((r) => ({ subject: r.subject, text: r.text_body, html: r.html_body, unsubscribeUrl: r.unsubscribe_url }));
      const single = list.length === 1;
      const unsubscribeUrl = single ? list[0].unsubscribe_url : await this.notifications.unsubscribeUrl(m, email, 'all');
      const mail = single ? singleReminderMail(locale, parts[0]) : bundledReminderMail(locale, parts, unsubscribeUrl);
      mails.push({
        idempotencyKey: `reminders:${email}:${day}`,
        kind: single ? `reminder:${list[0].kind}` : 'reminder:bundle',
        to: email,
        ...mail,
        category: 'reminder',
        unsubscribeUrl,
        attachments: list.flatMap((r) => r.attachments ?? []),
      });
    }
    await this.outbox.enqueueMany(m, mails);
    return byPerson.size;
  }
}
