import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { returningRows } from '../database/returning';
import { NotificationsService } from '../notifications/notifications.service';
import { AnswersRepository } from './answers.repository';
import { newInvitationLink } from './invitation-links';
import { closingCalendarFile } from './scan-mail';
import { scanReminderMail } from './scan-reminders';
import { PeriodicJob } from '../metrics/job-metrics';

interface Due {
  id: string;
  round_id: string;
  email: string;
  reminders_sent: number;
  title: string;
  closes_at: Date;
  organisation: string;
  last: boolean;
}

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
  ) {}

  @PeriodicJob('scan-reminders', 5 * 60_000)
  tick(): Promise<number> {
    return this.sendDue();
  }

  async sendDue(now = this.clock.now()): Promise<number> {
    const due: Due[] = await this.db.query(
      `SELECT i.id, i.round_id, i.email, i.reminders_sent, r.title, r.closes_at, o.name AS organisation,
              (r.closes_at - $1::timestamptz <= interval '1 day') AS last
         FROM scan_invitations i
         JOIN scan_rounds r ON r.id = i.round_id
         JOIN organisations o ON o.id = r.organisation_id
        WHERE r.status = 'open' AND r.closes_at > $1 AND i.email IS NOT NULL
          -- Not answered: its links are still there (they go the moment it answers).
          AND EXISTS (SELECT 1 FROM scan_invitation_tokens t WHERE t.invitation_id = i.id)
          AND i.created_at <= $1::timestamptz - interval '12 hours'
          AND ((i.reminders_sent = 0 AND (i.created_at <= $1::timestamptz - interval '3 days' OR r.closes_at - $1::timestamptz <= interval '1 day'))
            OR (i.reminders_sent = 1 AND r.closes_at - $1::timestamptz <= interval '1 day' AND i.last_reminded_at <= $1::timestamptz - interval '1 day'))`,
      [now],
    );
    let queued = 0;
    for (const d of due) {
      await this.db.transaction(async (m) => {
        const claimed = returningRows(await m.query(
          `UPDATE scan_invitations SET reminders_sent = reminders_sent + 1, last_reminded_at = $3
            WHERE id = $1 AND reminders_sent = $2
              AND EXISTS (SELECT 1 FROM scan_invitation_tokens t WHERE t.invitation_id = scan_invitations.id) RETURNING id`,
          [d.id, d.reminders_sent, now],
        ));
        if (!claimed.length) return;
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
