import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { foldText, markHighlight, queryTerms, requiredMatches, SYNONYM_GROUPS, termGroups, toTsQueryGroups, type QueryTerm, type TermGroup } from '@groeiwijzer/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CatalogueChanges } from '../catalogue-changes';
import { ENOUGH_FULL_MATCHES, type QueryOption, type QueryPlan } from './memory/catalogue-index';
import { IndexKeeper } from './memory/index-keeper';
import { textWords } from './memory/tsvector';
import { NATIONWIDE } from '@groeiwijzer/domain';
import { facetsFromCounts, type FacetName, type SearchEngine, type SearchParams, type SearchResult } from './search-engine';
import { toHit, type HitSource } from './hit.mapper';
import { addLexiconWords, correctionRows, runSearchStatement } from './postgres-search.queries';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** How alike (trigram similarity) a catalogue word must be to correct a word of `length` letters
 * that the catalogue does not have: pg_trgm's 0.3 for short words, more for longer ones, so a real
 * word the catalogue lacks ("rente", "bakkerij") is not read as a typo of another ("twente"). */
export const correctionSimilarity = (length: number) => (length >= 5 ? 0.4 : 0.3);

/** A word of 5 letters or more also matches as a prefix, so it is no typo when a catalogue word
 * starts with it ("arbeidsmarkt" in "arbeidsmarktcoach"): the word the owner typed stays. */
const knownAsPrefix = (t: QueryTerm) => t.prefix || t.word.length >= 5;

