import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AspectKey, gateReport, getInstrument, scoreRound, suppressSmallScores } from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';
import { returningRows } from '../database/returning';

/** What a closed round keeps for trends and benchmarks: aspect means, only when it passed its
 * own anonymity threshold. */
export interface StoredResults {
  respondents: number;
  withheld: boolean;
  aspects: Partial<Record<AspectKey, number>>;
}

@Injectable()
export class RoundResults {
  private readonly logger = new Logger('RoundResults');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Closes an open round and stores its summary, in one transaction. Safe to race: the
   * conditional UPDATE lets exactly one caller (or API instance) close it. */
  async close(roundId: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const [round] = returningRows<{ instrument_version: number; min_responses: number }>(
        await m.query(
          `UPDATE scan_rounds SET status = 'closed', closed_at = now() WHERE id = $1 AND status = 'open'
           RETURNING instrument_version, min_responses`,
          [roundId],
        ),
      );
      if (!round) return false;
      const rows: { answers: Record<string, number | null> }[] = await m.query(`SELECT answers FROM scan_responses WHERE round_id = $1`, [roundId]);
      const scores = scoreRound(getInstrument(round.instrument_version), rows.map((r) => r.answers));
      const ready = gateReport(scores.respondents, round.min_responses).status === 'ready';
      const aspects: Partial<Record<AspectKey, number>> = {};
      if (ready) {
        for (const a of suppressSmallScores(scores.aspects, round.min_responses)) if (a.mean !== null) aspects[a.key] = a.mean;
      }
      const results: StoredResults = { respondents: scores.respondents, withheld: !ready, aspects };
      await m.query(`UPDATE scan_rounds SET results = $2 WHERE id = $1`, [roundId, JSON.stringify(results)]);
      return true;
    });
  }

  /** Closes every round whose closing moment has passed (optionally of one organisation). */
  async closeDue(organisationId?: string): Promise<number> {
    const due: { id: string }[] = await this.db.query(
      `SELECT id FROM scan_rounds WHERE status = 'open' AND closes_at <= now() ${organisationId ? 'AND organisation_id = $1' : ''}`,
      organisationId ? [organisationId] : [],
    );
    let closed = 0;
    for (const { id } of due) if (await this.close(id)) closed++;
    return closed;
  }

  @Interval('scan-rounds-close', 60_000)
  async closeDueRounds(): Promise<void> {
    const closed = await this.closeDue().catch((error) => {
      this.logger.error({ msg: 'closing due rounds failed', error: String(error) });
      return 0;
    });
    if (closed) this.logger.log({ msg: 'rounds closed on their date', closed });
  }
}
