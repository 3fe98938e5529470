import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { NotificationsService } from '../notifications/notifications.service';
import { AnswersRepository } from './answers.repository';
import { newInvitationLink } from './invitation-links';
import { RoundsRepository } from './rounds.repository';
import { closingCalendarFile, scanReminderMail } from './scan-mail';

import { PeriodicJob } from '../metrics/job-metrics';

/** Reminds invited employees who have not answered: three days after the invitation, and the day
 * before the round closes. Each reminder is claimed with a conditional UPDATE, so with several
 * API instances every reminder goes out once; the outbox key makes a retry harmless too. */
@Injectable()
export class ScanReminderJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly answers: AnswersRepository,
    private readonly rounds: RoundsRepository,
  ) {}

  @PeriodicJob('scan-reminders', 5 * 60_000)
  tick(): Promise<number> {
    return this.sendDue();
  }

  async sendDue(now = this.clock.now()): Promise<number> {
    const due = await this.rounds.remindersDue(now);
    let queued = 0;
    for (const d of due) {
      await this.db.transaction(async (m) => {
        if (!(await this.rounds.claimReminder(m, d.id, d.reminders_sent, now))) return;
        // A link of its own for the reminder (only hashes are kept, so the first one cannot be
        // sent again); either link answers once.
        const { token, hash } = newInvitationLink(d.id);
        await this.answers.addLink(m, d.id, hash);
        const url = `${this.config.publicUrl}/s/${token}`;
        const ok = await this.notifications.enqueueReminder(m, {
          idempotencyKey: `scan-reminder:${d.id}:${d.reminders_sent + 1}`,
          kind: 'scan',
          to: d.email,
          locale: 'nl',
          mail: scanReminderMail(d.organisation, d.title, d.closes_at, url, d.last),
          attachments: [closingCalendarFile(d.round_id, d.organisation, d.title, d.closes_at, url)],
        }, now);
        if (ok) queued++;
      });
    }
    return queued;
  }
}
