import { ASPECTS, type AspectKey } from '../aspects';
import { type Locale } from '../locale';
import { regionByKey } from '../regions';
import { SECTORS } from '../sectors';
import { addMonths, daysBetween } from './dates';
import { schemeWindowState } from './eligibility';
import { formatDay, formatIn, formatMean, formatWithin, matchingText } from './texts';
import { type MatchItem, type MatchMode, type MatchOrganisation, type MatchReason } from './types';

/**
 * The ranking: a score is the sum of weight × factor, each factor between −1 and 1. Only
 * eligible items are ever scored; eligibility is never part of the score. The weights and why
 * are in docs/matching.md.
 */
export const RANKING_WEIGHTS = {
  /** How much the aspect needs help: half absolute ((5 − mean) / 4), half relative (points
   * below the company's own average, capped at 1). Pulls the weakest aspect's items up. */
  need: 30,
  /** How central the aspect is to the item: primary 1, second 0.45, further 0.3. */
  fit: 30,
  /** The item lists the organisation's own region (not only nationwide). */
  regional: 10,
  /** Owner-led micro and small firms: a coach who ran a business (consularis). */
  entrepreneur: 10,
  /** Mean feedback rating, (rating − 3) / 2, from 5 ratings on. */
  outcomes: 10,
  /** Scheme window: closing within 6 weeks pulls up (1 − days / 60); opening later or no
   * known window pushes down a little (−0.25). */
  deadline: 8,
  /** Verified in the last 6 months: up to +1; more than 12 months ago: −1. */
  freshness: 6,
  /** The item lists the organisation's sector (not open to all). */
  sectorSpecific: 5,
  /** Coach median answer time: ≤ 24 h +1, falling to −1 at a week. */
  response: 5,
  /** Coaches: deterministic rotation weighted by free room, so equal coaches share. */
  share: 4,
} as const;

export type RankingFactor = keyof typeof RANKING_WEIGHTS;

/** Fit of the n-th aspect of an item (0 = primary). */
export const ASPECT_FIT = [1, 0.45, 0.3] as const;
/** Outcomes count only from this many ratings. */
export const MIN_OUTCOMES = 5;
/** A scheme closing within this many days is pulled up. */
export const DEADLINE_DAYS = 42;

export interface RankingContext {
  org: MatchOrganisation;
  today: string;
  locale: Locale;
  mode: MatchMode;
  means: Partial<Record<AspectKey, number>> | null;
  /** Mean of the company's aspect means. */
  average: number | null;
  /** Scored aspects from lowest mean to highest. */
  ascending: AspectKey[];
  weakSpots: readonly AspectKey[];
  rotationKey: string;
}

export interface Scored {
  score: number;
  reasons: MatchReason[];
}

const clamp = (x: number, lo = -1, hi = 1) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10 || 0;
const aspectName = (key: AspectKey, locale: Locale) => ASPECTS.find((a) => a.key === key)?.[locale] ?? key;

/** A number in (0, 1) from a string: FNV-1a with a murmur3 finaliser. Same input, same number. */
export function stableUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h >>> 0) + 0.5) / 4294967296;
}

/**
 * Rotation for coaches: u^(1/room) (weighted random sampling, Efraimidis–Spirakis) with u fixed
 * per organisation and coach. Among equal coaches, each comes first in proportion to its free
 * room (capacity − open referrals), so a coach is proposed about as often as it has room.
 * Returns −1 … 1.
 */
export function shareFactor(item: MatchItem, rotationKey: string): number {
  const room = Math.max(1, (item.coach?.capacity ?? 1) - (item.coach?.openReferrals ?? 0));
  const key = stableUnit(`${rotationKey}|${item.id}`) ** (1 / room);
  return 2 * key - 1;
}

/** How much an aspect needs help, 0–1; also the reason text. */
function need(aspect: AspectKey, ctx: RankingContext): { value: number; text: string } {
  const { locale } = ctx;
  const name = aspectName(aspect, locale);
  const mean = ctx.means?.[aspect];
  if (typeof mean !== 'number' || ctx.average === null) {
    const index = Math.max(0, ctx.weakSpots.indexOf(aspect));
    return { value: Math.max(0.2, 0.6 - 0.1 * index), text: matchingText(locale, 'need_unscored', { aspect: name }) };
  }
  const absolute = clamp((5 - mean) / 4, 0, 1);
  const relative = clamp(ctx.average - mean, 0, 1);
  const vars = { aspect: name, mean: formatMean(locale, mean), avg: formatMean(locale, ctx.average) };
  const rank = ctx.ascending.indexOf(aspect);
  const key = ctx.mode === 'all_high' ? 'need_growth'
    : rank === 0 ? 'need_lowest'
      : rank === 1 ? 'need_second'
        : mean < ctx.average ? 'need_below' : 'need_plain';
  return { value: 0.5 * absolute + 0.5 * relative, text: matchingText(locale, key, vars) };
}

