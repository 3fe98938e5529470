import { ASPECT_KEYS, type AspectKey } from '../aspects';

/** z for a two-sided 95% interval. */
const Z = 1.96;
/** Below this a difference of means is rounding, whatever the spread says. */
export const MIN_DIFFERENCE = 0.1;
/** More than this many aspects "equally weakest" is no signal. */
const MAX_WEAKEST = 2;

/**
 * The weakest aspects of a group of organisations, only where the difference is more than noise:
 * the lowest mean, plus any aspect within the noise of it (the 95% margin of the difference of two
 * means, at least MIN_DIFFERENCE). When more than two aspects lie within that margin, or all do,
 * there is no weakest aspect and the list is empty.
 */
export function weakestAspects(summary: Partial<Record<AspectKey, { mean: number; sd: number; n: number }>>): AspectKey[] {
  const scored = ASPECT_KEYS.filter((a) => summary[a]).map((a) => ({ key: a, ...(summary[a] as { mean: number; sd: number; n: number }) }));
  if (scored.length < 2) return [];
  scored.sort((x, y) => x.mean - y.mean || ASPECT_KEYS.indexOf(x.key) - ASPECT_KEYS.indexOf(y.key));
  const low = scored[0];
  const noise = (x: { sd: number; n: number }) => Math.max(MIN_DIFFERENCE, Z * Math.sqrt((x.sd * x.sd) / x.n + (low.sd * low.sd) / low.n));
  const tied = scored.filter((x) => x.mean - low.mean <= noise(x));
  if (tied.length > MAX_WEAKEST || tied.length === scored.length) return [];
  return tied.map((x) => x.key);
}