/** Misspelt words (not in the catalogue's word list, also not as a prefix) and their nearest words. */
export const CORRECTIONS_SQL = `
  SELECT t.word, c.word AS alt
    FROM unnest($1::text[], $2::bool[]) AS t(word, prefix)
    CROSS JOIN LATERAL (
      SELECT l.word FROM catalogue_lexicon l WHERE l.word % t.word ORDER BY l.word <-> t.word LIMIT 1
    ) c
   WHERE length(t.word) >= 4
     AND similarity(c.word, t.word) >= CASE WHEN length(t.word) >= 5 THEN 0.4 ELSE 0.3 END
     AND NOT EXISTS (
       SELECT 1 FROM catalogue_lexicon x
        WHERE CASE WHEN t.prefix THEN x.word >= t.word AND x.word < t.word || '{' ELSE x.word = t.word END)`;

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
  private readonly logger = new Logger('Search');
  private readonly hitWords = new WeakMap<HitSource, HitWords>();
  private readonly unlisten: () => void = () => undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'searchMemoryIndex' | 'searchRefreshMs'> & { cacheEntries?: number },
    @Optional() changes?: CatalogueChanges,
  ) {
    this.keeper = config.searchMemoryIndex ? new IndexKeeper(db, { refreshMs: config.searchRefreshMs, cacheEntries: config.cacheEntries }) : null;
    if (this.keeper && changes) this.unlisten = changes.subscribe(() => this.keeper?.markDirty());
  }

  async onApplicationShutdown(): Promise<void> {
    this.unlisten();
    await this.keeper?.stop();
  }

  /** The synonym list's words are spelling targets too: "coch" finds coaches even when no item
   * uses the bare word "coach". The memory index is read in the background. */
  async onApplicationBootstrap(): Promise<void> {
    const words = [...new Set(SYNONYM_GROUPS.flat().map(foldText).filter((w) => /^[a-z0-9]{3,40}$/.test(w)))];
    await addLexiconWords(this.db, words);
    this.keeper?.start((error) => this.logger.warn(`search index not refreshed: ${(error as Error).message}`));
  }

  async search(p: SearchParams): Promise<SearchResult> {
    const terms = queryTerms(p.q);
    if (!this.keeper) {
      const groups = terms.length ? toTsQueryGroups(termGroups(terms, await this.corrections(terms))) : [];
      const { sql, values } = buildSearchSql(p, groups);
      const row = await runSearchStatement(this.db, sql, values);
      const hits = ((row.hits ?? []) as (HitSource & { hl_title: string; hl_summary: string })[]).map((h) =>
        toHit(h, p.today, { title: markHighlight(h.hl_title, OPEN, CLOSE), summary: markHighlight(h.hl_summary, OPEN, CLOSE) }),
      );
      return { hits, total: Number(row.total), facets: facetsFromCounts((row.facets ?? []) as { facet: FacetName; value: string; n: number }[]) };
    }
    const index = await this.keeper.fresh();
    const plan = terms.length ? await this.plan(termGroups(terms, await this.corrections(terms))) : [];
    const result = index.search(plan, p, p.today, p.page, p.perPage, requiredMatches);
    const keeper = this.keeper;
    if (result.hits.some((h) => !this.wordsOf(h))) {
      // Words the index has not met yet (it learns titles and summaries as it reads them).
      await keeper.learnWords(result.hits.flatMap((h) => [h.title, h.summary]));
    }
    const mark = highlighter(plan ?? []);
    const hits = result.hits.map((h) => {
      const words = this.wordsOf(h, true) as HitWords;
      return toHit(h, p.today, { title: mark(h.title, words.title), summary: mark(h.summary, words.summary) });
    });
    return { hits, total: result.total, facets: result.facets };
  }

  /** The words of a hit's title and summary with their lexemes, kept per item version; null
   * while a word's lexeme is not known (unless `anyway`: then it counts as no match). */
  private wordsOf(h: HitSource, anyway = false): HitWords | null {
    const known = this.hitWords.get(h);
    if (known) return known;
    const keeper = this.keeper as IndexKeeper;
    let complete = true;
    const words = (text: string): Words => textWords(text).map(({ word, start, end }) => {
      const lexeme = keeper.lexemeOf(word.toLowerCase());
      if (lexeme === undefined) complete = false;
      return { start, end, lexeme: lexeme ?? null };
    });
    const made = { title: words(h.title), summary: words(h.summary) };
    if (complete) this.hitWords.set(h, made);
    return complete || anyway ? made : null;
  }

  /** The query's groups as lexemes, as `to_tsquery` would make them of `toTsQueryText`: stop
   * words drop out of their group, empty groups drop out, and nothing left matches nothing. */
  private async plan(groups: TermGroup[]): Promise<QueryPlan> {
    const options = groups.map((g) => [
      { word: g.word, prefix: g.prefix || g.word.length >= 5 },
      ...g.alternatives.map((word) => ({ word, prefix: false })),
    ]);
    const keeper = this.keeper as IndexKeeper;
    await keeper.learnWords(options.flat().map((o) => o.word), true);
    const plan = options
      .map((group) => group.flatMap((o) => {
        const lexeme = keeper.lexemeOf(o.word);
        return lexeme ? [{ lexeme, prefix: o.prefix }] : [];
      }))
      .filter((group) => group.length > 0);
    return plan.length ? plan : null;
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

/** Marks the words of a text whose lexeme the query matches (as ts_headline with HighlightAll),
 * in safe HTML. */
/** A text's words with their lexemes (null: a stop word). */
type Words = { start: number; end: number; lexeme: string | null }[];
type HitWords = { title: Words; summary: Words };

/** Marks the words of a text whose lexeme the query matches (as ts_headline with HighlightAll),
 * in safe HTML. */
export function highlighter(plan: QueryOption[][]): (text: string, words: Words) => string {
  const exact = new Set(plan.flat().filter((o) => !o.prefix).map((o) => o.lexeme));
  const prefixes = plan.flat().filter((o) => o.prefix).map((o) => o.lexeme);
  return (text, words) => {
    if (!exact.size && !prefixes.length) return markHighlight(text, OPEN, CLOSE);
    let out = '';
    let at = 0;
    for (const { start, end, lexeme } of words) {
      if (!lexeme || !(exact.has(lexeme) || prefixes.some((p) => lexeme.startsWith(p)))) continue;
      out += text.slice(at, start) + OPEN + text.slice(start, end) + CLOSE;
      at = end;
    }
    return markHighlight(out + text.slice(at), OPEN, CLOSE);
  };
}

/** The one statement behind a search: matches, total, facets and the page with highlights.
 * `groups`: one `to_tsquery` text per query word (its alternatives); an item matches when it
 * matches at least `requiredMatches(n)` of the n groups that some visible item matches, and ranks
 * first when it matches them all (as the in-memory index: the same items, totals and facets).
 * Partial matches only when fewer than ENOUGH_FULL_MATCHES visible items match every group. */
export function buildSearchSql(p: SearchParams, groups: string[]): { sql: string; values: unknown[] } {
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
    words = `q AS MATERIALIZED (
      SELECT coalesce(array_agg(g) FILTER (WHERE numnode(g) > 0
               AND EXISTS (SELECT 1 FROM catalogue_items WHERE search_vector @@ g AND ${visible.join(' AND ')})), '{}') AS qs
        FROM (SELECT to_tsquery('gw_dutch', t) AS g FROM unnest(${param(groups)}::text[]) t) x
    ), b AS MATERIALIZED (
      SELECT c.*, (SELECT count(*) FROM unnest(q.qs) g WHERE c.search_vector @@ g) AS hits, cardinality(q.qs) AS n
        FROM catalogue_items c, q WHERE c.search_vector @@ ${q} AND ${visible.join(' AND ')}
    ), enough AS (
      SELECT count(*) >= ${ENOUGH_FULL_MATCHES} AS yes FROM (SELECT 1 FROM b WHERE hits = n LIMIT ${ENOUGH_FULL_MATCHES}) f
    ), `;
    from = 'b';
    where.push(`hits >= CASE WHEN (SELECT yes FROM enough) THEN n ELSE n - n / 2 END`);
    rank = `(CASE WHEN hits = n THEN 2 ELSE hits::real / n END * 100 + ts_rank_cd(search_vector, ${q}, 1))::real`;
    headline = (col) => `ts_headline('gw_dutch', ${col}, ${q}, 'HighlightAll=true, StartSel=${OPEN}, StopSel=${CLOSE}')`;
  }
  if (p.kind) where.push(`kind = ${param(p.kind)}`);
  if (p.region) where.push(p.region === NATIONWIDE ? `regions && ARRAY['${NATIONWIDE}']` : `regions && ARRAY[${param(p.region)}, '${NATIONWIDE}']`);
  if (p.sector) where.push(`(sectors = '{}' OR sectors @> ARRAY[${param(p.sector)}])`);
  if (p.sizeClass) where.push(`(size_classes = '{}' OR size_classes @> ARRAY[${param(p.sizeClass)}])`);
  if (p.aspect) where.push(`aspects @> ARRAY[${param(p.aspect)}]`);
  if (!where.length) where.push('true');
  const limit = param(p.perPage);
  const offset = param((p.page - 1) * p.perPage);

  const sql = `
    WITH ${words}m AS MATERIALIZED (
      SELECT id, kind, regions, aspects, sectors, size_classes, published_at, ${rank} AS rank
        FROM ${from} WHERE ${where.join(' AND ')}
    ), page AS (
      SELECT id, rank, published_at FROM m ORDER BY rank DESC, published_at DESC, id LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*) FROM m) AS total,
      (SELECT json_agg(json_build_object('facet', facet, 'value', value, 'n', n)) FROM (
         SELECT facet, value, count(*) AS n FROM (
           SELECT 'kind' AS facet, kind AS value FROM m
           UNION ALL SELECT 'region', unnest(regions) FROM m
           UNION ALL SELECT 'aspect', unnest(aspects) FROM m
           UNION ALL SELECT 'sector', unnest(CASE WHEN sectors = '{}' THEN ARRAY['*'] ELSE sectors END) FROM m
           UNION ALL SELECT 'sizeClass', unnest(CASE WHEN size_classes = '{}' THEN ARRAY['*'] ELSE size_classes END) FROM m
         ) f GROUP BY facet, value) c) AS facets,
      (SELECT json_agg(h ORDER BY h.rank DESC, h.published_at DESC, h.id) FROM (
         SELECT i.id, i.kind, i.title, i.summary, i.provider, i.regions, i.aspects, i.sectors, i.size_classes AS "sizeClasses",
                i.cost_eur::float8 AS "costEur", i.format, i.valid_until::text AS "validUntil", i.details,
                page.rank, page.published_at, ${headline('i.title')} AS hl_title, ${headline('i.summary')} AS hl_summary
           FROM page JOIN catalogue_items i ON i.id = page.id) h) AS hits`;
  return { sql, values };
}
