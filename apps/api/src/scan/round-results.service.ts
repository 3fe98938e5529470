import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { effectiveMinResponses, getInstrument } from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';
import { amsterdamDate, Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { returningRows } from '../database/returning';
import { NotificationsService } from '../notifications/notifications.service';
import { AnswersRepository } from './answers.repository';
import { reportReadyMail } from './scan-reminders';
import { aspectMeanMap, computeEmployeeView, type ResponseRow, type StoredResults } from './employee-view';
import { PeriodicJob } from '../metrics/job-metrics';

/** Invitation addresses are removed this many days after their round closed. */
export const ADDRESS_DAYS = 30;

@Injectable()
export class RoundResults {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly answers: AnswersRepository,
  ) {}

  /** Closes an open round and stores its summary, in one transaction. Safe to race: the
   * conditional UPDATE lets exactly one caller (or API instance) close it. */
  async close(roundId: string, now = this.clock.now()): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const [round] = returningRows<{ instrument_version: number; min_responses: number }>(
        await m.query(
          `UPDATE scan_rounds SET status = 'closed', closed_at = $2 WHERE id = $1 AND status = 'open'
           RETURNING instrument_version, min_responses`,
          [roundId, now],
        ),
      );
      if (!round) return false;
      // Every answer counts now, and the whole round shares this transaction and one random order.
      await this.answers.moveBatch(m, roundId, amsterdamDate(now), true);
      const rows: ResponseRow[] = await m.query(`SELECT answers, comment, group_name FROM scan_responses WHERE round_id = $1`, [roundId]);
      const { respondents, view } = computeEmployeeView(getInstrument(round.instrument_version), rows, effectiveMinResponses(round.min_responses));
      const results: StoredResults = view
        ? { respondents, withheld: false, aspects: aspectMeanMap(view.aspects), view }
        : { respondents, withheld: true, aspects: {} };
      await m.query(`UPDATE scan_rounds SET results = $2 WHERE id = $1`, [roundId, JSON.stringify(results)]);
      // Tell the owners, in the same transaction: the mail goes if and only if the round closed.
      const owners: { id: string; email: string; name: string; locale: 'nl' | 'en'; title: string }[] = await m.query(
        `SELECT u.id, u.email, u.name, u.locale, r.title FROM scan_rounds r
           JOIN organisation_members om ON om.organisation_id = r.organisation_id AND om.role = 'owner'
           JOIN users u ON u.id = om.user_id WHERE r.id = $1`,
        [roundId],
      );
      for (const owner of owners) {
        const url = `${this.config.publicUrl}/scans/${roundId}${view ? '/rapport' : ''}`;
        await this.notifications.enqueueReminder(m, {
          idempotencyKey: `scan-report-ready:${roundId}:${owner.id}`,
          kind: 'scan',
          to: owner.email,
          locale: owner.locale,
          mail: reportReadyMail(owner.locale, owner.name, owner.title, url, !!view),
        }, now);
      }
      return true;
    });
  }

  /** Answers that waited for company: every round with enough of them moves them (normally the
   * write that brings the third does it; this catches what a failed write left), and the tables
   * are vacuumed so the waiting rows are gone from the files as well. */
  @PeriodicJob('scan-answer-batches', 10 * 60_000)
  moveWaitingAnswers(): Promise<void> {
    return this.moveWaiting();
  }

  async moveWaiting(): Promise<void> {
    for (const roundId of await this.answers.roundsWithBatch()) {
      await this.db.transaction((m) => this.answers.moveBatch(m, roundId, this.clock.today()));
    }
    await this.answers.vacuum();
    // Invitation addresses are kept 30 days after the round closed (for questions and bounced
    // mail), then only the counts remain.
    await this.answers.purgeAddresses(new Date(this.clock.now().getTime() - ADDRESS_DAYS * 86_400_000));
  }

  /** Closes every round whose closing moment has passed (optionally of one organisation). */
  async closeDue(organisationId?: string, now = this.clock.now()): Promise<number> {
    const due: { id: string }[] = await this.db.query(
      `SELECT id FROM scan_rounds WHERE status = 'open' AND closes_at <= $1 ${organisationId ? 'AND organisation_id = $2' : ''}`,
      organisationId ? [now, organisationId] : [now],
    );
    let closed = 0;
    for (const { id } of due) if (await this.close(id, now)) closed++;
    return closed;
  }

  @PeriodicJob('scan-rounds-close', 60_000)
  closeDueRounds(): Promise<number> {
    return this.closeDue();
  }
}
