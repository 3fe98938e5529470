import { Injectable } from '@nestjs/common';
import { type ReportReady, type ReportResponse } from '@groeiwijzer/contracts';
import { type AspectKey, aspectMeans, biggestGaps, effectiveMinResponses, getInstrument } from '@groeiwijzer/domain';
import { aspectMeanMap, computeEmployeeView } from './employee-view';
import { ReportRepository } from './report.repository';
import { type RoundRow } from './rounds.repository';

/** Comparison with similar SMEs needs at least this many other organisations. */
export const BENCHMARK_MIN_ORGANISATIONS = 5;

@Injectable()
export class ReportService {
  constructor(private readonly reports: ReportRepository) {}

  /** The report of a round: withheld (counts only) until the round is closed with enough
   * respondents; then scores, strengths, gaps, trend, benchmark, groups and comments. */
  async build(round: RoundRow, options: { includeSelfAssessment: boolean }): Promise<ReportResponse> {
    const min = effectiveMinResponses(round.min_responses);
    const instrument = getInstrument(round.instrument_version);
    if (round.status === 'open') {
      const n = await this.reports.respondedCount(round.id);
      return { status: 'withheld', respondents: n, required: Math.max(0, min - n), reason: 'round_open' };
    }
    // A closed round's answers are final: its employee view was computed when it closed.
    const stored = await this.reports.storedResults(round.id);
    const { respondents, view } = stored?.view || stored?.withheld
      ? { respondents: stored.respondents, view: stored.view ?? null }
      : computeEmployeeView(instrument, await this.reports.responses(round.id), min);
    if (!view) return { status: 'withheld', respondents, required: Math.max(1, min - respondents), reason: 'too_few_responses' };

    const employees = aspectMeanMap(view.aspects);
    let selfAssessment: Partial<Record<AspectKey, number>> | null = null;
    if (options.includeSelfAssessment) {
      const self = await this.reports.selfAssessment(round.id);
      if (self) selfAssessment = aspectMeans(instrument, self);
    }
    const [trend, benchmark] = await Promise.all([this.trend(round, employees), this.benchmark(round)]);
    return {
      status: 'ready',
      roundId: round.id,
      title: round.title,
      organisation: round.organisation_name,
      closedAt: round.closed_at?.toISOString() ?? null,
      minResponses: min,
      instrumentVersion: round.instrument_version,
      ...view,
      selfAssessment,
      gaps: selfAssessment ? biggestGaps(employees, selfAssessment) : [],
      trend,
      benchmark,
    };
  }

  /** Earlier closed rounds of the same organisation that passed their own threshold, then this one. */
  private async trend(round: RoundRow, current: Partial<Record<AspectKey, number>>): Promise<ReportReady['trend']> {
    const earlier = await this.reports.earlierRounds(round.organisation_id, round.id, round.closed_at ?? new Date());
    if (!earlier.length) return [];
    return [
      ...earlier.map((r) => ({ roundId: r.id, title: r.title, closedAt: r.closed_at.toISOString(), aspects: r.aspects })),
      { roundId: round.id, title: round.title, closedAt: (round.closed_at ?? new Date()).toISOString(), aspects: current },
    ];
  }

  /** Other organisations of the same sector (else region), each with its latest closed round that
   * passed its threshold; shown only when at least five exist. */
  private async benchmark(round: RoundRow): Promise<ReportReady['benchmark']> {
    for (const scope of ['sector', 'region'] as const) {
      const rows = await this.reports.peers(round.organisation_id, scope);
      if (rows.length < BENCHMARK_MIN_ORGANISATIONS) continue;
      const sums: Partial<Record<AspectKey, { total: number; count: number }>> = {};
      for (const { aspects } of rows) {
        for (const [key, mean] of Object.entries(aspects) as [AspectKey, number][]) {
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
}
