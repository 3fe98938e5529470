import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { NotificationsService } from '../notifications/notifications.service';
import { followUpCalendarFile, followUpPlannedMail, rescanMail } from './follow-up-mail';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpService } from './follow-up.service';
import { PeriodicJob } from '../metrics/job-metrics';

/** After a round: a reminder the day before the follow-up session, and an invitation to scan
 * again 6 and 12 months after it closed (unless the organisation already started a new round).
 * Each is claimed in the database, so with several instances it goes out once. */
@Injectable()
export class FollowUpJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly followUps: FollowUpService,
    private readonly sessions: FollowUpRepository,
  ) {}

  @PeriodicJob('follow-up-reminders', 10 * 60_000)
  async tick(): Promise<{ sessions: number; rescans: number }> {
    return { sessions: await this.remindSessions(), rescans: await this.remindRescans() };
  }

  async remindSessions(now = this.clock.now()): Promise<number> {
    let queued = 0;
    for (const id of await this.sessions.sessionsDue(now)) {
      await this.db.transaction(async (m) => {
        const round = await this.sessions.claimSessionReminder(m, id, now);
        if (!round) return;
        const followUp = {
          roundId: id, organisation: round.organisation, roundTitle: round.title, startsAt: round.follow_up_at, minutes: round.follow_up_minutes,
          location: round.follow_up_location, sequence: round.follow_up_seq, reportUrl: this.followUps.reportUrl(id),
        };
        for (const owner of await this.sessions.owners(m, id)) {
          const ok = await this.notifications.enqueueReminder(m, {
            idempotencyKey: `follow-up-reminder:${id}:${round.follow_up_seq}:${owner.id}`,
            kind: 'scan', to: owner.email, locale: owner.locale,
            mail: followUpPlannedMail(owner.locale, owner.name, followUp, true),
            attachments: [followUpCalendarFile(followUp)],
          }, now);
          if (ok) queued++;
        }
      });
    }
    return queued;
  }

  async remindRescans(now = this.clock.now()): Promise<number> {
    let queued = 0;
    for (const months of [6, 12]) {
      for (const round of await this.sessions.rescansDue(now, months)) {
        await this.db.transaction(async (m) => {
          if (!(await this.sessions.claimRescan(m, round.id, months))) return;
          const url = `${this.config.publicUrl}/organisaties/${round.organisation_id}/scans/nieuw`;
          for (const owner of await this.sessions.owners(m, round.id)) {
            const ok = await this.notifications.enqueueReminder(m, {
              idempotencyKey: `rescan:${round.id}:${months}:${owner.id}`,
              kind: 'rescan', to: owner.email, locale: owner.locale,
              mail: rescanMail(owner.locale, owner.name, round.organisation, months, round.weak, url),
            }, now);
            if (ok) queued++;
          }
        });
      }
    }
    return queued;
  }
}
