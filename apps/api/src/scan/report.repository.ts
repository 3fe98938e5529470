import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AspectKey } from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared';
import { type ResponseRow, type StoredResults } from './employee-view';

type AspectMeans = Partial<Record<AspectKey, number>>;

/** The SQL behind a round's report: its answers, stored results, trend and benchmark. */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async respondedCount(roundId: string): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM scan_responses WHERE round_id = $1`, [roundId]);
    return n;
  }

  /** The employees' part computed when the round closed (null while open). */
  async storedResults(roundId: string): Promise<StoredResults | null> {
    const [stored] = await preparedQuery<{ results: StoredResults | null }>(this.db, 'report_results', `SELECT results FROM scan_rounds WHERE id = $1`, [roundId]);
    return stored?.results ?? null;
  }

  responses(roundId: string): Promise<ResponseRow[]> {
    return this.db.query(`SELECT answers, comment, group_name FROM scan_responses WHERE round_id = $1`, [roundId]);
  }

  async selfAssessment(roundId: string): Promise<Record<string, number | null> | null> {
    const [row] = await this.db.query(`SELECT answers FROM scan_self_assessments WHERE round_id = $1`, [roundId]);
    return row?.answers ?? null;
  }

  /** The organisation's earlier closed rounds that passed their own threshold, oldest first. */
  earlierRounds(organisationId: string, roundId: string, before: Date): Promise<{ id: string; title: string; closed_at: Date; aspects: AspectMeans }[]> {
    return this.db.query(
      `SELECT id, title, closed_at, results->'aspects' AS aspects FROM scan_rounds
        WHERE organisation_id = $1 AND id <> $2 AND status = 'closed' AND closed_at < $3
          AND results IS NOT NULL AND NOT (results->>'withheld')::boolean
        ORDER BY closed_at`,
      [organisationId, roundId, before],
    );
  }

  /** Other organisations of the same sector or region, each with its latest closed round that
   * passed its threshold: their aspect means. */
  peers(organisationId: string, scope: 'sector' | 'region'): Promise<{ aspects: AspectMeans }[]> {
    const column = scope === 'sector' ? 'sector' : 'region';
    return this.db.query(
      `SELECT DISTINCT ON (r.organisation_id) r.results->'aspects' AS aspects
         FROM scan_rounds r
         JOIN organisations o ON o.id = r.organisation_id
         JOIN organisations mine ON mine.id = $1
        WHERE r.organisation_id <> $1 AND r.status = 'closed' AND r.results IS NOT NULL
          AND NOT (r.results->>'withheld')::boolean AND o.${column} = mine.${column}
        ORDER BY r.organisation_id, r.closed_at DESC`,
      [organisationId],
    );
  }
}
