import { ASPECT_KEYS, ASPECT_WORDS, type NormalisedItem, NATIONWIDE, STOP_WORDS, SYNONYM_GROUPS } from '@groeiwijzer/domain';
import { searchExtras } from '../../item.mapper';
import { type FacetName, type SearchParams } from '../search-engine';

/** Everything the app tells Meilisearch about the index, and how items and searches are
 * translated for it. Pure, so it is tested without a Meilisearch server. */

export const HIGHLIGHT_OPEN = '\u0002';
export const HIGHLIGHT_CLOSE = '\u0003';

/** Each word of a thesaurus entry points to the others (Meilisearch wants it spelt out), and each
 * plain word for an aspect to the word of that aspect's name (one way, as the other engines). */
export function synonymMap(): Record<string, string[]> {
  const map: Record<string, Set<string>> = {};
  for (const group of SYNONYM_GROUPS) for (const word of group) {
    map[word] ??= new Set();
    for (const other of group) if (other !== word) map[word].add(other);
  }
  for (const key of ASPECT_KEYS) {
    const { target, nl, en } = ASPECT_WORDS[key];
    for (const word of [...nl, ...en]) if (word !== target) (map[word] ??= new Set()).add(target);
  }
  return Object.fromEntries(Object.entries(map).map(([word, others]) => [word, [...others].sort()]));
}

export function indexSettings() {
  return {
    searchableAttributes: ['title', 'summary', 'provider', 'aspectNames', 'description'],
    filterableAttributes: ['kind', 'regions', 'aspects', 'sectorFilter', 'sizeClassFilter', 'validFromDay', 'validUntilDay'],
    sortableAttributes: ['publishedAtMs'],
    displayedAttributes: ['*'],
    synonyms: synonymMap(),
    stopWords: [...STOP_WORDS].sort(),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 100_000 },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
  };
}

export interface MeiliDocument {
  id: string;
  kind: string;
  title: string;
  summary: string;
  description: string;
  provider: string;
  aspectNames: string;
  aspects: string[];
  regions: string[];
  sectors: string[];
  sizeClasses: string[];
  /** `*` stands for "all": a filter on any value also finds these. */
  sectorFilter: string[];
  sizeClassFilter: string[];
  costEur: number | null;
  format: string | null;
  validUntil: string | null;
  /** Days as numbers (YYYYMMDD); open ends become 0 and 99991231 so one range filter works. */
  validFromDay: number;
  validUntilDay: number;
  details: Pick<NormalisedItem, 'scheme' | 'training' | 'coach'>;
  publishedAtMs: number;
}

export const dayNumber = (date: string) => Number(date.replace(/-/g, ''));

export interface IndexableRow {
  id: string;
  item: NormalisedItem;
  publishedAt: Date | null;
}

export function toDocument({ id, item, publishedAt }: IndexableRow): MeiliDocument {
  return {
    id,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    description: item.description,
    provider: item.provider,
    aspectNames: searchExtras(item),
    aspects: item.aspects,
    regions: item.regions,
    sectors: item.sectors,
    sizeClasses: item.sizeClasses,
    sectorFilter: item.sectors.length ? item.sectors : ['*'],
    sizeClassFilter: item.sizeClasses.length ? item.sizeClasses : ['*'],
    costEur: item.costEur,
    format: item.format,
    validUntil: item.validUntil,
    validFromDay: item.validFrom ? dayNumber(item.validFrom) : 0,
    validUntilDay: item.validUntil ? dayNumber(item.validUntil) : 99991231,
    details: { scheme: item.scheme, training: item.training, coach: item.coach },
    publishedAtMs: publishedAt ? publishedAt.getTime() : 0,
  };
}

/** Filter values come from validated keys only; quoting is still done properly. */
const quote = (value: string) => JSON.stringify(value);

/** The filter of a search; `except`: without that facet's own filter (disjunctive facets). */
export function buildFilter(p: SearchParams, except?: FacetName): string[] {
  const today = dayNumber(p.today);
  const filter = [`validFromDay <= ${today}`, `validUntilDay >= ${today}`];
  const on = (facet: FacetName) => Boolean(p[facet]) && facet !== except;
  if (on('kind')) filter.push(`kind = ${quote(p.kind as string)}`);
  if (on('region')) filter.push(p.region === NATIONWIDE ? `regions = ${quote(NATIONWIDE)}` : `regions IN [${quote(p.region as string)}, ${quote(NATIONWIDE)}]`);
  if (on('sector')) filter.push(`sectorFilter IN [${quote(p.sector as string)}, "*"]`);
  if (on('sizeClass')) filter.push(`sizeClassFilter IN [${quote(p.sizeClass as string)}, "*"]`);
  if (on('aspect')) filter.push(`aspects = ${quote(p.aspect as string)}`);
  return filter;
}

export const FACET_ATTRIBUTES: Record<string, FacetName> = {
  kind: 'kind', regions: 'region', aspects: 'aspect', sectorFilter: 'sector', sizeClassFilter: 'sizeClass',
};

export function searchRequest(p: SearchParams) {
  return {
    filter: buildFilter(p),
    facets: Object.keys(FACET_ATTRIBUTES),
    page: p.page,
    hitsPerPage: p.perPage,
    // Items matching every word first, then those that miss the most frequent words (rare words
    // count most), as the other engines rank partial matches.
    matchingStrategy: 'frequency' as const,
    attributesToHighlight: ['title', 'summary'],
    highlightPreTag: HIGHLIGHT_OPEN,
    highlightPostTag: HIGHLIGHT_CLOSE,
    sort: p.q.trim() ? undefined : ['publishedAtMs:desc'],
  };
}

/** The Meilisearch attribute that holds each facet's values. */
const ATTRIBUTE_OF = Object.fromEntries(Object.entries(FACET_ATTRIBUTES).map(([attribute, facet]) => [facet, attribute])) as Record<FacetName, string>;

/** A search as one Meilisearch multi-search (disjunctive facets, as Meilisearch does them): the
 * search itself, then per facet with a filter set one query without that facet's own filter,
 * asking only for that facet's distribution (no hits). `facetDistribution` merges the answers. */
export function multiSearchRequest(p: SearchParams, indexUid: string) {
  const q = p.q.trim() || null;
  const facets = (Object.values(FACET_ATTRIBUTES) as FacetName[]).filter((facet) => p[facet]);
  return {
    queries: [
      { indexUid, q, ...searchRequest(p) },
      ...facets.map((facet) => ({
        indexUid, q, filter: buildFilter(p, facet), facets: [ATTRIBUTE_OF[facet]], limit: 0, matchingStrategy: 'frequency' as const,
      })),
    ],
  };
}

/** The facet distribution of a multi-search's answers (in the order of `multiSearchRequest`):
 * each filtered facet's counts from its own query, the others' from the search itself. */
export function facetDistribution(results: { facetDistribution?: Record<string, Record<string, number>> }[]): Record<string, Record<string, number>> {
  const [main, ...perFacet] = results;
  const merged = { ...(main?.facetDistribution ?? {}) };
  for (const result of perFacet) {
    for (const [attribute, counts] of Object.entries(result.facetDistribution ?? {})) merged[attribute] = counts;
  }
  return merged;
}

/** Meilisearch's facet distribution as rows for `facetsFromCounts`. */
export function facetRows(distribution: Record<string, Record<string, number>> | undefined) {
  return Object.entries(distribution ?? {}).flatMap(([attribute, counts]) =>
    FACET_ATTRIBUTES[attribute] ? Object.entries(counts).map(([value, n]) => ({ facet: FACET_ATTRIBUTES[attribute], value, n })) : [],
  );
}
