import { type DataSource } from 'typeorm';

export interface SearchLogEntry { day: string; q: string; filters: Record<string, string>; count: number; engine: string }

/** Writes a batch of logged searches in one statement. */
export async function insertSearchLog(db: DataSource, batch: SearchLogEntry[]): Promise<void> {
  await db.query(
    `INSERT INTO search_log (searched_on, q, filters, result_count, engine)
     SELECT * FROM unnest($1::date[], $2::text[], $3::jsonb[], $4::int[], $5::text[])`,
    [batch.map((e) => e.day), batch.map((e) => e.q), batch.map((e) => JSON.stringify(e.filters)), batch.map((e) => e.count), batch.map((e) => e.engine)],
  );
}
