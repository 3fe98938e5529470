import { randomInt } from 'node:crypto';
import { type ReportReady } from '@groeiwijzer/contracts';
import {
  type Answers, type AspectKey, gateReport, type Instrument, overallPicture, pickStrengthsAndWeakSpots, scoreRound,
  showableGroups, suppressSmallScores,
} from '@groeiwijzer/domain';

export interface ResponseRow {
  answers: Answers;
  comment: string | null;
  group_name: string | null;
}

/** The part of a report that comes from the employees' answers alone. Computed once when a round
 * closes (answers cannot change after that) and stored with the round. */
export type EmployeeView = Pick<ReportReady, 'respondents' | 'aspects' | 'items' | 'strengths' | 'weakSpots' | 'overall' | 'groups' | 'comments'>;

export interface StoredResults {
  respondents: number;
  withheld: boolean;
  /** Aspect means, for trends and benchmarks (empty when withheld). */
  aspects: Partial<Record<AspectKey, number>>;
  view?: EmployeeView;
}

export function aspectMeanMap(aspects: { key: AspectKey; mean: number | null }[]): Partial<Record<AspectKey, number>> {
  const out: Partial<Record<AspectKey, number>> = {};
  for (const a of aspects) if (a.mean !== null) out[a.key] = a.mean;
  return out;
}

function shuffled<T>(values: T[]): T[] {
  const copy = values.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Per team or department: only groups that pass the threshold and cannot be derived from the
 * total by subtraction. */
function groupScores(instrument: Instrument, rows: ResponseRow[], min: number): EmployeeView['groups'] {
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
      return { name, respondents: scored.respondents, aspects: aspectMeanMap(suppressSmallScores(scored.aspects, min)) };
    });
}

/** Scores, strengths and weak spots, groups and comments (in random order) — or null while the
 * respondents are below the threshold, in which case nothing but the count may be shown. */
export function computeEmployeeView(instrument: Instrument, rows: ResponseRow[], min: number): { respondents: number; view: EmployeeView | null } {
  const scores = scoreRound(instrument, rows.map((r) => r.answers));
  if (gateReport(scores.respondents, min).status === 'withheld') return { respondents: scores.respondents, view: null };
  const aspects = suppressSmallScores(scores.aspects, min);
  const { strengths, weakSpots } = pickStrengthsAndWeakSpots(aspects);
  return {
    respondents: scores.respondents,
    view: {
      respondents: scores.respondents,
      aspects,
      items: suppressSmallScores(scores.items, min),
      strengths,
      weakSpots,
      overall: overallPicture(aspects),
      groups: groupScores(instrument, rows, min),
      comments: shuffled(rows.map((r) => r.comment?.trim()).filter((c): c is string => !!c)),
    },
  };
}
