import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __GW_PG__?: { stop(): Promise<void>; dataDir?: string } }).__GW_PG__;
  if (!pg) return;
  await pg.stop();
  if (pg.dataDir) rmSync(pg.dataDir, { recursive: true, force: true });
}
