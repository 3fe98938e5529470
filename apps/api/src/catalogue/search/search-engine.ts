import { type FacetCounts, type ItemKind, type SearchHit, type SearchResponse } from '@groeiwijzer/contracts';
import { NATIONWIDE, REGIONS, SECTORS, SIZE_CLASSES } from '@groeiwijzer/domain';

/** A validated search, with the day that decides what is currently valid. */
export interface SearchParams {
  q: string;
  kind?: ItemKind;
  region?: string;
  sector?: string;
  aspect?: string;
  sizeClass?: string;
  page: number;
  perPage: number;
  /** YYYY-MM-DD in Europe/Amsterdam. */
  today: string;
}

export type SearchResult = Pick<SearchResponse, 'hits' | 'total' | 'facets'>;

/** One contract, two engines: PostgreSQL full-text search (default) and Meilisearch. */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  search(params: SearchParams): Promise<SearchResult>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

export type FacetName = keyof SearchResponse['facets'];

const ALL: Record<'region' | 'sector' | 'sizeClass', readonly string[]> = {
  region: REGIONS.map((r) => r.key),
  sector: SECTORS.map((s) => s.code),
  sizeClass: SIZE_CLASSES,
};

/** Facet counts say how many results a filter on that value would keep. Items open to all
 * (nationwide, every sector, every size, written as `*` by the engines) count under every value,
 * as the filters treat them. Values with no results are left out. */
export function facetsFromCounts(raw: { facet: FacetName; value: string; n: number }[]): SearchResponse['facets'] {
  const facets: SearchResponse['facets'] = { kind: {}, region: {}, aspect: {}, sector: {}, sizeClass: {} };
  const open: Partial<Record<FacetName, number>> = {};
  for (const { facet, value, n } of raw) {
    if (!Number(n)) continue;
    if (value === '*' || (facet === 'region' && value === NATIONWIDE)) open[facet] = (open[facet] ?? 0) + Number(n);
    if (value !== '*') facets[facet][value] = (facets[facet][value] ?? 0) + Number(n);
  }
  for (const facet of ['region', 'sector', 'sizeClass'] as const) {
    const extra = open[facet] ?? 0;
    if (extra) for (const key of ALL[facet]) facets[facet][key] = (facets[facet][key] ?? 0) + extra;
  }
  return facets;
}

export type { FacetCounts, SearchHit };
