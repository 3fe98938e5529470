import { ASPECT_KEYS, ASPECTS, type AspectKey, isAspectKey } from '../aspects';
import { ITEM_KINDS, type ItemKindKey } from '../catalogue/item-rules';
import { type Locale } from '../locale';
import { HIGH_MEAN } from '../scoring/strengths';
import { assertCalendarDate } from './dates';
import { checkEligibility } from './eligibility';
import { type RankingContext, scoreItem } from './ranking';
import { formatList, formatMean, matchingText, type MatchingTextKey } from './texts';
import {
  type EligibilityCheck, type MatchGap, type MatchItem, type MatchMode, type MatchPreferences, type Recommendation,
  type RecommendationGroup, type RecommendInput, type RecommendResult,
} from './types';

/** Items per weak spot unless the caller asks otherwise. */
export const DEFAULT_PER_ASPECT = 6;
/** At most this many weak spots get a group. */
export const MAX_WEAK_SPOTS = 2;

const aspectName = (key: AspectKey, locale: Locale) => ASPECTS.find((a) => a.key === key)?.[locale] ?? key;
const kindWord = (kind: ItemKindKey, locale: Locale) => matchingText(locale, `kind_${kind}` as MatchingTextKey);
const round1 = (x: number) => Math.round(x * 10) / 10 || 0;

/** The owner's choices as filters; each one is said in the explanation. */
function passesPreferences(item: MatchItem, orgRegion: string, prefs: MatchPreferences): boolean {
  if (prefs.kinds && prefs.kinds.length > 0 && !prefs.kinds.includes(item.kind)) return false;
  if (prefs.regionalOnly && !item.regions.includes(orgRegion)) return false;
  if (prefs.freeOnly && !(item.costEur == null || item.costEur === 0)) return false;
  if (prefs.language) {
    const languages = item.coach?.languages?.length ? item.coach.languages : item.language ? [item.language] : [];
    // An item that names no language stays: we cannot tell, and most are Dutch.
    if (languages.length > 0 && !languages.includes(prefs.language)) return false;
  }
  return true;
}

function preferenceTexts(prefs: MatchPreferences, locale: Locale): { code: string; text: string }[] {
  const out: { code: string; text: string }[] = [];
  if (prefs.regionalOnly) out.push({ code: 'pref_regional', text: matchingText(locale, 'pref_regional') });
  if (prefs.freeOnly) out.push({ code: 'pref_free', text: matchingText(locale, 'pref_free') });
  if (prefs.kinds && prefs.kinds.length > 0 && prefs.kinds.length < ITEM_KINDS.length) {
    const kinds = formatList(locale, ITEM_KINDS.filter((k) => prefs.kinds?.includes(k)).map((k) => matchingText(locale, `kinds_${k}` as MatchingTextKey)));
    out.push({ code: 'pref_kinds', text: matchingText(locale, 'pref_kinds', { kinds }) });
  }
  if (prefs.language) {
    const language = matchingText(locale, `language_${prefs.language}` as MatchingTextKey);
    out.push({ code: 'pref_language', text: matchingText(locale, 'pref_language', { language }) });
  }
  return out;
}

/** A recommendation with its unrounded score, which orders the lists (ties: by id). */
type Ranked<T extends MatchItem> = Recommendation<T> & { exact: number };
const byScore = <T extends MatchItem>(a: Ranked<T>, b: Ranked<T>) => b.exact - a.exact || a.item.id.localeCompare(b.item.id);
const strip = <T extends MatchItem>({ item, aspect, score, reasons, eligibility }: Ranked<T>): Recommendation<T> => ({ item, aspect, score, reasons, eligibility });

/**
 * Top `limit` of one group: first the best candidate of every kind (its own, or one shown for
 * another weak spot when that is the only one of the kind), then the best of its own up to the
 * limit, at most half the limit of one kind as long as other kinds have candidates left.
 */
function selectGroup<T extends MatchItem>(
  candidates: Ranked<T>[], isOwn: (r: Ranked<T>) => boolean, kinds: readonly ItemKindKey[], limit: number,
): Ranked<T>[] {
  const picked: Ranked<T>[] = [];
  const perKind = new Map<ItemKindKey, number>();
  const take = (r: Ranked<T>) => {
    picked.push(r);
    perKind.set(r.item.kind, (perKind.get(r.item.kind) ?? 0) + 1);
  };
  for (const kind of kinds) {
    if (picked.length >= limit) break;
    const ofKind = candidates.filter((r) => r.item.kind === kind);
    const best = ofKind.find(isOwn) ?? ofKind[0];
    if (best) take(best);
  }
  // At most half of one kind while other kinds have candidates left; then fill up regardless.
  const maxPerKind = Math.max(1, Math.ceil(limit / 2));
  for (const capped of [true, false]) {
    for (const r of candidates) {
      if (picked.length >= limit) break;
      if (picked.includes(r) || !isOwn(r) || (capped && (perKind.get(r.item.kind) ?? 0) >= maxPerKind)) continue;
      take(r);
    }
  }
  return picked.sort(byScore);
}

/**
 * Recommendations for an organisation: eligible items only (checkEligibility, a hard filter),
 * never a dismissed one, filtered openly by the owner's preferences, ranked per weak spot
 * (ranking.ts), with every kind represented per weak spot where an eligible item exists and a
 * gap reported where none does. Without scan results: a profile-based list (mode 'profile').
 */
