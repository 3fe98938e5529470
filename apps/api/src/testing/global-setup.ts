import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../platform/embedded-services';

/** One PostgreSQL for the whole integration run: DATABASE_URL's server, or an embedded one.
 * Each test file then works in a database of its own. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.GW_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  // Under the system temp dir: run as root, PostgreSQL runs as user postgres and must reach it.
  const dataDir = path.join(os.tmpdir(), `groeiwijzer-test-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.TEST_PG_PORT ?? 54331), database: 'postgres' });
  process.env.GW_TEST_ADMIN_URL = pg.url;
  (globalThis as { __GW_PG__?: { stop(): Promise<void>; dataDir?: string } }).__GW_PG__ = { stop: pg.stop, dataDir };
}
