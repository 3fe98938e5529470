import { analysedTerms, ASPECT_KEYS, ASPECT_WORDS, type NormalisedItem, NATIONWIDE, REGIONS, SECTORS, SIZE_CLASSES, STOP_WORDS, SYNONYM_GROUPS } from '@groeiwijzer/domain';
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

/** The field of a document that says the item names a region, sector or size itself (not as
 * nationwide or for all). With such a filter set, a search sorts on it right after the words
 * matched, so those items come first among items matching as many words (as the other engines'
 * SPECIFIC_FILTER_BOOST; with two or three such filters Meilisearch orders by region, then
 * sector, then size, where the others count how many an item names). */
export const namedField = (facet: 'region' | 'sector' | 'sizeClass', value: string) => `named.${facet}_${value}`;

const NAMED_FIELDS = [
  ...REGIONS.map((r) => namedField('region', r.key)), ...SECTORS.map((s) => namedField('sector', s.code)), ...SIZE_CLASSES.map((s) => namedField('sizeClass', s)),
];

export function indexSettings() {
  return {
    // Meilisearch's own order, with `sort` moved up behind `words` (see namedField): a search with
    // words sorts only on those fields, and one without words also on publishedAtMs.
    rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
    // `terms`: the analyser's terms (compound parts, derived forms), which Meilisearch cannot make.
    searchableAttributes: ['title', 'summary', 'provider', 'aspectNames', 'terms', 'description'],
    filterableAttributes: ['kind', 'regions', 'aspects', 'sectorFilter', 'sizeClassFilter', 'validFromDay', 'validUntilDay'],
    sortableAttributes: ['publishedAtMs', ...NAMED_FIELDS],
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
  /** Aspect names, "Engels English" and the compound parts, as PostgreSQL stores them (`searchExtras`). */
  aspectNames: string;
  /** The analysed field: what the shared analyser adds to the item's words (`analysedTerms`). */
  terms: string;
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
  /** 1 per region, sector and size the item names itself (`named.region_twente`, see namedField). */
  named: Record<string, 1>;
}

export const dayNumber = (date: string) => Number(date.replace(/-/g, ''));

export interface IndexableRow {
  id: string;
  item: NormalisedItem;
  publishedAt: Date | null;
  /** The stored `aspect_names` (compound parts split against the catalogue's words when written). */
  searchExtras?: string;
}

/** The compound parts at the end of a stored `searchExtras` text: its words less the aspect names and "Engels English". */
function storedParts(item: NormalisedItem, stored: string | undefined): string[] {
  if (!stored) return [];
  const fixed = new Set(searchExtras(item).split(' '));
  return stored.split(' ').filter((w) => w && !fixed.has(w));
}

export function toDocument({ id, item, publishedAt, searchExtras: stored }: IndexableRow): MeiliDocument {
  const parts = storedParts(item, stored);
  return {
    id,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    description: item.description,
    provider: item.provider,
    aspectNames: searchExtras(item, parts),
    terms: analysedTerms([item.title, item.summary, item.provider, item.description], parts),
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
    named: Object.fromEntries([
      ...item.regions.filter((r) => r !== NATIONWIDE).map((r) => `region_${r}`), ...item.sectors.map((c) => `sector_${c}`), ...item.sizeClasses.map((c) => `sizeClass_${c}`),
    ].map((key) => [key, 1 as const])),
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

/** The sort of a search: items that name a chosen region, sector or size first (see namedField);
 * without words, then newest first. */
function sortOf(p: SearchParams): string[] | undefined {
  const named = [
    p.region && p.region !== NATIONWIDE ? namedField('region', p.region) : null, p.sector ? namedField('sector', p.sector) : null,
    p.sizeClass ? namedField('sizeClass', p.sizeClass) : null,
  ].filter((f): f is string => f !== null).map((f) => `${f}:desc`);
  if (!p.q.trim()) return [...named, 'publishedAtMs:desc'];
  return named.length ? named : undefined;
}

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
    sort: sortOf(p),
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
