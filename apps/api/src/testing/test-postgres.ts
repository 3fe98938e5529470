import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../platform/embedded-services';

type Handle = { stop(): Promise<void>; dataDir?: string };
const holder = globalThis as { __GW_PG__?: Handle };

/** Jest global setup for a test tier: one PostgreSQL for the run (DATABASE_URL's server, or an
 * embedded one); each test file then creates a database of its own from GW_TEST_ADMIN_URL. */
export async function startTestPostgres(tier: string, port: number): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.GW_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  // Under the system temp dir: run as root, PostgreSQL runs as user postgres and must reach it.
  const dataDir = path.join(os.tmpdir(), `groeiwijzer-${tier}-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' });
  process.env.GW_TEST_ADMIN_URL = pg.url;
  holder.__GW_PG__ = { stop: pg.stop, dataDir };
}

/** Jest global teardown: stops the embedded PostgreSQL and removes its data. */
export async function stopTestPostgres(): Promise<void> {
  const pg = holder.__GW_PG__;
  if (!pg) return;
  await pg.stop();
  if (pg.dataDir) rmSync(pg.dataDir, { recursive: true, force: true });
}