export function recommend<T extends MatchItem>(input: RecommendInput<T>): RecommendResult<T> {
  const { org, today, locale } = input;
  assertCalendarDate(today, 'today');
  const prefs = input.preferences ?? {};
  const perAspect = input.perAspect ?? DEFAULT_PER_ASPECT;
  if (!Number.isInteger(perAspect) || perAspect < 1) throw new RangeError('perAspect must be a whole number of at least 1');
  const kinds = ITEM_KINDS.filter((k) => !prefs.kinds?.length || prefs.kinds.includes(k));

  // Hard filters: dismissed, eligibility; then the owner's preferences.
  const eligible: { item: T; checks: EligibilityCheck[] }[] = [];
  for (const item of input.items) {
    if (input.dismissed?.has(item.id)) continue;
    const e = checkEligibility(item, org, today, locale);
    if (e.eligible) eligible.push({ item, checks: e.checks });
  }
  const wanted = eligible.filter((e) => passesPreferences(e.item, org.region, prefs));

  // Mode and weak spots.
  const means: Partial<Record<AspectKey, number>> = {};
  for (const key of ASPECT_KEYS) {
    const m = input.aspectMeans?.[key];
    if (typeof m === 'number' && Number.isFinite(m)) means[key] = m;
  }
  const scored = ASPECT_KEYS.filter((k) => means[k] !== undefined);
  const ascending = scored.slice().sort((a, b) => (means[a] as number) - (means[b] as number) || ASPECT_KEYS.indexOf(a) - ASPECT_KEYS.indexOf(b));
  const average = scored.length ? scored.reduce((s, k) => s + (means[k] as number), 0) / scored.length : null;
  const given = [...new Set(input.weakSpots.filter(isAspectKey))];
  let mode: MatchMode;
  let spots: AspectKey[];
  if (scored.length === 0 && given.length === 0) {
    mode = 'profile';
    spots = [];
  } else if (scored.length > 0 && (means[ascending[0]] as number) >= HIGH_MEAN) {
    mode = 'all_high';
    spots = [given[0] ?? ascending[0]];
  } else {
    mode = 'weak_spots';
    spots = (given.length ? given : ascending).slice(0, MAX_WEAK_SPOTS);
  }

  const ctx: RankingContext = {
    org, today, locale, mode, means: scored.length ? means : null, average, ascending, weakSpots: spots,
    rotationKey: input.rotationKey ?? org.id,
  };
  const recommendation = (e: { item: T; checks: EligibilityCheck[] }, aspect: AspectKey | null): Ranked<T> => {
    const s = scoreItem(e.item, aspect, ctx);
    return { item: e.item, aspect, score: round1(s.score), reasons: s.reasons, eligibility: e.checks, exact: s.score };
  };

  const groups: { aspect: AspectKey | null; mean: number | null; intro: string; items: Ranked<T>[] }[] = [];
  const gaps: MatchGap[] = [];

  if (mode === 'profile') {
    const candidates = wanted.map((e) => recommendation(e, null)).sort(byScore);
    groups.push({ aspect: null, mean: null, intro: matchingText(locale, 'intro_profile'), items: selectGroup(candidates, () => true, kinds, 2 * perAspect) });
    for (const kind of kinds) {
      if (!candidates.some((r) => r.item.kind === kind)) {
        const reason = eligible.some((e) => e.item.kind === kind) ? 'preferences' : 'none_eligible';
        gaps.push({ aspect: null, kind, reason, text: matchingText(locale, 'gap_profile', { kind: kindWord(kind, locale) }) });
      }
    }
  } else {
    const perSpot = spots.map((aspect) => wanted.filter((e) => e.item.aspects.includes(aspect)).map((e) => recommendation(e, aspect)).sort(byScore));
    // Each item belongs to the weak spot where it scores highest (ties: the weaker spot).
    const home = new Map<string, { spot: number; exact: number }>();
    perSpot.forEach((list, spot) => {
      for (const r of list) {
        const seen = home.get(r.item.id);
        if (!seen || r.exact > seen.exact) home.set(r.item.id, { spot, exact: r.exact });
      }
    });
    spots.forEach((aspect, i) => {
      const candidates = perSpot[i];
      const mean = means[aspect] ?? null;
      const vars = { aspect: aspectName(aspect, locale), mean: mean === null ? '' : formatMean(locale, mean) };
      const intro = mode === 'all_high' ? matchingText(locale, 'intro_all_high', vars)
        : mean === null ? matchingText(locale, 'intro_unscored', vars)
          : ascending[0] === aspect ? matchingText(locale, 'intro_lowest', vars) : matchingText(locale, 'intro_weak', vars);
      groups.push({ aspect, mean, intro, items: selectGroup(candidates, (r) => home.get(r.item.id)?.spot === i, kinds, perAspect) });
      for (const kind of kinds) {
        if (candidates.some((r) => r.item.kind === kind)) continue;
        const filtered = eligible.some((e) => e.item.kind === kind && e.item.aspects.includes(aspect));
        gaps.push({
          aspect, kind, reason: filtered ? 'preferences' : 'none_eligible',
          text: matchingText(locale, filtered ? 'gap_preferences' : 'gap', { aspect: aspectName(aspect, locale), kind: kindWord(kind, locale) }),
        });
      }
    });
  }

  // The flat list: every item once, at its best score.
  const best = new Map<string, Ranked<T>>();
  for (const group of groups) {
    for (const r of group.items) {
      const seen = best.get(r.item.id);
      if (!seen || r.exact > seen.exact) best.set(r.item.id, r);
    }
  }
  const items = [...best.values()].sort(byScore).map(strip);
  const result: RecommendationGroup<T>[] = groups.map((g) => ({ ...g, items: g.items.map(strip) }));

  const explanation = [
    { code: mode === 'profile' ? 'explain_profile' : 'explain_weak_spots', text: matchingText(locale, mode === 'profile' ? 'explain_profile' : 'explain_weak_spots') },
    ...preferenceTexts(prefs, locale),
  ];
  return { mode, groups: result, items, gaps, explanation };
}
