import { type DataSource, type EntityManager } from 'typeorm';
import { ITEM_COLUMNS, type ItemRow } from '../item.mapper';

/** The statements of the Meilisearch sync queue (`search_sync`, written in each change's own
 * transaction) and of a full reindex. */

/** The longest wait before a failed change is carried again (seconds). */
const SYNC_BACKOFF_CAP_SECONDS = 600;

/** Claims up to `limit` due changes for this transaction (other instances skip them). */
export async function claimDueChanges(m: EntityManager, limit: number): Promise<string[]> {
  const rows: { item_id: string }[] = await m.query(
    `SELECT item_id FROM search_sync WHERE next_attempt_at <= now() ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
  return rows.map((r) => r.item_id);
}

export function itemRows(m: EntityManager, ids: string[]): Promise<ItemRow[]> {
  return m.query(`SELECT ${ITEM_COLUMNS} FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id WHERE i.id = ANY($1::uuid[])`, [ids]);
}

export async function dropChanges(m: EntityManager, ids: string[]): Promise<void> {
  await m.query(`DELETE FROM search_sync WHERE item_id = ANY($1::uuid[])`, [ids]);
}

/** A failed try: the changes wait 2^attempts seconds, at most 10 minutes, before the next. */
export async function postponeChanges(db: DataSource, ids: string[], error: string): Promise<void> {
  await db.query(
    `UPDATE search_sync SET attempts = attempts + 1, last_error = $2,
            next_attempt_at = now() + make_interval(secs => least($3, power(2, least(attempts + 1, 10)))::int)
      WHERE item_id = ANY($1::uuid[])`,
    [ids, error.slice(0, 500), SYNC_BACKOFF_CAP_SECONDS],
  );
}

export async function searchableCount(db: DataSource): Promise<number> {
  const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM catalogue_items WHERE status = 'published' AND approved`);
  return total;
}

/** Searchable items after `afterId` in id order, `limit` at a time (a reindex reads them all). */
export function searchableRowsAfter(db: DataSource, afterId: string, limit: number): Promise<ItemRow[]> {
  return db.query(
    `SELECT ${ITEM_COLUMNS} FROM catalogue_items i JOIN publishers p ON p.id = i.publisher_id
      WHERE i.status = 'published' AND i.approved AND i.id > $1 ORDER BY i.id LIMIT $2`, [afterId, limit]);
}

/** Changes queued before `moment` are in a fresh index already. */
export async function dropChangesBefore(db: DataSource, moment: Date): Promise<void> {
  await db.query(`DELETE FROM search_sync WHERE queued_at < $1`, [moment]);
}
