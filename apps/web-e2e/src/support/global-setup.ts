import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../../api/src/platform/embedded-services';

/** One PostgreSQL for the browser run (DATABASE_URL's server, or embedded); each test file
 * starts the app on a database of its own. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.GW_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  // Under the system temp dir: run as root, PostgreSQL runs as user postgres and must reach it.
  const dataDir = path.join(os.tmpdir(), `groeiwijzer-e2e-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.E2E_PG_PORT ?? 54332), database: 'postgres' });
  process.env.GW_TEST_ADMIN_URL = pg.url;
  (globalThis as { __GW_PG__?: { stop(): Promise<void>; dataDir?: string } }).__GW_PG__ = { stop: pg.stop, dataDir };
}
