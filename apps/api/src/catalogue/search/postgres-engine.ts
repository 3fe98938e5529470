import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  compoundCandidates, compoundSplit, conceptsOf, foldText, RELATED_WEIGHT, SPECIFIC_FILTER_BOOST, markHighlight, queryTerms, requiredMatches, splitCompoundTerms, SYNONYM_GROUPS, termGroups, toTsQueryGroups, toTsQueryRankTexts, type QueryTerm,
  type TermGroup,
} from '@groeiwijzer/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CatalogueChanges } from '../catalogue-changes';
import { ENOUGH_FULL_MATCHES, type QueryOption, type QueryPlan } from './memory/catalogue-index';
import { IndexKeeper } from './memory/index-keeper';
import { IndexThread } from './memory/index-thread';
import { eachTextWord } from './memory/tsvector';
import { NATIONWIDE } from '@groeiwijzer/domain';
import { facetsFromCounts, type FacetName, type SearchEngine, type SearchParams, type SearchResult } from './search-engine';
import { toHit, type HitSource } from './hit.mapper';
import { addLexiconWords, correctionRows, knownWords, runSearchStatement } from './postgres-search.queries';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** How alike (trigram similarity) a catalogue word must be to correct a word of `length` letters
 * that the catalogue does not have: pg_trgm's 0.3 for short words, more for longer ones, so a real
 * word the catalogue lacks ("rente", "bakkerij") is not read as a typo of another ("twente"). */
export const correctionSimilarity = (length: number) => (length >= 5 ? 0.4 : 0.3);

/** A word of 5 letters or more also matches as a prefix, so it is no typo when a catalogue word
 * starts with it ("arbeidsmarkt" in "arbeidsmarktcoach"): the word the owner typed stays. */
const knownAsPrefix = (t: QueryTerm) => t.prefix || t.word.length >= 5;

/** Misspelt words (not in the catalogue's word list, also not as a prefix) and their nearest words;
 * ties as the memory index breaks them (SpellingIndex.nearest): the closest length, then the
 * first alphabetically. */
export const CORRECTIONS_SQL = `
  SELECT t.word, c.word AS alt
    FROM unnest($1::text[], $2::bool[]) AS t(word, prefix)
    CROSS JOIN LATERAL (
      SELECT l.word FROM catalogue_lexicon l WHERE l.word % t.word
       ORDER BY l.word <-> t.word, abs(length(l.word) - length(t.word)), l.word LIMIT 1
    ) c
   WHERE length(t.word) >= 4
     AND similarity(c.word, t.word) >= CASE WHEN length(t.word) >= 5 THEN 0.4 ELSE 0.3 END
     AND NOT EXISTS (
       SELECT 1 FROM catalogue_lexicon x
        WHERE CASE WHEN t.prefix THEN x.word >= t.word AND x.word < t.word || '{' ELSE x.word = t.word END)`;

/** Query words whose split is kept (then it starts over): words owners type recur. */
const SPLITS_KEPT = 20_000;

/** The default engine: PostgreSQL full-text search with the `gw_dutch` configuration (Dutch
 * stems, accents ignored), trigram spelling correction, synonyms and prefix matching.
 *
 * By default each instance answers from an in-memory index of the rows' stored tsvectors (see
 * `IndexKeeper`), kept in step with the database within `SEARCH_REFRESH_MS`: a search then costs
 * the postings of its words, not a scan of every match in SQL. PostgreSQL still does the Dutch:
 * the tsvectors are its own, the query's words get their lexemes from `to_tsvector`, and
 * misspelt words their nearest catalogue word from `pg_trgm`. With `SEARCH_MEMORY_INDEX=false`
 * every search runs the one SQL statement of `buildSearchSql` instead (same matches, totals and
 * facets; the memory index ranks by a close cousin of `ts_rank_cd` without word distances). */
