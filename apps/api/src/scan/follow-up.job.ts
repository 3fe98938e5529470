import { Inject,  Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { returningRows } from '../database/returning';
import { NotificationsService } from '../notifications/notifications.service';
import { followUpCalendarFile, followUpPlannedMail, rescanMail } from './follow-up-mail';
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
  ) {}

  @PeriodicJob('follow-up-reminders', 10 * 60_000)
  async tick(): Promise<{ sessions: number; rescans: number }> {
    return { sessions: await this.remindSessions(), rescans: await this.remindRescans() };
  }

  async remindSessions(now = this.clock.now()): Promise<number> {
    const due: { id: string }[] = await this.db.query(
      `SELECT id FROM scan_rounds WHERE follow_up_at > $1 AND follow_up_at <= $1 + interval '1 day' AND follow_up_reminded_seq < follow_up_seq`,
      [now],
    );
    let queued = 0;
    for (const { id } of due) {
      await this.db.transaction(async (m) => {
        const [round] = returningRows<{ title: string; organisation: string; follow_up_at: Date; follow_up_minutes: number; follow_up_location: string | null; follow_up_seq: number }>(await m.query(
          `UPDATE scan_rounds r SET follow_up_reminded_seq = follow_up_seq FROM organisations o
            WHERE r.id = $1 AND o.id = r.organisation_id AND r.follow_up_reminded_seq < r.follow_up_seq AND r.follow_up_at > $2
            RETURNING r.title, o.name AS organisation, r.follow_up_at, r.follow_up_minutes, r.follow_up_location, r.follow_up_seq`,
          [id, now],
        ));
        if (!round) return;
        const followUp = {
          roundId: id, organisation: round.organisation, roundTitle: round.title, startsAt: round.follow_up_at, minutes: round.follow_up_minutes,
          location: round.follow_up_location, sequence: round.follow_up_seq, reportUrl: this.followUps.reportUrl(id),
        };
        for (const owner of await this.followUps.owners(m, id)) {
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
      // Rounds that closed N months ago (within the last 30 days of that mark: no reminders about
      // rounds long past), without a newer round in the same organisation.
      const due: { id: string; organisation_id: string; organisation: string; weak: string | null }[] = await this.db.query(
        `SELECT r.id, r.organisation_id, o.name AS organisation, r.results->'view'->'weakSpots'->>0 AS weak
           FROM scan_rounds r JOIN organisations o ON o.id = r.organisation_id
          WHERE r.status = 'closed' AND r.closed_at <= $1::timestamptz - make_interval(months => $2)
            AND r.closed_at > $1::timestamptz - make_interval(months => $2) - interval '30 days'
            AND NOT EXISTS (SELECT 1 FROM scan_rounds later WHERE later.organisation_id = r.organisation_id AND later.created_at > r.closed_at)
            AND NOT EXISTS (SELECT 1 FROM rescan_reminders x WHERE x.round_id = r.id AND x.months = $2)`,
        [now, months],
      );
      for (const round of due) {
        await this.db.transaction(async (m) => {
          const claimed = returningRows(await m.query(
            `INSERT INTO rescan_reminders (round_id, months) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING round_id`, [round.id, months]));
          if (!claimed.length) return;
          const url = `${this.config.publicUrl}/organisaties/${round.organisation_id}/scans/nieuw`;
          for (const owner of await this.followUps.owners(m, round.id)) {
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
