import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PollLoop } from '../../platform/poll-loop';
import { ITEM_COLUMNS, type ItemRow, normalisedOf } from '../item.mapper';
import { MeiliSearchEngine } from './meili/meili-engine';
import { type MeiliDocument, toDocument } from './meili/meili-mapping';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';

const BATCH = 500;

export function syncBackoffSeconds(attempts: number): number {
  return Math.min(600, 2 ** Math.min(attempts, 10));
}

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
          const queued: { item_id: string }[] = await m.query(
            `SELECT item_id FROM search_sync WHERE next_attempt_at <= now() ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED`, [BATCH]);
          claimed = queued.map((r) => r.item_id);
          if (!claimed.length) return 0;
          const rows: ItemRow[] = await m.query(
            `SELECT ${ITEM_COLUMNS} FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id WHERE i.id = ANY($1::uuid[])`, [claimed]);
          const keep = rows.filter(indexable);
          const keepIds = new Set(keep.map((r) => r.id));
          await meili.upsert(keep.map(documentOf));
          await meili.remove(claimed.filter((id) => !keepIds.has(id)));
          await m.query(`DELETE FROM search_sync WHERE item_id = ANY($1::uuid[])`, [claimed]);
          return claimed.length;
        });
        if (!n) return done;
        done += n;
      } catch (error) {
        if (claimed.length) {
          await this.db.query(
            `UPDATE search_sync SET attempts = attempts + 1, last_error = $2,
                    next_attempt_at = now() + make_interval(secs => power(2, least(attempts + 1, 10))::int)
              WHERE item_id = ANY($1::uuid[])`,
            [claimed, String(error).slice(0, 500)],
          );
        }
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
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM catalogue_items WHERE status = 'published' AND approved`);
    let done = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    progress(0, total);
    for (;;) {
      const rows: ItemRow[] = await this.db.query(
        `SELECT ${ITEM_COLUMNS} FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id
          WHERE i.status = 'published' AND i.approved AND i.id > $1 ORDER BY i.id LIMIT 1000`, [after]);
      if (!rows.length) break;
      await meili.upsert(rows.map(documentOf), fresh);
      done += rows.length;
      after = rows[rows.length - 1].id;
      progress(done, total);
    }
    await meili.swap(live, fresh);
    await meili.drop(fresh);
    // Changes queued before the reindex began are in the fresh index; later ones still go out.
    await this.db.query(`DELETE FROM search_sync WHERE queued_at < $1`, [started]);
    return done;
  }
}
