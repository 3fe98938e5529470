import type { ItemKind, RecommendationsQuery } from '@groeiwijzer/contracts';

export const RECOMMENDATION_KINDS: readonly ItemKind[] = ['scheme', 'training', 'coach'];
export const OFFER_LANGUAGES = ['nl', 'en'] as const;
export type OfferLanguage = (typeof OFFER_LANGUAGES)[number];

/** What drives the "Hulp vinden" list, as kept in the address bar: a list can be shared and
 * the back button undoes a choice. The names are the API's query parameters. */
export interface RecommendationFilters {
  roundId?: string;
  kind?: ItemKind;
  regionalOnly: boolean;
  freeOnly: boolean;
  language?: OfferLanguage;
}

export const NO_FILTERS: RecommendationFilters = { regionalOnly: false, freeOnly: false };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isKind = (value: string | null): value is ItemKind => value !== null && (RECOMMENDATION_KINDS as readonly string[]).includes(value);
const isLanguage = (value: string | null): value is OfferLanguage => value !== null && (OFFER_LANGUAGES as readonly string[]).includes(value);
const isOn = (value: string | null) => value === 'true' || value === '1';

/** Reads the address bar; anything unknown (an old link, a typo) is left out. */
export function readFilters(params: URLSearchParams): RecommendationFilters {
  const filters: RecommendationFilters = { regionalOnly: isOn(params.get('regionalOnly')), freeOnly: isOn(params.get('freeOnly')) };
  const roundId = params.get('roundId');
  if (roundId && UUID.test(roundId)) filters.roundId = roundId.toLowerCase();
  const kind = params.get('kind');
  if (isKind(kind)) filters.kind = kind;
  const language = params.get('language');
  if (isLanguage(language)) filters.language = language;
  return filters;
}

/** The address-bar form: only what is set, in a fixed order. */
export function writeFilters(filters: RecommendationFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.roundId) params.set('roundId', filters.roundId);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.regionalOnly) params.set('regionalOnly', 'true');
  if (filters.freeOnly) params.set('freeOnly', 'true');
  if (filters.language) params.set('language', filters.language);
  return params;
}

/** "?kind=coach" for a link, or "" when nothing is set. */
export function filtersHref(filters: RecommendationFilters): string {
  const query = writeFilters(filters).toString();
  return query ? `?${query}` : '';
}

/** The API query: the same choices, without the false flags. */
export function toRecommendationsQuery(filters: RecommendationFilters): RecommendationsQuery {
  const query: RecommendationsQuery = {};
  if (filters.roundId) query.roundId = filters.roundId;
  if (filters.kind) query.kind = filters.kind;
  if (filters.regionalOnly) query.regionalOnly = true;
  if (filters.freeOnly) query.freeOnly = true;
  if (filters.language) query.language = filters.language;
  return query;
}

/** How many of the owner's own choices are on (the round is where the list comes from, not a choice). */
export function activeChoiceCount(filters: RecommendationFilters): number {
  return [filters.kind, filters.regionalOnly || undefined, filters.freeOnly || undefined, filters.language].filter(Boolean).length;
}

/** The choices cleared; the round stays. */
export function withoutChoices(filters: RecommendationFilters): RecommendationFilters {
  return filters.roundId ? { ...NO_FILTERS, roundId: filters.roundId } : { ...NO_FILTERS };
}
