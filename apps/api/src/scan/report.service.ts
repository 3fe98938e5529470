import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ReportReady, type ReportResponse } from '@groeiwijzer/contracts';
import {
  type Answers, type AspectKey, aspectMeans, biggestGaps, effectiveMinResponses, gateReport, getInstrument, overallPicture,
  pickStrengthsAndWeakSpots, scoreRound, showableGroups, suppressSmallScores,
} from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';
import { type RoundRow } from './rounds.service';
import { type StoredResults } from './round-results.service';

/** Comparison with similar SMEs needs at least this many other organisations. */
export const BENCHMARK_MIN_ORGANISATIONS = 5;

function shuffled<T>(values: T[]): T[] {
  const copy = values.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function means(aspects: { key: AspectKey; mean: number | null }[]): Partial<Record<AspectKey, number>> {
  const out: Partial<Record<AspectKey, number>> = {};
  for (const a of aspects) if (a.mean !== null) out[a.key] = a.mean;
  return out;
}

@Injectable()
export class ReportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The report of a round: withheld (counts only) until the round is closed with enough
   * respondents; then scores, strengths, gaps, trend, benchmark, groups and comments. */
  async build(round: RoundRow, options: { includeSelfAssessment: boolean }): Promise<ReportResponse> {
    const min = effectiveMinResponses(round.min_responses);
    const instrument = getInstrument(round.instrument_version);
    const rows: { answers: Answers; comment: string | null; group_name: string | null }[] = await this.db.query(
      `SELECT answers, comment, group_name FROM scan_responses WHERE round_id = $1`,
      [round.id],
    );
    const scores = scoreRound(instrument, rows.map((r) => r.answers));
    if (round.status === 'open') {
      return { status: 'withheld', respondents: scores.respondents, required: Math.max(0, min - scores.respondents), reason: 'round_open' };
    }
    const gate = gateReport(scores.respondents, min);
    if (gate.status === 'withheld') {
      return { status: 'withheld', respondents: gate.respondents, required: gate.required, reason: 'too_few_responses' };
    }

    const aspects = suppressSmallScores(scores.aspects, min);
    const items = suppressSmallScores(scores.items, min);
    const { strengths, weakSpots } = pickStrengthsAndWeakSpots(aspects);
    const employees = means(aspects);

    let selfAssessment: Partial<Record<AspectKey, number>> | null = null;
    if (options.includeSelfAssessment) {
      const [self] = await this.db.query(`SELECT answers FROM scan_self_assessments WHERE round_id = $1`, [round.id]);
      if (self) selfAssessment = aspectMeans(instrument, self.answers);
    }

    const report: ReportReady = {
      status: 'ready',
      roundId: round.id,
      title: round.title,
      organisation: round.organisation_name,
      closedAt: round.closed_at?.toISOString() ?? null,
      respondents: scores.respondents,
      minResponses: min,
      instrumentVersion: round.instrument_version,
      aspects,
      items,
      strengths,
      weakSpots,
      overall: overallPicture(aspects),
      selfAssessment,
      gaps: selfAssessment ? biggestGaps(employees, selfAssessment) : [],
      trend: await this.trend(round, employees),
      benchmark: await this.benchmark(round),
      groups: this.groups(instrument, rows, min),
      comments: shuffled(rows.map((r) => r.comment?.trim()).filter((c): c is string => !!c)),
    };
    return report;
  }

  /** Earlier closed rounds of the same organisation that passed their own threshold, then this one. */
  private async trend(round: RoundRow, current: Partial<Record<AspectKey, number>>): Promise<ReportReady['trend']> {
    const earlier: { id: string; title: string; closed_at: Date; results: StoredResults }[] = await this.db.query(
      `SELECT id, title, closed_at, results FROM scan_rounds
        WHERE organisation_id = $1 AND id <> $2 AND status = 'closed' AND closed_at < $3
          AND results IS NOT NULL AND NOT (results->>'withheld')::boolean
        ORDER BY closed_at`,
      [round.organisation_id, round.id, round.closed_at ?? new Date()],
    );
    if (!earlier.length) return [];
    return [
      ...earlier.map((r) => ({ roundId: r.id, title: r.title, closedAt: r.closed_at.toISOString(), aspects: r.results.aspects })),
      { roundId: round.id, title: round.title, closedAt: (round.closed_at ?? new Date()).toISOString(), aspects: current },
    ];
  }

  /** Other organisations of the same sector (else region), each with its latest closed round that
   * passed its threshold; shown only when at least five exist. */
  private async benchmark(round: RoundRow): Promise<ReportReady['benchmark']> {
    for (const scope of ['sector', 'region'] as const) {
      const rows: { results: StoredResults }[] = await this.db.query(
        `SELECT DISTINCT ON (r.organisation_id) r.results
           FROM scan_rounds r
           JOIN organisations o ON o.id = r.organisation_id
           JOIN organisations mine ON mine.id = $1
          WHERE r.organisation_id <> $1 AND r.status = 'closed' AND r.results IS NOT NULL
            AND NOT (r.results->>'withheld')::boolean AND o.${scope} = mine.${scope}
          ORDER BY r.organisation_id, r.closed_at DESC`,
        [round.organisation_id],
      );
      if (rows.length < BENCHMARK_MIN_ORGANISATIONS) continue;
      const sums: Partial<Record<AspectKey, { total: number; count: number }>> = {};
      for (const { results } of rows) {
        for (const [key, mean] of Object.entries(results.aspects) as [AspectKey, number][]) {
          const s = (sums[key] ??= { total: 0, count: 0 });
          s.total += mean;
          s.count += 1;
        }
      }
      const aspects: Partial<Record<AspectKey, number>> = {};
      for (const [key, s] of Object.entries(sums) as [AspectKey, { total: number; count: number }][]) {
        if (s.count >= BENCHMARK_MIN_ORGANISATIONS) aspects[key] = Math.round((s.total / s.count) * 100) / 100;
      }
      return { scope, organisations: rows.length, aspects };
    }
    return null;
  }

  /** Per team or department, only groups that pass the threshold and cannot be derived from the
   * total by subtraction. */
  private groups(
    instrument: ReturnType<typeof getInstrument>,
    rows: { answers: Answers; group_name: string | null }[],
    min: number,
  ): ReportReady['groups'] {
    if (!rows.some((r) => r.group_name)) return [];
    const byGroup = new Map<string, Answers[]>();
    for (const r of rows) {
      const key = r.group_name ?? '';
      byGroup.set(key, [...(byGroup.get(key) ?? []), r.answers]);
    }
    const counts: Record<string, number> = {};
    for (const [name, answers] of byGroup) counts[name] = scoreRound(instrument, answers).respondents;
    return showableGroups(counts, min)
      .filter((name) => name !== '')
      .sort()
      .map((name) => {
        const scored = scoreRound(instrument, byGroup.get(name)!);
        return { name, respondents: scored.respondents, aspects: means(suppressSmallScores(scored.aspects, min)) };
      });
  }
}
