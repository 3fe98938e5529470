import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type SearchParams } from './search-engine';
import { insertSearchLog, type SearchLogEntry } from './search-log.queries';


const FLUSH_MS = 1000;
const MAX_BUFFER = 500;

/** Every search, for the regional demand signal: the day, the text, the filters and how many
 * results — never who searched (no user, session, address or time of day). Written in batches
 * off the request path; flushed on shutdown. */
@Injectable()
export class SearchLogService implements OnApplicationShutdown {
  private readonly logger = new Logger('SearchLog');
  private buffer: SearchLogEntry[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  record(p: SearchParams, count: number, engine: string): void {
    const filters: Record<string, string> = {};
    for (const key of ['kind', 'region', 'sector', 'aspect', 'sizeClass'] as const) if (p[key]) filters[key] = p[key] as string;
    this.buffer.push({ day: p.today, q: p.q.trim().toLowerCase().slice(0, 200), filters, count, engine });
    if (this.buffer.length >= MAX_BUFFER) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.buffer;
    this.buffer = [];
    if (!batch.length) return;
    try {
      await insertSearchLog(this.db, batch);
    } catch (error) {
      this.logger.warn(`search log batch of ${batch.length} not written: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
