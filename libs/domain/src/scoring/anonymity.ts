import { type ScoreSummary } from './scores';

/** No round may show anything for fewer respondents than this, whatever it is set to. */
export const MIN_RESPONSES_FLOOR = 3;
/** The threshold of a round unless the owner sets another (never below the floor). */
export const DEFAULT_MIN_RESPONSES = 5;

/** The threshold that applies: at least the floor; a missing or invalid setting means the default. */
export function effectiveMinResponses(minResponses: number | null | undefined): number {
  if (typeof minResponses !== 'number' || !Number.isFinite(minResponses)) return DEFAULT_MIN_RESPONSES;
  return Math.max(MIN_RESPONSES_FLOOR, Math.ceil(minResponses));
}

/** Whether a report may be shown. Below the threshold the report says only how many responded
 * and how many more responses are required before anything can be shown. */
export function gateReport(
  respondents: number,
  minResponses: number,
): { status: 'withheld'; respondents: number; required: number } | { status: 'ready' } {
  const threshold = effectiveMinResponses(minResponses);
  return respondents >= threshold ? { status: 'ready' } : { status: 'withheld', respondents, required: threshold - respondents };
}

/**
 * Secondary suppression for group breakdowns: groups under the threshold are hidden, and when hiding leaves exactly one hidden group (so total minus the shown groups would reveal it), the next-smallest shown group is hidden too. Returns the group names that may be shown.
 *
 * More precisely: as long as the hidden groups together hold between 1 and threshold − 1
 * respondents, "total minus the shown groups" would reveal a pool that is too small, so the
 * smallest shown group (ties: first in `counts`) is hidden as well. This covers the case of one
 * hidden group and also several small hidden groups that together stay under the threshold.
 * `counts` must hold every group of the breakdown, including "no group", so that the groups add
 * up to the total. Names are returned in the order of `counts`.
 */
export function showableGroups(counts: Record<string, number>, minResponses: number): string[] {
  const required = effectiveMinResponses(minResponses);
  const groups = Object.entries(counts).map(([name, count], index) => ({
    name,
    count: Number.isFinite(count) && count > 0 ? count : 0,
    index,
  }));
  const shown = groups.filter((group) => group.count >= required);
  let hiddenTotal = groups.filter((group) => group.count < required).reduce((sum, group) => sum + group.count, 0);
  while (hiddenTotal > 0 && hiddenTotal < required && shown.length > 0) {
    shown.sort((a, b) => a.count - b.count || a.index - b.index);
    const next = shown.shift();
    if (next) hiddenTotal += next.count;
  }
  return shown.sort((a, b) => a.index - b.index).map((group) => group.name);
}

/**
 * Hides the scores of aspects or items that fewer than the threshold answered (for example when
 * most respondents chose "weet ik niet"): mean, sd and favourable become null and the
 * distribution all zeros; n stays, so the report can say why. Use before picking strengths.
 */
export function suppressSmallScores<T extends ScoreSummary>(scores: readonly T[], minResponses: number): T[] {
  const required = effectiveMinResponses(minResponses);
  return scores.map((score) =>
    score.n >= required ? score : { ...score, mean: null, sd: null, favourable: null, distribution: [0, 0, 0, 0, 0] },
  );
}
