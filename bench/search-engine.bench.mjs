// The in-memory search engine alone, in this process: the catalogue bench's 100,000 generated
// items, then searches not seen before (the same generator as the catalogue bench) one at a time,
// each through the built PostgresSearchEngine as the API calls it (analysis, spelling, the index,
// highlighting), with no HTTP and no other client. No target: where a new search's time goes, per
// kind of query, and how much of it the slowest take. Under 20 clients each request waits for the
// others in flight, so the catalogue bench's p95 follows this mean and this slow tail.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { BENCH_ADMIN, freshDatabase, percentile, root, startPlatform, table } from './lib.mjs';
import { generateItems, insertItems, unseenQueries } from './catalogue-data.mjs';

const ITEMS = Number(process.env.BENCH_CATALOGUE_ITEMS ?? 100_000);
const SEARCHES = Number(process.env.BENCH_ENGINE_SEARCHES ?? 20_000);
const SLOW_MS = 3;
const WARM_UP = 3_000;

const require = createRequire(import.meta.url);
const dist = (p) => path.join(root, 'dist/apps/api', p);

/** The catalogue bench's generated items in a fresh database (the platform makes the schema and
 * runs the embedded PostgreSQL; its own index stays off, so it does not read the catalogue beside
 * the engine measured here), and the engine as the API makes it, in this process, once its index
 * has read them all. `beforeRead` runs just before the engine is made; `close()` stops it all. */
export async function generatedEngine(prefix, { domain, mapper, today }, beforeRead = () => undefined) {
  const db = await freshDatabase(prefix);
  const platform = await startPlatform({ env: { ...db.env, DEMO_DATA: 'false', MEILI_URL: '', SEARCH_MEMORY_INDEX: 'false', ...BENCH_ADMIN } });
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  pool.on('error', () => undefined);
  let engine = null;
  const close = async () => {
    await engine?.onApplicationShutdown();
    await pool.end();
    await platform.stop();
    await db.drop();
  };
  try {
    const { PostgresSearchEngine } = require(dist('apps/api/src/catalogue/search/postgres-engine.js'));
    const publisherIds = (await pool.query(
      `INSERT INTO publishers (name, regions, status, approved_at) SELECT 'Bench uitgever ' || g, ARRAY['twente'], 'approved', now()
         FROM generate_series(1, 40) g RETURNING id`,
    )).rows.map((r) => r.id);
    await insertItems(pool, generateItems(ITEMS, { publisherIds, domain, mapper }), mapper);
    beforeRead();
    engine = new PostgresSearchEngine({ query: async (sql, values) => (await pool.query(sql, values)).rows, options: {} }, { searchMemoryIndex: true, searchRefreshMs: 200 });
    await engine.onApplicationBootstrap();
    const readStarted = performance.now();
    for (let last = -1; ;) {
      const { total } = await engine.search({ q: '', page: 1, perPage: 1, today });
      if (total > 0 && total === last) break;
      last = total;
      await new Promise((r) => setTimeout(r, 1000));
    }
    return { engine, readSeconds: (performance.now() - readStarted) / 1000, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function searchEngineBench() {
  require('reflect-metadata');
  const domain = require(dist('libs/domain/src/index.js'));
  const mapper = require(dist('apps/api/src/catalogue/item.mapper.js'));
  const { amsterdamDate } = require(dist('apps/api/src/common/time/amsterdam.js'));
  const today = amsterdamDate(new Date());
  const { engine, readSeconds, close } = await generatedEngine('gw_bench_engine', { domain, mapper, today });
  try {
    // Every other generated search is measured; of the others, the first WARM_UP are sent before,
    // as the catalogue bench's API has served new searches for 15 s before its measured run (the
    // first searches of a fresh process take up to ~100 times as long, while V8 compiles).
    const all = unseenQueries(2 * SEARCHES).map((u) => ({ kind: u.category, q: u.q, params: { q: u.q, page: u.page ?? 1, perPage: 10, today, ...u.filters } }));
    for (const s of all.filter((_, i) => i % 2 === 0).slice(0, WARM_UP)) JSON.stringify(await engine.search(s.params));
    const searches = all.filter((_, i) => i % 2 === 1);
    const times = [];
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    for (const s of searches) {
      const t0 = performance.now();
      JSON.stringify(await engine.search(s.params)); // the answer as the API writes it
      times.push({ kind: s.kind, q: s.q, ms: performance.now() - t0 });
    }
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);

    const row = (label, list) => {
      const ms = list.map((t) => t.ms).sort((a, b) => a - b);
      const sum = ms.reduce((a, b) => a + b, 0);
      const slow = ms.filter((m) => m > SLOW_MS);
      return [label, list.length.toLocaleString('en'), `${((sum / list.length) * 1000).toFixed(0)} µs`, `${(percentile(ms, 50) * 1000).toFixed(0)} µs`,
        `${percentile(ms, 95).toFixed(2)} ms`, `${ms[ms.length - 1].toFixed(1)} ms`, `${((100 * sum) / wall).toFixed(1)}%`,
        `${slow.length} (${((100 * slow.reduce((a, b) => a + b, 0)) / Math.max(sum, 1e-9)).toFixed(0)}% of its time)`];
    };
    const kinds = [...new Set(times.map((t) => t.kind))];
    console.log(`\nThe search engine alone, in process (${ITEMS.toLocaleString('en')} generated items, index read in ${readSeconds.toFixed(1)} s; ${SEARCHES.toLocaleString('en')} searches not seen before, one at a time, after ${WARM_UP.toLocaleString('en')} others)\n`);
    console.log(table(['kind', 'searches', 'mean', 'p50', 'p95', 'slowest', 'share of the time', `over ${SLOW_MS} ms`],
      [...kinds.map((k) => row(k, times.filter((t) => t.kind === k))), row('all', times)]));
    console.log(`\nWall time ${(wall / 1000).toFixed(1)} s; CPU time of this process ${((cpu.user + cpu.system) / 1000 / 1000).toFixed(1)} s (the collector's threads included).`);
    console.log(`The 10 slowest: ${times.slice().sort((a, b) => b.ms - a.ms).slice(0, 10).map((t) => `"${t.q}" (${t.kind}) ${t.ms.toFixed(1)} ms`).join('; ')}.`);
    return true;
  } finally {
    await close();
  }
}
