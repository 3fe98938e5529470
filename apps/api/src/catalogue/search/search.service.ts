import { Inject, Injectable } from '@nestjs/common';
import { type SearchResponse } from '@groeiwijzer/contracts';
import { amsterdamDate } from '../../scan/dates';
import { SEARCH_ENGINE, type SearchEngine, type SearchParams } from './search-engine';
import { SearchLogService } from './search-log.service';
import { type SearchQueryDto } from './search-query.dto';

@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly log: SearchLogService,
  ) {}

  get engineName(): SearchEngine['name'] {
    return this.engine.name;
  }

  async search(query: SearchQueryDto, now = new Date()): Promise<SearchResponse> {
    const started = performance.now();
    const params: SearchParams = {
      q: query.q ?? '', kind: query.kind, region: query.region, sector: query.sector, aspect: query.aspect,
      sizeClass: query.sizeClass, page: query.page ?? 1, perPage: query.perPage ?? 20, today: amsterdamDate(now),
    };
    const result = await this.engine.search(params);
    this.log.record(params, result.total, this.engine.name);
    return { ...result, page: params.page, perPage: params.perPage, tookMs: Math.round((performance.now() - started) * 10) / 10, engine: this.engine.name };
  }
}
