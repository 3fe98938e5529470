import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { effectiveMinResponses, getInstrument } from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';
import { amsterdamDate, Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { NotificationsService } from '../notifications/notifications.service';
import { AnswersRepository } from './answers.repository';
import { reportReadyMail } from './scan-mail';
import { aspectMeanMap, computeEmployeeView, type StoredResults } from './employee-view';
import { RoundsRepository } from './rounds.repository';
import { PeriodicJob } from '../platform/jobs';

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
    private readonly rounds: RoundsRepository,
  ) {}

  /** Closes an open round and stores its summary, in one transaction. Safe to race: the
   * conditional UPDATE lets exactly one caller (or API instance) close it. */
  async close(roundId: string, now = this.clock.now()): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const round = await this.rounds.markClosed(m, roundId, now);
      if (!round) return false;
      // Every answer counts now, and the whole round shares this transaction and one random order.
      await this.answers.moveBatch(m, roundId, amsterdamDate(now), true);
      const rows = await this.rounds.responses(m, roundId);
      const { respondents, view } = computeEmployeeView(getInstrument(round.instrument_version), rows, effectiveMinResponses(round.min_responses));
      const results: StoredResults = view
        ? { respondents, withheld: false, aspects: aspectMeanMap(view.aspects), view }
        : { respondents, withheld: true, aspects: {} };
      await this.rounds.storeResults(m, roundId, results);
      // Tell the owners, in the same transaction: the mail goes if and only if the round closed.
      for (const owner of await this.rounds.owners(m, roundId)) {
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
    let closed = 0;
    for (const id of await this.rounds.dueToClose(now, organisationId)) if (await this.close(id, now)) closed++;
    return closed;
  }

  @PeriodicJob('scan-rounds-close', 60_000)
  closeDueRounds(): Promise<number> {
    return this.closeDue();
  }
}
