import type { ItemKind, SearchQuery } from '@groeiwijzer/contracts';
import { isAspectKey, isRegionKey, isSectorCode, NATIONWIDE, SIZE_CLASSES, type AspectKey, type SizeClass } from '@groeiwijzer/domain';

export const ITEM_KINDS: readonly ItemKind[] = ['scheme', 'training', 'coach'];
export const FILTER_KEYS = ['kind', 'region', 'sector', 'aspect', 'sizeClass'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Results per page; the API gets it with every search. */
export const PER_PAGE = 10;
const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 1000;

/** What the search page shows, as kept in the address bar (q, filters, page). */
export interface SearchState {
  q: string;
  kind?: ItemKind;
  region?: string;
  sector?: string;
  aspect?: AspectKey;
  sizeClass?: SizeClass;
  page: number;
}

export const EMPTY_SEARCH: SearchState = { q: '', page: 1 };

function isItemKind(value: unknown): value is ItemKind {
  return typeof value === 'string' && (ITEM_KINDS as readonly string[]).includes(value);
}

function isSizeClass(value: unknown): value is SizeClass {
  return typeof value === 'string' && (SIZE_CLASSES as readonly string[]).includes(value);
}

const validators: Record<FilterKey, (value: string) => boolean> = {
  kind: isItemKind,
  region: (value) => value === NATIONWIDE || isRegionKey(value),
  sector: isSectorCode,
  aspect: isAspectKey,
  sizeClass: isSizeClass,
};

/** The trimmed search words, with runs of spaces made one. */
export function normaliseQuery(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
}

/** Reads the address bar; unknown or invalid values (an old link, a typo) are left out. */
export function readSearchState(params: URLSearchParams): SearchState {
  const state: SearchState = { q: normaliseQuery(params.get('q') ?? ''), page: 1 };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value && validators[key](value)) (state as unknown as Record<string, string>)[key] = value;
  }
  const page = params.get('page') ?? '';
  if (/^\d{1,4}$/.test(page)) state.page = Math.min(Math.max(Number(page), 1), MAX_PAGE);
  return state;
}

/** The address-bar form: only what is set, in a fixed order, page 1 left out. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** "?q=…&kind=…" for a link, or "" when nothing is set. */
export function searchHref(state: SearchState): string {
  const query = writeSearchState(state).toString();
  return query ? `?${query}` : '';
}

export function toSearchQuery(state: SearchState, perPage = PER_PAGE): SearchQuery {
  const query: SearchQuery = { page: state.page, perPage };
  if (state.q) query.q = state.q;
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value) (query as Record<string, unknown>)[key] = value;
  }
  return query;
}

export function activeFilters(state: SearchState): { key: FilterKey; value: string }[] {
  return FILTER_KEYS.flatMap((key) => {
    const value = state[key];
    return value ? [{ key, value }] : [];
  });
}

/** Another filter value (or none): the results start again at page 1. */
export function withFilter(state: SearchState, key: FilterKey, value: string | undefined): SearchState {
  const next: SearchState = { ...state, page: 1 };
  if (value && validators[key](value)) (next as unknown as Record<string, string>)[key] = value;
  else delete next[key];
  return next;
}

/** Same words, no filters, page 1. */
export function withoutFilters(state: SearchState): SearchState {
  return { q: state.q, page: 1 };
}

export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: normaliseQuery(q), page: 1 };
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page: Math.min(Math.max(Math.floor(page), 1), MAX_PAGE) };
}

export function pageCount(total: number, perPage: number): number {
  return perPage > 0 ? Math.max(1, Math.ceil(total / perPage)) : 1;
}
