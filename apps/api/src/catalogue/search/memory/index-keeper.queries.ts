import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';
import { type IndexedItem } from './catalogue-index';

/** The statements the in-memory index is kept with (index-keeper.ts). */

type Db = Pick<DataSource, 'query'>;

/** The keeper's database over a plain node-postgres pool (the index's worker thread has no
 * DataSource): the rows of each statement, as a DataSource's `query` returns them. */
export function poolDb(pool: Pool): Db {
  return { query: async <T>(sql: string, values?: unknown[]): Promise<T> => (await pool.query(sql, values)).rows as T };
}

/** A row as the index reads it: what a hit shows, what the filters test, the stored tsvector,
 * and the transaction that last wrote it. */
export type ChangedRow = IndexedItem & { xid: string; searchable: boolean };

const ROWS_SQL = `
  SELECT id::text, change_xid::text AS xid, status = 'published' AND approved AS searchable,
         kind, title, summary, provider, regions, aspects, sectors, size_classes AS "sizeClasses",
         cost_eur::float8 AS "costEur", format, valid_from::text AS "validFrom", valid_until::text AS "validUntil",
         details, coalesce(extract(epoch FROM published_at) * 1000, 0)::float8 AS "publishedAt",
         CASE WHEN status = 'published' AND approved THEN search_vector::text END AS vector
    FROM catalogue_items`;

/** The oldest transaction still running: the next read starts there. */
export async function snapshotXmin(db: Db): Promise<string> {
  const [{ xmin }] = await db.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`);
  return xmin;
}

/** Rows written by transaction `since` or later (a round of changes: few rows). */
export function changedRows(db: Db, since: string): Promise<ChangedRow[]> {
  return db.query(`${ROWS_SQL} WHERE change_xid >= $1::xid8`, [since]);
}

/** Every row after `afterId` in id order, `limit` of them: the first read of a whole catalogue,
 * a part at a time (one result of 100,000 rows would be held in memory at once). */
export function rowsAfter(db: Db, afterId: string, limit: number): Promise<ChangedRow[]> {
  return db.query(`${ROWS_SQL} WHERE id > $1::uuid ORDER BY id LIMIT $2`, [afterId, limit]);
}

export async function tombstonesSince(db: Db, since: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(`SELECT DISTINCT id::text FROM catalogue_item_tombstones WHERE change_xid >= $1::xid8`, [since]);
  return rows.map((r) => r.id);
}

/** Every instance has read a tombstone within a day, or rebuilt from scratch since. */
export async function pruneTombstones(db: Db): Promise<void> {
  await db.query(`DELETE FROM catalogue_item_tombstones WHERE deleted_at < now() - interval '1 day'`);
}

/** Words added to the word list since `since`, with their `gw_dutch` tsvector. */
export function lexiconWordsSince(db: Db, since: string): Promise<{ word: string; v: string }[]> {
  return db.query(`SELECT word, to_tsvector('gw_dutch', word)::text AS v FROM catalogue_lexicon WHERE added_xid >= $1::xid8`, [since]);
}

/** PostgreSQL's `gw_dutch` tsvector of each word. */
export function tsvectorsOf(db: Db, words: string[]): Promise<{ w: string; v: string }[]> {
  return db.query(`SELECT w, to_tsvector('gw_dutch', w)::text AS v FROM unnest($1::text[]) AS w`, [words]);
}
