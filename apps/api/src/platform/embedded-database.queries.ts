import { type Client } from 'pg';

/** The statements the embedded database's start-up runs on a plain `pg` client, before TypeORM
 * (and the application's database) exist. */

/** Whether the server answers at all. */
export async function pingServer(client: Client): Promise<void> {
  await client.query('SELECT 1');
}

/** Creates `database` on the server unless it is there already. */
export async function createDatabaseIfMissing(client: Client, database: string): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!found.rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
}
