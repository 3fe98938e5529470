import { rmSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../platform/embedded-services';

/** One PostgreSQL for the whole integration run: DATABASE_URL's server, or an embedded one.
 * Each test file then works in a database of its own. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.GW_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = path.resolve(__dirname, '../../../../tmp/test-pg');
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.TEST_PG_PORT ?? 54331), database: 'postgres' });
  process.env.GW_TEST_ADMIN_URL = pg.url;
  (globalThis as { __GW_PG__?: { stop(): Promise<void> } }).__GW_PG__ = pg;
}
