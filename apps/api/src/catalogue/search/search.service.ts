import { Inject, Injectable } from '@nestjs/common';
import { type SearchResponse } from '@groeiwijzer/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { amsterdamDate, Clock } from '../../common/time';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { catalogueVersion } from '../items.repository';
import { SearchCache } from './search-cache';
import { SEARCH_ENGINE, type SearchEngine, type SearchParams } from './search-engine';
import { SearchLogService } from './search-log.service';
import { type SearchQueryDto } from './search-query.dto';

@Injectable()
export class SearchService {
  private readonly cache: SearchCache;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly log: SearchLogService,
    @InjectDataSource() db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    // Only for the PostgreSQL engine running its SQL statement per search: the memory index keeps
    // its own per-word and per-plan lists, and Meilisearch is fast by itself (and learns of
    // changes a moment after they commit, which a cache keyed on the database's version would miss).
    const size = engine.name === 'postgres' && !config.searchMemoryIndex ? config.searchCacheSize : 0;
    this.cache = new SearchCache(size, 250, () => catalogueVersion(db));
  }

  get engineName(): SearchEngine['name'] {
    return this.engine.name;
  }

  async search(query: SearchQueryDto, now = this.clock.now()): Promise<SearchResponse> {
    const started = performance.now();
    const params: SearchParams = {
      q: query.q ?? '', kind: query.kind, region: query.region, sector: query.sector, aspect: query.aspect,
      sizeClass: query.sizeClass, page: query.page ?? 1, perPage: query.perPage ?? 20, today: amsterdamDate(now),
    };
    const { result } = await this.cache.get(params, () => this.engine.search(params));
    this.log.record(params, result.total, this.engine.name);
    return { ...result, page: params.page, perPage: params.perPage, tookMs: Math.round((performance.now() - started) * 10) / 10, engine: this.engine.name };
  }
}
