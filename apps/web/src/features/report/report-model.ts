import type { ReportReady } from '@groeiwijzer/contracts';
import { ASPECT_KEYS, ASPECTS, type AspectKey, type Locale, type OverallPicture } from '@groeiwijzer/domain';

export type AspectValues = Partial<Record<AspectKey, number>>;

export function aspectName(key: AspectKey, locale: Locale): string {
  return ASPECTS.find((aspect) => aspect.key === key)?.[locale] ?? key;
}

const PICTURES: readonly OverallPicture[] = ['none', 'all_high', 'all_low', 'close_together', 'mixed'];

/** The API's `overall` as one of the known pictures; something new reads as "mixed". */
export function overallPictureOf(overall: string): OverallPicture {
  return (PICTURES as readonly string[]).includes(overall) ? (overall as OverallPicture) : 'mixed';
}

/** Employees' mean per aspect. */
export function employeeMeans(report: Pick<ReportReady, 'aspects'>): AspectValues {
  const means: AspectValues = {};
  for (const aspect of report.aspects) if (typeof aspect.mean === 'number') means[aspect.key] = aspect.mean;
  return means;
}

/** The aspects of the model that the report has scores for, in model order. */
export function reportAspectKeys(report: Pick<ReportReady, 'aspects'>): AspectKey[] {
  const present = new Set(report.aspects.map((aspect) => aspect.key));
  return ASPECT_KEYS.filter((key) => present.has(key));
}

/**
 * The aspects for the follow-up session: the two strongest and the two weakest. The report's
 * strengths and weak spots come first; when it names fewer (few scored aspects), the ranking by
 * mean fills up, never putting one aspect on both sides.
 */
export function agendaAspects(
  report: Pick<ReportReady, 'aspects' | 'strengths' | 'weakSpots'>,
  perSide = 2,
): { strong: AspectKey[]; weak: AspectKey[] } {
  const ranked = report.aspects
    .filter((aspect) => typeof aspect.mean === 'number')
    .slice()
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0) || ASPECT_KEYS.indexOf(a.key) - ASPECT_KEYS.indexOf(b.key))
    .map((aspect) => aspect.key);
  const limit = Math.min(perSide, Math.floor(ranked.length / 2));
  const strong = report.strengths.filter((key) => ranked.includes(key)).slice(0, limit);
  const weak = report.weakSpots.filter((key) => ranked.includes(key) && !strong.includes(key)).slice(0, limit);
  for (const key of ranked) {
    if (strong.length >= limit) break;
    if (!strong.includes(key) && !weak.includes(key)) strong.push(key);
  }
  for (const key of [...ranked].reverse()) {
    if (weak.length >= limit) break;
    if (!strong.includes(key) && !weak.includes(key)) weak.push(key);
  }
  return { strong, weak };
}

/**
 * Whole percentages of a distribution that add up to exactly 100 (largest remainder), for
 * bar widths and labels; all zeros when there are no answers.
 */
export function distributionPercentages(distribution: readonly number[]): number[] {
  const total = distribution.reduce((sum, count) => sum + Math.max(0, count), 0);
  if (total === 0) return distribution.map(() => 0);
  const exact = distribution.map((count) => (Math.max(0, count) * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] += 1;
    left -= 1;
  }
  return floors;
}

export interface TrendPoint {
  label: string;
  closedAt: string | null;
  value: number | null;
  current: boolean;
}

/** Per aspect, earlier rounds (oldest first) and then this round. */
export function trendRows(report: Pick<ReportReady, 'aspects' | 'trend' | 'title' | 'closedAt'>): {
  key: AspectKey;
  points: TrendPoint[];
}[] {
  const earlier = report.trend.slice().sort((a, b) => a.closedAt.localeCompare(b.closedAt));
  const current = employeeMeans(report);
  return reportAspectKeys(report).map((key) => ({
    key,
    points: [
      ...earlier.map((round) => ({ label: round.title, closedAt: round.closedAt, value: round.aspects[key] ?? null, current: false })),
      { label: report.title, closedAt: report.closedAt, value: current[key] ?? null, current: true },
    ],
  }));
}

/** This round's mean minus the previous round's, or null when either is missing. */
export function trendChange(points: readonly TrendPoint[]): number | null {
  if (points.length < 2) return null;
  const last = points[points.length - 1].value;
  const previous = points[points.length - 2].value;
  if (last === null || previous === null) return null;
  return Math.round((last - previous) * 100) / 100;
}
