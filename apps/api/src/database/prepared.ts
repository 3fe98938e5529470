import { type Pool, type QueryResultRow } from 'pg';
import { type DataSource } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Runs a hot-path query as a named prepared statement on the pool TypeORM already holds:
 * PostgreSQL parses and plans it once per connection instead of on every request. */
export async function preparedQuery<T extends QueryResultRow>(db: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as Pool;
  const result = await pool.query<T>({ name, text, values });
  return result.rows;
}
