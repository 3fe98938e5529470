// Issue 2: `npm start` is ready within 60 s on first start (database initialisation) and within
// 30 s after that, on an installed checkout.
import { startPlatform, table, tempDir } from './lib.mjs';

export async function startupBench() {
  const dataDir = tempDir('gw-start-');
  const rows = [];
  for (const [label, limit] of [['first start (initialises PostgreSQL, loads demo data)', 60], ['second start (existing data)', 30]]) {
    const platform = await startPlatform({ launcher: true, env: { DATA_DIR: dataDir } });
    rows.push([label, `${(platform.readyMs / 1000).toFixed(1)} s`, `≤ ${limit} s`, platform.readyMs <= limit * 1000 ? 'yes' : 'NO']);
    await platform.stop();
  }
  console.log('\n`npm start` (tools/start.mjs: Nx build from cache, embedded PostgreSQL and mail catcher), until it answers\n');
  console.log(table(['start', 'ready after', 'target', 'met'], rows));
  return rows.every((r) => r[3] === 'yes');
}