/**
 * The score of an eligible item for one weak spot (aspect null: profile mode), with the reasons:
 * every factor that moved the score by at least half a point, strongest first, then plain
 * information (no weight).
 */
export function scoreItem(item: MatchItem, aspect: AspectKey | null, ctx: RankingContext): Scored {
  const { org, today, locale } = ctx;
  const weighted: { code: MatchReason['code']; text: string; points: number }[] = [];
  const info: MatchReason[] = [];
  const add = (factor: RankingFactor, value: number, code: MatchReason['code'], text: string) =>
    weighted.push({ code, text, points: RANKING_WEIGHTS[factor] * value });

  if (aspect) {
    const n = need(aspect, ctx);
    add('need', n.value, 'need', n.text);
    const index = item.aspects.indexOf(aspect);
    const fit = ASPECT_FIT[Math.min(index, ASPECT_FIT.length - 1)];
    if (index === 0) add('fit', fit, 'fit_primary', matchingText(locale, 'fit_primary', { aspect: aspectName(aspect, locale) }));
    else add('fit', fit, 'fit_secondary', matchingText(locale, 'fit_secondary', { aspect: aspectName(aspect, locale), primary: aspectName(item.aspects[0], locale) }));
    const other = ctx.weakSpots.find((w) => w !== aspect && item.aspects.includes(w));
    if (other) info.push({ code: 'fit_other_weak_spot', text: matchingText(locale, 'fit_other_weak_spot', { aspect: aspectName(other, locale) }) });
  } else {
    info.push({ code: 'profile_fit', text: matchingText(locale, 'profile_fit') });
  }

  if (item.regions.includes(org.region)) add('regional', 1, 'regional', matchingText(locale, 'regional', { region: regionByKey(org.region)?.name ?? org.region }));
  else info.push({ code: 'nationwide', text: matchingText(locale, 'nationwide') });

  if (item.sectors.includes(org.sector)) {
    const sector = SECTORS.find((s) => s.code === org.sector)?.[locale] ?? org.sector;
    add('sectorSpecific', 1, 'sector_specific', matchingText(locale, 'sector_specific', { sector }));
  }

  if (item.kind === 'scheme') {
    const w = schemeWindowState(item.scheme?.windows, today);
    if (w.state === 'open') {
      const days = daysBetween(today, w.window.closes);
      const vars = { date: formatDay(locale, w.window.closes, today), when: formatIn(locale, days) };
      if (days <= DEADLINE_DAYS) add('deadline', 1 - days / 60, 'window', matchingText(locale, 'window_closing_soon', vars));
      else info.push({ code: 'window', text: matchingText(locale, 'window_open_now', vars) });
    } else if (w.state === 'opening') {
      const days = daysBetween(today, w.window.opens);
      add('deadline', -0.25, 'window', matchingText(locale, 'window_opens_soon', { date: formatDay(locale, w.window.opens, today), when: formatIn(locale, days) }));
    } else if (w.state === 'unknown') {
      add('deadline', -0.25, 'window', matchingText(locale, 'window_unknown_reason'));
    }
  }

  const age = daysBetween(item.verifiedOn, today);
  const verified = formatDay(locale, item.verifiedOn, today);
  if (addMonths(item.verifiedOn, 12) < today) add('freshness', -1, 'stale', matchingText(locale, 'stale', { date: verified }));
  else if (age <= 180) add('freshness', 1 - Math.max(0, age) / 180, 'fresh', matchingText(locale, 'fresh', { date: verified }));

  const coach = item.kind === 'coach' ? item.coach : null;
  if (coach?.entrepreneurExperience) {
    const text = matchingText(locale, coach.coachType === 'consularis' ? 'entrepreneur_consularis' : 'entrepreneur');
    if (org.sizeClass === 'micro' || org.sizeClass === 'small') add('entrepreneur', 1, 'entrepreneur', text);
    else info.push({ code: 'entrepreneur', text });
  }

  if (item.outcomes && item.outcomes.count >= MIN_OUTCOMES) {
    const { count, meanRating } = item.outcomes;
    add('outcomes', clamp((meanRating - 3) / 2), 'outcomes', matchingText(locale, 'outcomes', { rating: formatMean(locale, meanRating), count }));
  }

  if (coach && typeof coach.medianResponseHours === 'number' && Number.isFinite(coach.medianResponseHours)) {
    const h = Math.max(0, coach.medianResponseHours);
    const value = h <= 24 ? 1 : clamp(1 - (2 * (h - 24)) / 144);
    add('response', value, 'response', matchingText(locale, value >= 0 ? 'response' : 'response_slow', { within: formatWithin(locale, h) }));
  }

  if (coach) add('share', shareFactor(item, ctx.rotationKey), 'share', matchingText(locale, 'share'));

  const score = weighted.reduce((sum, w) => sum + w.points, 0);
  const reasons: MatchReason[] = [
    ...weighted
      .filter((w) => Math.abs(w.points) >= 0.5)
      .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
      .map((w) => ({ code: w.code, text: w.text, weight: round1(w.points) })),
    ...info,
  ];
  return { score, reasons };
}
