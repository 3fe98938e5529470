import { type ItemKind, type SearchResponse } from '@groeiwijzer/contracts';
import { type HitSource } from '../hit.mapper';

/** A searchable item as the index keeps it: what a hit shows, what the filters test, and its
 * `tsvector` as PostgreSQL made it (so stems and weights are PostgreSQL's own). */
export interface IndexedItem extends HitSource {
  validFrom: string | null;
  publishedAt: number;
  vector: string;
}

/** One option of a query group: a lexeme, matched exactly or as a prefix. */
export interface QueryOption {
  lexeme: string;
  prefix: boolean;
  /** A related word (a synonym): its matches weigh RELATED_WEIGHT. */
  related?: boolean;
}

/** What to match: every group must match, a group matches when one of its options does. An
 * empty plan matches every item; `null` matches none (every word of the query was a stop word). */
export type QueryPlan = QueryOption[][] | null;

export interface IndexFilters {
  kind?: ItemKind;
  region?: string;
  sector?: string;
  aspect?: string;
  sizeClass?: string;
}

export type Facets = SearchResponse['facets'];

export interface IndexResult {
  /** The page, best first. */
  hits: HitSource[];
  total: number;
  /** Counts per facet value, as the filters would find them: items open to all (nationwide,
   * every sector, every size) count under every value (see facetsFromCounts). Disjunctive: a
   * facet with a filter set counts the search with every filter but its own. */
  facets: Facets;
}
