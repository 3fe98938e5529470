import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type SearchParams } from './search-engine';
import { insertSearchLog, type SearchLogEntry } from './search-log.queries';
import { WriteBatcher } from '../../platform/write-batcher';


/** Every search, for the regional demand signal: the day, the text, the filters and how many
 * results — never who searched (no user, session, address or time of day). Written in batches
 * off the request path; flushed on shutdown. */
@Injectable()
export class SearchLogService implements OnApplicationShutdown {
  private readonly logger = new Logger('SearchLog');
  private readonly batches: WriteBatcher<SearchLogEntry>;

  constructor(@InjectDataSource() db: DataSource) {
    this.batches = new WriteBatcher((batch) => insertSearchLog(db, batch), (error, rows) =>
      this.logger.warn(`search log batch of ${rows} not written: ${(error as Error).message}`));
  }

  record(p: SearchParams, count: number, engine: string): void {
    const filters: Record<string, string> = {};
    for (const key of ['kind', 'region', 'sector', 'aspect', 'sizeClass'] as const) if (p[key]) filters[key] = p[key] as string;
    this.batches.add({ day: p.today, q: p.q.trim().toLowerCase().slice(0, 200), filters, count, engine });
  }

  flush(): Promise<void> {
    return this.batches.flush();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