@Injectable()
export class PostgresSearchEngine implements SearchEngine, OnApplicationBootstrap, OnApplicationShutdown {
  readonly name = 'postgres' as const;
  private readonly keeper: IndexKeeper | null;
  /** The index in a worker thread (SEARCH_INDEX_THREAD); then `keeper` keeps only the words. */
  private readonly thread: IndexThread | null = null;
  private readonly logger = new Logger('Search');
  private readonly unlisten: () => void = () => undefined;
  /** Per query word, the parts it splits into (kept for the catalogue word list of `splitsAt` words). */
  private readonly splits = new Map<string, string[]>();
  private splitsAt = -1;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'searchMemoryIndex' | 'searchRefreshMs'> & { searchIndexCacheEntries?: number; searchIndexThread?: boolean },
    @Optional() changes?: CatalogueChanges,
  ) {
    // The worker thread connects by the database's URL (a DataSource made without one keeps the index here).
    const url = (db as { options?: { url?: string } }).options?.url;
    if (config.searchMemoryIndex && config.searchIndexThread && url) {
      this.thread = new IndexThread({ url, refreshMs: config.searchRefreshMs, cacheEntries: config.searchIndexCacheEntries }, (m) => this.logger.warn(`search index: ${m}`));
    }
    this.keeper = config.searchMemoryIndex
      ? new IndexKeeper(db, { refreshMs: config.searchRefreshMs, cacheEntries: config.searchIndexCacheEntries, part: this.thread ? 'words' : 'all' })
      : null;
    if (this.keeper && changes) {
      this.unlisten = changes.subscribe(() => {
        this.keeper?.markDirty();
        this.thread?.markDirty();
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.unlisten();
    await Promise.all([this.keeper?.stop(), this.thread?.stop()]);
  }

  /** The synonym list's words are spelling targets too: "coch" finds coaches even when no item
   * uses the bare word "coach". The memory index is read in the background. */
  async onApplicationBootstrap(): Promise<void> {
    const words = [...new Set(SYNONYM_GROUPS.flat().map(foldText).filter((w) => /^[a-z0-9]{3,40}$/.test(w)))];
    await addLexiconWords(this.db, words);
    this.keeper?.start((error) => this.logger.warn(`search index not refreshed: ${(error as Error).message}`));
    this.thread?.start();
  }

  async search(p: SearchParams): Promise<SearchResult> {
    // The index first: its word list splits the query's compounds.
    const index = this.keeper ? await this.keeper.fresh() : null;
    const terms = await this.splitCompounds(queryTerms(p.q));
    if (!this.keeper || !index) {
      const termed = terms.length ? termGroups(terms, await this.corrections(terms)) : [];
      const { sql, values } = buildSearchSql(p, toTsQueryGroups(termed), toTsQueryRankTexts(termed), conceptsOf(termed));
      const row = await runSearchStatement(this.db, sql, values);
      const hits = ((row.hits ?? []) as (HitSource & { hl_title: string; hl_summary: string })[]).map((h) =>
        toHit(h, p.today, { title: markHighlight(h.hl_title, OPEN, CLOSE), summary: markHighlight(h.hl_summary, OPEN, CLOSE) }),
      );
      return { hits, total: Number(row.total), facets: facetsFromCounts((row.facets ?? []) as { facet: FacetName; value: string; n: number }[]) };
    }
    const { plan, concepts } = terms.length ? await this.plan(termGroups(terms, await this.corrections(terms))) : { plan: [], concepts: [] };
    const result = this.thread ? await this.thread.search(plan, p, concepts) : index.search(plan, p, p.today, p.page, p.perPage, requiredMatches, concepts);
    const keeper = this.keeper;
    const mark = highlighter(plan ?? []);
    const known = (word: string) => keeper.lexemeOf(word);
    let marked = result.hits.map((h) => markHit(h, mark, known));
    if (marked.some((m) => m === null)) {
      // Words the index has not met yet (it learns titles and summaries as it reads them); a word
      // still unknown after that counts as no match.
      await keeper.learnWords(result.hits.flatMap((h) => [h.title, h.summary]));
      const anyway = (word: string) => keeper.lexemeOf(word) ?? null;
      marked = result.hits.map((h) => markHit(h, mark, anyway));
    }
    const hits = result.hits.map((h, i) => toHit(h, p.today, marked[i] as { title: string; summary: string }));
    return { hits, total: result.total, facets: result.facets };
  }

  /** The query's groups as lexemes, as `to_tsquery` would make them of `toTsQueryText`: stop
   * words drop out of their group, empty groups drop out, and nothing left matches nothing. */
  private async plan(groups: TermGroup[]): Promise<{ plan: QueryPlan; concepts: number[] }> {
    const options = groups.map((g) => [
      { word: g.word, prefix: g.prefix || g.word.length >= 5, related: false },
      ...g.alternatives.map((word) => ({ word, prefix: false, related: (g.related ?? []).includes(word) })),
    ]);
    const keeper = this.keeper as IndexKeeper;
    await keeper.learnWords(options.flat().map((o) => o.word), true);
    const all = options.map((group) => group.flatMap((o) => {
      const lexeme = keeper.lexemeOf(o.word);
      return lexeme ? [{ lexeme, prefix: o.prefix, related: o.related }] : [];
    }));
    const kept = all.map((group) => group.length > 0);
    const plan = all.filter((_, i) => kept[i]);
    const concepts = conceptsOf(groups).filter((_, i) => kept[i]);
    return { plan: plan.length ? plan : null, concepts };
  }

  /** Query words that split into catalogue words ("lasopleiding" → las, opleiding), as their
   * parts (see splitCompoundTerms): by the in-memory word list, or the SQL one. */
  private async splitCompounds(terms: QueryTerm[]): Promise<QueryTerm[]> {
    if (this.keeper) {
      const { spelling } = this.keeper;
      // The word list only grows: the splits found hold while it has as many words.
      if (this.splitsAt !== spelling.size) {
        this.splits.clear();
        this.splitsAt = spelling.size;
      }
      const isWord = (w: string) => spelling.has(w, false);
      return splitCompoundTerms(terms, isWord, (word) => {
        let parts = this.splits.get(word);
        if (!parts) {
          parts = compoundSplit(word, isWord);
          if (this.splits.size >= SPLITS_KEPT) this.splits.clear();
          this.splits.set(word, parts);
        }
        return parts;
      });
    }
    const candidates = [...new Set(terms.flatMap((t) => compoundCandidates(t.word)))];
    if (!candidates.length) return terms;
    const words = new Set(await knownWords(this.db, candidates));
    return splitCompoundTerms(terms, (w) => words.has(w));
  }

  /** Misspelt words (4+ letters, not in the catalogue's word list, also not as a prefix) and
   * their nearest catalogue word: from the in-memory word list, or with `pg_trgm` in SQL. */
  private async corrections(terms: QueryTerm[]): Promise<Record<string, string[]>> {
    const candidates = terms.filter((t) => t.word.length >= 4 && !/^\d+$/.test(t.word));
    if (!candidates.length) return {};
    const out: Record<string, string[]> = {};
    if (this.keeper) {
      const { spelling } = this.keeper;
      for (const t of candidates) {
        if (spelling.has(t.word, knownAsPrefix(t))) continue;
        const near = spelling.nearest(t.word, correctionSimilarity(t.word.length));
        if (near) out[t.word] = [near];
      }
      return out;
    }
    const rows = await correctionRows(this.db, CORRECTIONS_SQL, candidates.map((t) => t.word), candidates.map(knownAsPrefix));
    for (const r of rows) (out[r.word] ??= []).push(r.alt);
    return out;
  }
}

/** A word's lexeme (lower case): null for a stop word, undefined when not known yet. */
type LexemeOf = (word: string) => string | null | undefined;
/** Marks a text's words whose lexeme the query matches; null when a word's lexeme is not known. */
type Marker = (text: string, lexemeOf: LexemeOf) => string | null;

/** A hit's title and summary marked, or null when a word's lexeme is not known yet. */
function markHit(h: HitSource, mark: Marker, lexemeOf: LexemeOf): { title: string; summary: string } | null {
  const title = mark(h.title, lexemeOf);
  const summary = title === null ? null : mark(h.summary, lexemeOf);
  return title === null || summary === null ? null : { title, summary };
}

/** Marks the words of a text whose lexeme the query matches (as ts_headline with HighlightAll),
 * in safe HTML. One pass over the text's words, each looked up as it comes: no list of a hit's
 * words is made (those lists were ~15 kB a search for the collector). */
export function highlighter(plan: QueryOption[][]): Marker {
  const exact = new Set(plan.flat().filter((o) => !o.prefix).map((o) => o.lexeme));
  const prefixes = plan.flat().filter((o) => o.prefix).map((o) => o.lexeme);
  return (text, lexemeOf) => {
    if (!exact.size && !prefixes.length) return markHighlight(text, OPEN, CLOSE);
    let out = '';
    let at = 0;
    let unknown = false;
    eachTextWord(text, (start, end) => {
      if (unknown) return;
      const lexeme = lexemeOf(text.slice(start, end).toLowerCase());
      if (lexeme === undefined) unknown = true;
      else if (lexeme !== null && (exact.has(lexeme) || prefixes.some((p) => lexeme.startsWith(p)))) {
        out += text.slice(at, start) + OPEN + text.slice(start, end) + CLOSE;
        at = end;
      }
    });
    return unknown ? null : markHighlight(out + text.slice(at), OPEN, CLOSE);
  };
}

/** The one statement behind a search: matches, total, facets and the page with highlights.
 * Facets are disjunctive: a facet with a filter set counts the matches that pass every other
 * filter, so the other values of a chosen facet keep their counts.
 * `groups`: one `to_tsquery` text per query word (its alternatives); an item matches when it
 * matches at least `requiredMatches(n)` of the n groups that some visible item matches, and ranks
 * first when it matches them all, then by the share of the groups' rarity it matches (each group
 * weighs ln(1 + N / (1 + df)) over the published items, as the in-memory index: the same items,
 * totals and facets), then by word weights, matches through related words (`rank.related`)
 * counting RELATED_WEIGHT. Partial matches only when fewer than ENOUGH_FULL_MATCHES visible
 * items match every group. */
export function buildSearchSql(
  p: SearchParams, groups: string[], rankBy?: { close: string; related: string }, concepts: number[] = groups.map((_, i) => i),
): { sql: string; values: unknown[] } {
  const values: unknown[] = [p.today];
  const param = (v: unknown) => `$${values.push(v)}`;
  const visible = [
    `status = 'published'`, `approved`,
    `(valid_from IS NULL OR valid_from <= $1::date)`, `(valid_until IS NULL OR valid_until >= $1::date)`,
  ];
  const where: string[] = [];
  let rank = '0::real';
  let headline = (col: string) => col;
  let words = '';
  let from = `(SELECT * FROM catalogue_items WHERE ${visible.join(' AND ')}) c`;
  if (groups.length) {
    const q = `to_tsquery('gw_dutch', ${param(groups.join(' | '))})`;
    // Per item, how many of the n groups it matches (groups no visible item matches do not
    // count); partial matches count only when fewer than ENOUGH_FULL_MATCHES visible items match
    // them all (as CatalogueIndex.search).
    const held = `status = 'published' AND approved`;
    // Per group its query word (`concepts`: the parts of a split compound are one word); an item's
    // hits are the words it matches, n the words some visible item has.
    words = `x AS MATERIALIZED (
      SELECT g, concept, (SELECT count(*) FROM catalogue_items WHERE search_vector @@ g AND ${held}) AS df,
             EXISTS (SELECT 1 FROM catalogue_items WHERE search_vector @@ g AND ${visible.join(' AND ')}) AS seen
        FROM (SELECT to_tsquery('gw_dutch', t) AS g, concept FROM unnest(${param(groups)}::text[], ${param(concepts)}::int[]) AS u(t, concept)) t
       WHERE numnode(g) > 0
    ), q AS MATERIALIZED (
      SELECT coalesce(array_agg(g) FILTER (WHERE seen), '{}') AS qs,
             coalesce(array_agg(concept) FILTER (WHERE seen), '{}') AS cs,
             count(DISTINCT concept) FILTER (WHERE seen) AS n,
             count(*) FILTER (WHERE seen) AS gn,
             coalesce(array_agg(ln(1 + greatest(1, (SELECT count(*) FROM catalogue_items WHERE ${held}))::float8 / (1 + df))) FILTER (WHERE seen), '{}') AS ws
        FROM x
    ), b AS MATERIALIZED (
      SELECT c.*, hits, n, gs, gn, cover, rarity
        FROM catalogue_items c, q,
             LATERAL (SELECT count(DISTINCT m.k) AS hits, count(*) AS gs, coalesce(sum(m.w), 0) AS cover
                        FROM unnest(q.qs, q.ws, q.cs) AS m(g, w, k) WHERE c.search_vector @@ m.g) h,
             LATERAL (SELECT greatest((SELECT sum(w) FROM unnest(q.ws) w), 1e-9) AS rarity) r
       WHERE c.search_vector @@ ${q} AND ${visible.join(' AND ')}
    ), enough AS (
      SELECT count(*) >= ${ENOUGH_FULL_MATCHES} AS yes FROM (SELECT 1 FROM b WHERE gs = gn LIMIT ${ENOUGH_FULL_MATCHES}) f
    ), `;
    from = 'b';
    // A full match has every group (both parts of a split compound); a partial one enough words.
    where.push(`CASE WHEN (SELECT yes FROM enough) THEN gs = gn ELSE hits >= n - n / 2 END`);
    const byWords = rankBy
      ? [rankBy.close && `ts_rank_cd(search_vector, to_tsquery('gw_dutch', ${param(rankBy.close)}), 1)`,
         rankBy.related && `${RELATED_WEIGHT} * ts_rank_cd(search_vector, to_tsquery('gw_dutch', ${param(rankBy.related)}), 1)`].filter(Boolean).join(' + ') || '0'
      : `ts_rank_cd(search_vector, ${q}, 1)`;
    rank = `(CASE WHEN gs = gn THEN 2 ELSE cover / rarity END * 100 + ${byWords})::real`;
    headline = (col) => `ts_headline('gw_dutch', ${col}, ${q}, 'HighlightAll=true, StartSel=${OPEN}, StopSel=${CLOSE}')`;
  }
  // The filters, per facet: the results pass them all; a facet's counts come from the items that
  // pass every filter but its own (disjunctive facets: choosing a value keeps the others' counts).
  const filters: Partial<Record<FacetName, string>> = {};
  if (p.kind) filters.kind = `kind = ${param(p.kind)}`;
  if (p.region) filters.region = p.region === NATIONWIDE ? `regions && ARRAY['${NATIONWIDE}']` : `regions && ARRAY[${param(p.region)}, '${NATIONWIDE}']`;
  if (p.sector) filters.sector = `(sectors = '{}' OR sectors @> ARRAY[${param(p.sector)}])`;
  if (p.sizeClass) filters.sizeClass = `(size_classes = '{}' OR size_classes @> ARRAY[${param(p.sizeClass)}])`;
  if (p.aspect) filters.aspect = `aspects @> ARRAY[${param(p.aspect)}]`;
  // Items that name a chosen region, sector or size themselves rank above those that pass as
  // nationwide or for all (SPECIFIC_FILTER_BOOST each), added in single precision as the
  // in-memory index adds it to its float32 ranks (the same order, ties included).
  const specific = [
    p.region && p.region !== NATIONWIDE && `regions @> ARRAY[${param(p.region)}]`,
    p.sector && `sectors @> ARRAY[${param(p.sector)}]`,
    p.sizeClass && `size_classes @> ARRAY[${param(p.sizeClass)}]`,
  ].filter(Boolean);
  if (specific.length) rank = `((${rank})::real + (${specific.map((test) => `(${test})::int`).join(' + ')})::real * ${SPECIFIC_FILTER_BOOST}::real)`;
  const passing = (except?: FacetName) => Object.entries(filters).filter(([facet]) => facet !== except).map(([, test]) => test).join(' AND ') || 'true';
  const facetRows = (facet: FacetName, value: string) =>
    `SELECT '${facet}' AS facet, ${value} AS value FROM m WHERE ${filters[facet] ? passing(facet) : 'pass'}`;
  if (!where.length) where.push('true');
  const limit = param(p.perPage);
  const offset = param((p.page - 1) * p.perPage);

  const sql = `
    WITH ${words}m AS MATERIALIZED (
      SELECT id, kind, regions, aspects, sectors, size_classes, published_at, ${rank} AS rank, ${passing()} AS pass
        FROM ${from} WHERE ${where.join(' AND ')}
    ), page AS (
      SELECT id, rank, published_at FROM m WHERE pass ORDER BY rank DESC, published_at DESC, id LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*) FROM m WHERE pass) AS total,
      (SELECT json_agg(json_build_object('facet', facet, 'value', value, 'n', n)) FROM (
         SELECT facet, value, count(*) AS n FROM (
           ${facetRows('kind', 'kind')}
           UNION ALL ${facetRows('region', 'unnest(regions)')}
           UNION ALL ${facetRows('aspect', 'unnest(aspects)')}
           UNION ALL ${facetRows('sector', `unnest(CASE WHEN sectors = '{}' THEN ARRAY['*'] ELSE sectors END)`)}
           UNION ALL ${facetRows('sizeClass', `unnest(CASE WHEN size_classes = '{}' THEN ARRAY['*'] ELSE size_classes END)`)}
         ) f GROUP BY facet, value) c) AS facets,
      (SELECT json_agg(h ORDER BY h.rank DESC, h.published_at DESC, h.id) FROM (
         SELECT i.id, i.kind, i.title, i.summary, i.provider, i.regions, i.aspects, i.sectors, i.size_classes AS "sizeClasses",
                i.cost_eur::float8 AS "costEur", i.format, i.valid_until::text AS "validUntil", i.details,
                page.rank, page.published_at, ${headline('i.title')} AS hl_title, ${headline('i.summary')} AS hl_summary
           FROM page JOIN catalogue_items i ON i.id = page.id) h) AS hits`;
  return { sql, values };
}
