import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { claimEach, PeriodicJob } from '../platform/jobs';
import { NotificationsService } from '../notifications/notifications.service';
import { AnswersRepository } from './answers.repository';
import { followUpCalendarFile, followUpPlannedMail, rescanMail } from './follow-up-mail';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpService } from './follow-up.service';
import { newInvitationLink } from './invitation-links';
import { RoundsRepository } from './rounds.repository';
import { closingCalendarFile, scanReminderMail } from './scan-mail';

/** Every reminder about a scan, through the reminder engine (quiet hours, one mail a day):
 * - to invited employees who have not answered: three days after the invitation, and the day
 *   before the round closes (`remindStaff`);
 * - to the owners: the day before the follow-up session (`remindSessions`), and an invitation to
 *   scan again 6 and 12 months after a round closed unless a newer one started (`remindRescans`).
 * Each reminder is claimed in the database in the same transaction as its queued mail
 * (`claimEach` of the job system), so with several API instances it goes out once; the key makes a retry harmless. */
@Injectable()
export class ScanRemindersJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly answers: AnswersRepository,
    private readonly rounds: RoundsRepository,
    private readonly followUps: FollowUpService,
    private readonly sessions: FollowUpRepository,
  ) {}

  @PeriodicJob('scan-reminders', 5 * 60_000)
  async tick(): Promise<{ staff: number; sessions: number; rescans: number }> {
    const now = this.clock.now();
    return { staff: await this.remindStaff(now), sessions: await this.remindSessions(now), rescans: await this.remindRescans(now) };
  }

  async remindStaff(now = this.clock.now()): Promise<number> {
    return claimEach(this.db, await this.rounds.remindersDue(now), async (m, d) => {
      if (!(await this.rounds.claimReminder(m, d.id, d.reminders_sent, now))) return 0;
      // A link of its own for the reminder (only hashes are kept, so the first one cannot be
      // sent again); either link answers once.
      const { token, hash } = newInvitationLink(d.id);
      await this.answers.addLink(m, d.id, hash);
      const url = `${this.config.publicUrl}/s/${token}`;
      const ok = await this.notifications.enqueueReminder(m, {
        idempotencyKey: `scan-reminder:${d.id}:${d.reminders_sent + 1}`,
        kind: 'scan', to: d.email, locale: 'nl',
        mail: scanReminderMail(d.organisation, d.title, d.closes_at, url, d.last),
        attachments: [closingCalendarFile(d.round_id, d.organisation, d.title, d.closes_at, url)],
      }, now);
      return ok ? 1 : 0;
    });
  }

  async remindSessions(now = this.clock.now()): Promise<number> {
    return claimEach(this.db, await this.sessions.sessionsDue(now), async (m, id) => {
      const round = await this.sessions.claimSessionReminder(m, id, now);
      if (!round) return 0;
      const followUp = {
        roundId: id, organisation: round.organisation, roundTitle: round.title, startsAt: round.follow_up_at, minutes: round.follow_up_minutes,
        location: round.follow_up_location, sequence: round.follow_up_seq, reportUrl: this.followUps.reportUrl(id),
      };
      return this.notifications.remindEach(m, await this.sessions.owners(m, id), now, (owner) => ({
        idempotencyKey: `follow-up-reminder:${id}:${round.follow_up_seq}:${owner.id}`, kind: 'scan',
        mail: followUpPlannedMail(owner.locale, owner.name, followUp, true),
        attachments: [followUpCalendarFile(followUp)],
      }));
    });
  }

  async remindRescans(now = this.clock.now()): Promise<number> {
    let queued = 0;
    for (const months of [6, 12]) {
      queued += await claimEach(this.db, await this.sessions.rescansDue(now, months), async (m, round) => {
        if (!(await this.sessions.claimRescan(m, round.id, months))) return 0;
        const url = `${this.config.publicUrl}/organisaties/${round.organisation_id}/scans/nieuw`;
        return this.notifications.remindEach(m, await this.sessions.owners(m, round.id), now, (owner) => ({
          idempotencyKey: `rescan:${round.id}:${months}:${owner.id}`, kind: 'rescan',
          mail: rescanMail(owner.locale, owner.name, round.organisation, months, round.weak, url),
        }));
      });
    }
    return queued;
  }
}
