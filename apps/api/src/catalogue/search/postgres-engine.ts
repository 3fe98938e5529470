import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { foldText, markHighlight, queryTerms, SYNONYM_GROUPS, termGroups, toTsQueryText, type QueryTerm } from '@groeiwijzer/domain';
import { NATIONWIDE } from '@groeiwijzer/domain';
import { facetsFromCounts, type FacetName, type SearchEngine, type SearchParams, type SearchResult } from './search-engine';
import { toHit, type HitSource } from './hit.mapper';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Misspelt words (not in the catalogue's word list, also not as a prefix) and their nearest words. */
const CORRECTIONS_SQL = `
  SELECT t.word, c.word AS alt
    FROM unnest($1::text[], $2::bool[]) AS t(word, prefix)
    CROSS JOIN LATERAL (
      SELECT l.word FROM catalogue_lexicon l WHERE l.word % t.word ORDER BY l.word <-> t.word LIMIT 1
    ) c
   WHERE length(t.word) >= 4
     AND NOT EXISTS (
       SELECT 1 FROM catalogue_lexicon x
        WHERE CASE WHEN t.prefix THEN x.word >= t.word AND x.word < t.word || '{' ELSE x.word = t.word END)`;

/** The default engine: PostgreSQL full-text search with the `gw_dutch` configuration (Dutch
 * stems, accents ignored), trigram spelling correction, synonyms and prefix matching. */
@Injectable()
export class PostgresSearchEngine implements SearchEngine, OnApplicationBootstrap {
  readonly name = 'postgres' as const;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The synonym list's words are spelling targets too: "coch" finds coaches even when no item
   * uses the bare word "coach". */
  async onApplicationBootstrap(): Promise<void> {
    const words = [...new Set(SYNONYM_GROUPS.flat().map(foldText).filter((w) => /^[a-z0-9]{3,40}$/.test(w)))];
    await this.db.query(`INSERT INTO catalogue_lexicon (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [words]);
  }

  async search(p: SearchParams): Promise<SearchResult> {
    const terms = queryTerms(p.q);
    const tsquery = terms.length ? toTsQueryText(termGroups(terms, await this.corrections(terms))) : '';
    const { sql, values } = buildSearchSql(p, tsquery);
    const [row] = await this.db.query(sql, values);
    const hits = ((row.hits ?? []) as (HitSource & { hl_title: string; hl_summary: string })[]).map((h) =>
      toHit(h, p.today, { title: markHighlight(h.hl_title, OPEN, CLOSE), summary: markHighlight(h.hl_summary, OPEN, CLOSE) }),
    );
    return { hits, total: Number(row.total), facets: facetsFromCounts((row.facets ?? []) as { facet: FacetName; value: string; n: number }[]) };
  }

  private async corrections(terms: QueryTerm[]): Promise<Record<string, string[]>> {
    const candidates = terms.filter((t) => t.word.length >= 4 && !/^\d+$/.test(t.word));
    if (!candidates.length) return {};
    const rows: { word: string; alt: string }[] = await this.db.query(CORRECTIONS_SQL, [candidates.map((t) => t.word), candidates.map((t) => t.prefix)]);
    const out: Record<string, string[]> = {};
    for (const r of rows) (out[r.word] ??= []).push(r.alt);
    return out;
  }
}

/** The one statement behind a search: matches, total, facets and the page with highlights. */
export function buildSearchSql(p: SearchParams, tsquery: string): { sql: string; values: unknown[] } {
  const values: unknown[] = [p.today];
  const param = (v: unknown) => `$${values.push(v)}`;
  const where = [
    `status = 'published'`, `approved`,
    `(valid_from IS NULL OR valid_from <= $1::date)`, `(valid_until IS NULL OR valid_until >= $1::date)`,
  ];
  let rank = '0::real';
  let headline = (col: string) => col;
  if (tsquery) {
    const q = `to_tsquery('gw_dutch', ${param(tsquery)})`;
    where.push(`search_vector @@ ${q}`);
    rank = `ts_rank_cd(search_vector, ${q}, 1)`;
    headline = (col) => `ts_headline('gw_dutch', ${col}, ${q}, 'HighlightAll=true, StartSel=${OPEN}, StopSel=${CLOSE}')`;
  }
  if (p.kind) where.push(`kind = ${param(p.kind)}`);
  if (p.region) where.push(p.region === NATIONWIDE ? `regions && ARRAY['${NATIONWIDE}']` : `regions && ARRAY[${param(p.region)}, '${NATIONWIDE}']`);
  if (p.sector) where.push(`(sectors = '{}' OR sectors @> ARRAY[${param(p.sector)}])`);
  if (p.sizeClass) where.push(`(size_classes = '{}' OR size_classes @> ARRAY[${param(p.sizeClass)}])`);
  if (p.aspect) where.push(`aspects @> ARRAY[${param(p.aspect)}]`);
  const limit = param(p.perPage);
  const offset = param((p.page - 1) * p.perPage);

  const sql = `
    WITH m AS MATERIALIZED (
      SELECT id, kind, regions, aspects, sectors, size_classes, published_at, ${rank} AS rank
        FROM catalogue_items WHERE ${where.join(' AND ')}
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
