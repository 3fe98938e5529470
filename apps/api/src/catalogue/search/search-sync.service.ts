import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PollLoop } from '../../platform/jobs';
import { type ItemRow, normalisedOf } from '../item.mapper';
import { MeiliSearchEngine } from './meili/meili-engine';
import { type MeiliDocument, toDocument } from './meili/meili-mapping';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';
import {
  claimDueChanges, dropChanges, dropChangesBefore, itemRows, postponeChanges, searchableCount, searchableRowsAfter,
} from './search-sync.queries';

const BATCH = 500;

const indexable = (row: ItemRow) => row.status === 'published' && row.approved;
const documentOf = (row: ItemRow): MeiliDocument =>
  toDocument({ id: row.id, item: normalisedOf(row), publishedAt: row.published_at ? new Date(row.published_at) : null, searchExtras: row.aspect_names });

/** Carries catalogue changes to Meilisearch. The queue (`search_sync`) is written in the same
 * transaction as each change, so no change is lost when Meilisearch is down: rows stay, with
 * back-off, until Meilisearch confirmed the task. Rows are claimed with SKIP LOCKED: one
 * instance handles each. With the PostgreSQL engine there is nothing to carry. */
@Injectable()
export class SearchSyncService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchSync');
  private readonly loop: PollLoop;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {
    this.loop = new PollLoop('search-sync', () => this.syncDue(), config.searchSyncPollMs, (error) => this.logger.error({ msg: 'search sync failed', error: String(error) }));
  }

  private get meili(): MeiliSearchEngine | null {
    return this.engine instanceof MeiliSearchEngine ? this.engine : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.meili) return;
    await this.meili.configure().catch((error) => this.logger.warn(`Meilisearch settings not applied yet: ${String(error)}`));
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }


  /** Carries what is queued now; returns how many changes reached the index. */
  async syncDue(): Promise<number> {
    const meili = this.meili;
    if (!meili) return 0;
    let done = 0;
    for (;;) {
      let claimed: string[] = [];
      try {
        const n = await this.db.transaction(async (m) => {
          claimed = await claimDueChanges(m, BATCH);
          if (!claimed.length) return 0;
          const rows = await itemRows(m, claimed);
          const keep = rows.filter(indexable);
          const keepIds = new Set(keep.map((r) => r.id));
          await meili.upsert(keep.map(documentOf));
          await meili.remove(claimed.filter((id) => !keepIds.has(id)));
          await dropChanges(m, claimed);
          return claimed.length;
        });
        if (!n) return done;
        done += n;
      } catch (error) {
        if (claimed.length) await postponeChanges(this.db, claimed, String(error));
        throw error;
      }
      if (this.loop.stopped) return done;
    }
  }

  /** Builds a fresh index beside the live one and swaps them, so search keeps working. */
  async reindex(progress: (done: number, total: number) => void = () => undefined): Promise<number> {
    const meili = this.meili;
    if (!meili) throw new Error('Reindexing needs MEILI_URL: the PostgreSQL engine searches the tables themselves.');
    const started = new Date();
    const live = this.config.meiliIndex;
    const fresh = `${live}_reindex`;
    await meili.drop(fresh);
    await meili.configure(fresh);
    await meili.configure(live);
    const total = await searchableCount(this.db);
    let done = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    progress(0, total);
    for (;;) {
      const rows = await searchableRowsAfter(this.db, after, 1000);
      if (!rows.length) break;
      await meili.upsert(rows.map(documentOf), fresh);
      done += rows.length;
      after = rows[rows.length - 1].id;
      progress(done, total);
    }
    await meili.swap(live, fresh);
    await meili.drop(fresh);
    // Changes queued before the reindex began are in the fresh index; later ones still go out.
    await dropChangesBefore(this.db, started);
    return done;
  }
}
