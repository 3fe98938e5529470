import type { Meilisearch } from 'meilisearch' with { 'resolution-mode': 'import' };
import { markHighlight } from '@groeiwijzer/domain';
import { type HitSource, toHit } from '../hit.mapper';
import { facetsFromCounts, type SearchEngine, type SearchParams, type SearchResult } from '../search-engine';
import { facetDistribution, facetRows, HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, indexSettings, type MeiliDocument, multiSearchRequest } from './meili-mapping';

export interface MeiliOptions {
  url: string;
  key: string | null;
  index: string;
}

type MeiliModule = typeof import('meilisearch', { with: { 'resolution-mode': 'import' } });

/** The client is an ES module; Node 20.19+ loads it through require(). Loaded only when used. */
export function meiliClient(o: MeiliOptions): Meilisearch {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Meilisearch: Client } = require('meilisearch') as MeiliModule;
  return new Client({ host: o.url, apiKey: o.key ?? undefined });
}

/** Meilisearch behind the search contract. Only published, approved items are in the index:
 * the sync job and the reindex command keep it so. */
export class MeiliSearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;

  constructor(private readonly options: MeiliOptions) {
    this.client = meiliClient(options);
  }

  /** One multi-search: the search, and per filtered facet its counts without its own filter. */
  async search(p: SearchParams): Promise<SearchResult> {
    const { results } = await this.client.multiSearch<ReturnType<typeof multiSearchRequest>, MeiliDocument>(multiSearchRequest(p, this.options.index));
    const res = results[0];
    const hits = res.hits.map((h) => {
      const formatted = (h._formatted ?? {}) as Partial<MeiliDocument>;
      return toHit({ ...h, kind: h.kind as HitSource['kind'] }, p.today, {
        title: markHighlight(formatted.title ?? h.title, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE),
        summary: markHighlight(formatted.summary ?? h.summary, HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE),
      });
    });
    return { hits, total: res.totalHits ?? hits.length, facets: facetsFromCounts(facetRows(facetDistribution(results))) };
  }

  /** Creates the index when missing and applies the app's settings; waits until they hold. */
  async configure(index = this.options.index): Promise<void> {
    await this.client.createIndex(index, { primaryKey: 'id' }).waitTask().catch(() => undefined);
    await this.client.index(index).updateSettings(indexSettings()).waitTask({ timeout: 60_000 });
  }

  async upsert(documents: MeiliDocument[], index = this.options.index): Promise<void> {
    if (documents.length) await this.client.index(index).addDocuments(documents, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  }

  async remove(ids: string[], index = this.options.index): Promise<void> {
    if (ids.length) await this.client.index(index).deleteDocuments(ids).waitTask({ timeout: 60_000 });
  }

  async swap(a: string, b: string): Promise<void> {
    await this.client.swapIndexes([{ indexes: [a, b], rename: false }]).waitTask({ timeout: 60_000 });
  }

  async drop(index: string): Promise<void> {
    await this.client.deleteIndex(index).waitTask({ timeout: 60_000 }).catch(() => undefined);
  }

  async healthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }
}
