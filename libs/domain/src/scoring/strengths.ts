import { ASPECT_KEYS, type AspectKey } from '../aspects';
import { type LocalisedText } from '../instrument/types';
import { type AspectScore } from './scores';
import { roundTo } from './round';

/** At most this many strengths and this many weak spots. */
export const MAX_STRENGTHS = 2;

const modelOrder = (key: AspectKey): number => ASPECT_KEYS.indexOf(key);

/** Scored aspects from strongest to weakest: mean (high first), then favourable share (high
 * first), then model order. One total order, so the result never depends on input order. */
export function rankAspects(aspects: readonly AspectScore[]): AspectScore[] {
  return aspects
    .filter((aspect) => aspect.mean !== null)
    .slice()
    .sort(
      (a, b) =>
        (b.mean ?? 0) - (a.mean ?? 0) ||
        (b.favourable ?? 0) - (a.favourable ?? 0) ||
        modelOrder(a.key) - modelOrder(b.key),
    );
}

/**
 * Strengths and weak spots are relative: the top and the bottom of the ranking (rankAspects),
 * also when every aspect is high, every aspect is low, or all lie close together (the report
 * words that with OVERALL_PICTURE_TEXT). Each side gets min(2, floor(scored aspects / 2)), so an
 * aspect is never both. Strengths strongest first; weak spots weakest first.
 */
export function pickStrengthsAndWeakSpots(aspects: AspectScore[]): { strengths: AspectKey[]; weakSpots: AspectKey[] } {
  const ranked = rankAspects(aspects);
  const perSide = Math.min(MAX_STRENGTHS, Math.floor(ranked.length / 2));
  return {
    strengths: ranked.slice(0, perSide).map((aspect) => aspect.key),
    weakSpots: ranked
      .slice(ranked.length - perSide)
      .reverse()
      .map((aspect) => aspect.key),
  };
}

/**
 * The aspects where the owner's view differs most from the employees' view, largest difference
 * first (ties in model order). gap = owner − employees (2 decimals): positive means the owner is
 * more positive than the employees. Aspects missing on either side, and gaps of 0, are left out.
 */
export function biggestGaps(
  employees: Partial<Record<AspectKey, number>>,
  owner: Partial<Record<AspectKey, number>>,
  count = 3,
): { key: AspectKey; employees: number; owner: number; gap: number }[] {
  const gaps: { key: AspectKey; employees: number; owner: number; gap: number }[] = [];
  for (const key of ASPECT_KEYS) {
    const employeeMean = employees[key];
    const ownerMean = owner[key];
    if (typeof employeeMean !== 'number' || typeof ownerMean !== 'number') continue;
    if (!Number.isFinite(employeeMean) || !Number.isFinite(ownerMean)) continue;
    const gap = roundTo(ownerMean - employeeMean, 2);
    if (gap !== 0) gaps.push({ key, employees: employeeMean, owner: ownerMean, gap });
  }
  return gaps
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || modelOrder(a.key) - modelOrder(b.key))
    .slice(0, Math.max(0, count));
}

/** A mean of at least this is "high" (on average agreeing). */
export const HIGH_MEAN = 4;
/** A mean below this is "low" (on average not agreeing). */
export const LOW_MEAN = 3;
/** Highest minus lowest mean at most this: the aspects lie close together. */
export const CLOSE_BAND = 0.3;

export type OverallPicture = 'none' | 'all_high' | 'all_low' | 'close_together' | 'mixed';

/** The overall picture of a round, so the report can word its strengths and weak spots honestly. */
export function overallPicture(aspects: readonly AspectScore[]): OverallPicture {
  const means = aspects.map((aspect) => aspect.mean).filter((mean): mean is number => mean !== null);
  if (means.length === 0) return 'none';
  const lowest = Math.min(...means);
  const highest = Math.max(...means);
  if (lowest >= HIGH_MEAN) return 'all_high';
  if (highest < LOW_MEAN) return 'all_low';
  if (roundTo(highest - lowest, 2) <= CLOSE_BAND) return 'close_together';
  return 'mixed';
}

export interface OverallPictureText {
  /** One or two sentences that open the strengths and weak spots part of the report. */
  summary: LocalisedText;
  strengthsHeading: LocalisedText;
  weakSpotsHeading: LocalisedText;
}

export const OVERALL_PICTURE_TEXT: Record<OverallPicture, OverallPictureText> = {
  none: {
    summary: { nl: 'Er zijn nog geen scores.', en: 'There are no scores yet.' },
    strengthsHeading: { nl: 'Sterke punten', en: 'Strengths' },
    weakSpotsHeading: { nl: 'Aandachtspunten', en: 'Points for attention' },
  },
  mixed: {
    summary: {
      nl: 'Sommige onderdelen gaan duidelijk beter dan andere.',
      en: 'Some aspects clearly do better than others.',
    },
    strengthsHeading: { nl: 'Sterke punten', en: 'Strengths' },
    weakSpotsHeading: { nl: 'Aandachtspunten', en: 'Points for attention' },
  },
  all_high: {
    summary: {
      nl: 'Alle onderdelen scoren goed. De aandachtspunten zijn de onderdelen die het minst sterk zijn. Ook daar gaat veel goed.',
      en: 'All aspects score well. The points for attention are the least strong ones. A lot goes well there too.',
    },
    strengthsHeading: { nl: 'Sterkste punten', en: 'Strongest points' },
    weakSpotsHeading: { nl: 'Minst sterke punten (ook goed)', en: 'Least strong points (still good)' },
  },
  all_low: {
    summary: {
      nl: 'Op alle onderdelen is ruimte om te groeien. De sterke punten zijn de onderdelen die het best gaan. Daar kun je op bouwen.',
      en: 'There is room to grow on every aspect. The strengths are the aspects that go best. You can build on them.',
    },
    strengthsHeading: { nl: 'Hier gaat het het best', en: 'Where things go best' },
    weakSpotsHeading: { nl: 'Hier is het meest te winnen', en: 'Where there is most to gain' },
  },
  close_together: {
    summary: {
      nl: 'De onderdelen liggen dicht bij elkaar. De sterke punten en aandachtspunten verschillen maar een beetje van de rest.',
      en: 'The aspects lie close together. The strengths and points for attention differ only a little from the rest.',
    },
    strengthsHeading: { nl: 'Iets sterker', en: 'Slightly stronger' },
    weakSpotsHeading: { nl: 'Iets zwakker', en: 'Slightly weaker' },
  },
};
