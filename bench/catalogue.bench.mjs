// Issue (catalogue search): with 100,000 catalogue items, search p95 ≤ 30 ms through the API at
// 20 concurrent clients on the PostgreSQL engine; a published change searchable within 1 s; an
// import of 10,000 rows within 30 s. Beside the API figures, from the same run: the API's own
// search SQL run straight through `pg` (20 clients), and a naive ILIKE '%word%' scan with the
// same filters, so the table shows where the time goes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { approvedPublisher, BENCH_ADMIN, call, freshDatabase, load, loadPaths, ms, percentile, root, startPlatform, table } from './lib.mjs';
import { generateItems, importCsv, insertItems, unseenQueries } from './catalogue-data.mjs';

export { generateItems, insertItems };

// BENCH_CATALOGUE_ITEMS: fewer items for a quick try while changing the bench; the target is for 100,000.
const ITEMS = Number(process.env.BENCH_CATALOGUE_ITEMS ?? 100_000);
const CLIENTS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const IMPORT_ROWS = 10_000;
// Distinct searches for the "not seen before" run: more than the API can answer in SECONDS.
const UNSEEN = Number(process.env.BENCH_UNSEEN ?? 120_000);

const require = createRequire(import.meta.url);
const dist = (p) => path.join(root, 'dist/apps/api', p);
/** The built API's own modules: the domain rules, the item mapper and the search engine. */
function built() {
  require('reflect-metadata'); // the engine is a Nest provider
  return {
    domain: require(dist('libs/domain/src/index.js')),
    mapper: require(dist('apps/api/src/catalogue/item.mapper.js')),
    engine: require(dist('apps/api/src/catalogue/search/postgres-engine.js')),
    dates: require(dist('apps/api/src/common/time/amsterdam.js')),
  };
}

/** What SME owners type, sent as the web app sends it: trimmed (so the last word is matched as a
 * prefix), 10 results a page. */
const MIX = [
  ['one word', 'subsidie'], ['one word', 'leiderschap'], ['one word', 'cursus'], ['one word', 'coach'], ['one word', 'leercultuur'],
  ['one word', 'vakmanschap'], ['one word', 'digitalisering'], ['one word', 'logistiek'],
  ['two words', 'subsidie scholing'], ['two words', 'leidinggeven bouw'], ['two words', 'training samenwerken'], ['two words', 'coach metaal'],
  ['two words', 'leercultuur zorg'], ['two words', 'opleiding logistiek'],
  ['typo', 'subsdie'], ['typo', 'leiderscap'], ['typo', 'opleidng'], ['typo', 'begelieding'], ['typo', 'digitalisring'], ['typo', 'vakmanscap logistiek'],
  ['filters', 'scholing', { region: 'twente' }], ['filters', 'subsidie', { kind: 'scheme', region: 'achterhoek' }],
  ['filters', 'coach', { kind: 'coach', region: 'rijnmond' }], ['filters', 'training', { sector: 'F' }],
  ['filters', 'leiderschap', { sector: 'C', region: 'twente' }], ['filters', 'zorg', { kind: 'training', sector: 'Q' }],
  ['prefix', 'lei'], ['prefix', 'leide'], ['prefix', 'leidersch'], ['prefix', 'sub'], ['prefix', 'subsi'], ['prefix', 'opl'],
  ['prefix', 'oplei'], ['prefix', 'samenw'], ['prefix', 'digit'], ['prefix', 'vakm'],
].map(([category, q, filters = {}]) => {
  const query = new URLSearchParams({ q, ...filters, perPage: '10' });
  return { category, q, filters, path: `/api/search?${query}`, label: [q, ...Object.entries(filters).map(([k, v]) => `${k}=${v}`)].join(' ') };
});
const CATEGORIES = [...new Set(MIX.map((m) => m.category))];

const summarise = (samples, seconds) => {
  const sorted = samples.slice().sort((a, b) => a - b);
  return { n: sorted.length, rps: sorted.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};

/** `clients` connections, each running the jobs in turn from its own place in the list, for `seconds`. */
async function hammer(pool, jobs, seconds) {
  const samples = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  let errors = 0;
  await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
    const client = await pool.connect();
    try {
      for (let i = Math.floor((c * jobs.length) / CLIENTS); performance.now() < until; i++) {
        const job = jobs[i % jobs.length];
        const t0 = performance.now();
        try {
          for (const s of job.statements) await client.query(s.sql, s.values);
        } catch {
          errors++;
          continue;
        }
        samples.push({ category: job.category, ms: performance.now() - t0 });
      }
    } finally {
      client.release();
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarise(samples.map((s) => s.ms), elapsed), samples, errors };
}

/** The naive way: every word as ILIKE '%word%' on title, summary or description; the same
 * visibility rules and filters as the API; the total and one page, newest first. */
function ilikeSql(p, words) {
  const values = [p.today];
  const param = (v) => `$${values.push(v)}`;
  const where = [`status = 'published'`, 'approved', `(valid_from IS NULL OR valid_from <= $1::date)`, `(valid_until IS NULL OR valid_until >= $1::date)`];
  for (const w of words) {
    const x = param(`%${w}%`);
    where.push(`(title ILIKE ${x} OR summary ILIKE ${x} OR description ILIKE ${x})`);
  }
  if (p.kind) where.push(`kind = ${param(p.kind)}`);
  if (p.region) where.push(`regions && ARRAY[${param(p.region)}, 'landelijk']`);
  if (p.sector) where.push(`(sectors = '{}' OR sectors @> ARRAY[${param(p.sector)}])`);
  const sql = `SELECT id, kind, title, summary, provider, regions, aspects, count(*) OVER () AS total
    FROM catalogue_items WHERE ${where.join(' AND ')} ORDER BY published_at DESC, id LIMIT ${param(p.perPage)}`;
  return { sql, values };
}

/** A process's resident memory in MB, from /proc. */
function rssOf(pid) {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** ", of which JS heap … MB, outside the heap (typed arrays, buffers) … MB", from the API's /metrics. */
async function heapSplit(base) {
  const text = await fetch(`${base}/metrics`).then((r) => (r.ok ? r.text() : ''), () => '');
  const metric = (name) => Number(new RegExp(`^groeiwijzer_${name} (\\S+)$`, 'm').exec(text)?.[1]) / 1024 / 1024;
  const heap = metric('nodejs_heap_size_used_bytes');
  const external = metric('nodejs_external_memory_bytes');
  return Number.isFinite(heap) && Number.isFinite(external) ? `, of which JS heap in use ${heap.toFixed(0)} MB, outside the heap (typed arrays, buffers) ${external.toFixed(0)} MB` : '';
}

const median = (xs) => percentile(xs.slice().sort((a, b) => a - b), 50);
const letters = (n) => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

export async function catalogueBench() {
  const db = await freshDatabase('gw_bench_catalogue');
  const platform = await startPlatform({ env: { ...db.env, DEMO_DATA: 'false', MEILI_URL: '', ...BENCH_ADMIN } });
  const pool = new pg.Pool({ connectionString: db.url, max: CLIENTS });
  pool.on('error', () => undefined); // an idle connection cut at shutdown
  const rows = [];
  const lines = [];
  const explained = [];
  try {
    const base = platform.baseUrl;
    const { domain, mapper, engine, dates } = built();
    // The import's rows name any region: its publisher is approved for all of them (and nationwide).
    const member = await approvedPublisher(base, { regions: ['landelijk', ...domain.REGIONS.map((r) => r.key)] });

    // 100,000 items over 40 approved publishers, straight into the database.
    const loadStarted = performance.now();
    const publisherIds = (await pool.query(
      `INSERT INTO publishers (name, regions, status, approved_at) SELECT 'Bench uitgever ' || g, ARRAY['twente'], 'approved', now()
         FROM generate_series(1, 40) g RETURNING id`,
    )).rows.map((r) => r.id);
    const items = generateItems(ITEMS, { publisherIds, domain, mapper });
    const { words } = await insertItems(pool, items, mapper);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const today = dates.amsterdamDate(new Date());
    const [{ n: searchable }] = (await pool.query(
      `SELECT count(*)::int AS n FROM catalogue_items WHERE status = 'published' AND approved
          AND (valid_from IS NULL OR valid_from <= $1::date) AND (valid_until IS NULL OR valid_until >= $1::date)`, [today],
    )).rows;
    // The rows went in behind the API's back, as another instance or an import would: wait
    // until its index has read them all.
    const indexStarted = performance.now();
    for (;;) {
      const r = await call(base, 'GET', '/api/search?perPage=1');
      if (r.status === 200 && r.body.total === searchable) break;
      if (performance.now() - indexStarted > 120_000) throw new Error(`the API found ${r.body?.total} of ${searchable} items after 120 s`);
      await new Promise((res) => setTimeout(res, 100));
    }
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    lines.push(`${ITEMS.toLocaleString('en')} generated items (${searchable.toLocaleString('en')} published and currently valid), word list of ${words.toLocaleString('en')} words;`,
      `loaded in ${loadSeconds.toFixed(1)} s (INSERT … SELECT FROM unnest, 5,000 rows a statement, 2 at a time; then ANALYZE);`,
      `all of them searchable through the API ${indexSeconds.toFixed(1)} s later (its in-memory index reads committed rows every 200 ms).`);

    // The SQL of each query: the built engine with SEARCH_MEMORY_INDEX=false, its database calls
    // captured (spelling corrections, then the one search statement from buildSearchSql): what
    // PostgreSQL alone does for the same search. The API's totals must be the same.
    const sqlMode = { searchMemoryIndex: false, searchRefreshMs: 200 };
    const jobs = [];
    for (const m of MIX) {
      const params = { q: m.q, page: 1, perPage: 10, today, ...m.filters };
      const statements = [];
      const pgEngine = new engine.PostgresSearchEngine({ query: async (sql, values) => (statements.push({ sql, values }), (await pool.query(sql, values)).rows) }, sqlMode);
      const result = await pgEngine.search(params);
      const words = domain.queryTerms(m.q).map((t) => t.word);
      jobs.push({ ...m, statements, total: result.total, ilike: [ilikeSql(params, words)] });
    }
    // Searches nobody made before: generated from the catalogue's words (one word, two words, a
    // typo, filters, a prefix), each path once. Their SQL is captured without running the search
    // statement (only the spelling lookup runs), for the SQL and ILIKE rows of the table.
    const unseen = unseenQueries(UNSEEN);
    // Two runs with the same mix: every other search.
    const firstHalf = unseen.filter((_, i) => i % 2 === 0);
    const secondHalf = unseen.filter((_, i) => i % 2 === 1);
    const unseenJobs = [];
    for (const u of secondHalf.slice(0, 400)) {
      const params = { q: u.q, page: u.page, perPage: 10, today, ...u.filters };
      const statements = [];
      const capture = new engine.PostgresSearchEngine({
        query: async (sql, values) => (sql.includes('catalogue_lexicon') ? (await pool.query(sql, values)).rows : (statements.push({ sql, values }), [{ total: 0 }])),
      }, sqlMode);
      await capture.search(params);
      const words = domain.queryTerms(u.q).map((t) => t.word);
      // The spelling lookup is part of the cost: it runs again in the measured job.
      const spelling = domain.queryTerms(u.q).filter((t) => t.word.length >= 4 && !/^\d+$/.test(t.word));
      unseenJobs.push({ category: u.category, statements: [...(spelling.length ? [{ sql: engine.CORRECTIONS_SQL, values: [spelling.map((t) => t.word), spelling.map((t) => t.prefix)] }] : []), ...statements], ilike: [ilikeSql(params, words)] });
    }

    // One pass through the API, one request at a time: the same totals as the captured SQL (so
    // the SQL measured below is what the API runs), and each query's time on an idle server.
    const single = [];
    for (const job of jobs) {
      const t0 = performance.now();
      const r = await call(base, 'GET', job.path);
      single.push({ category: job.category, ms: performance.now() - t0 });
      if (r.status !== 200) throw new Error(`${job.path}: ${r.status}`);
      if (r.body.total !== job.total) throw new Error(`${job.path}: the API found ${r.body.total}, the captured SQL ${job.total}`);
    }

    // BENCH_EXPLAIN=1: the plan of the slowest query of the mix (one client), to see where time goes.
    if (process.env.BENCH_EXPLAIN) {
      const slowest = jobs[single.indexOf(single.reduce((a, b) => (b.ms > a.ms ? b : a)))];
      for (const s of slowest.statements) {
        const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.values);
        explained.push(`EXPLAIN (ANALYZE, BUFFERS) of "${slowest.label}" (values ${JSON.stringify(s.values)}):`, ...plan.rows.map((r) => r['QUERY PLAN']), '');
      }
    }

    // Through the API: autocannon, 20 connections cycling through the mix. The API keeps recent
    // results per catalogue version, so a mix that repeats is mostly answered from that cache:
    // measured as is ("repeated"), and with every request a search it has not seen ("new": the
    // same queries on pages 2–40, which cost the same SQL).
    await load({ url: base, paths: MIX.map((m) => m.path), connections: CLIENTS, duration: 3, timeout: 60 });
    const api = await load({ url: base, paths: MIX.map((m) => m.path), connections: CLIENTS, duration: SECONDS, timeout: 60 });
    // Searches not seen before, every request another search: first right after the repeated
    // run (the words are new to the API's per-word lists), then again with other searches of the
    // same words, as an API that has served a while. Their paths never repeat, across both runs.
    // The highest resident memory while searches not seen before come in (no target: the target
    // is for the process after the runs), read every 200 ms.
    let rssPeak = 0;
    const rssSampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(platform.pid) || 0)), 200);
    const apiFirst = await loadPaths({ url: base, paths: firstHalf.map((u) => u.path), connections: CLIENTS, duration: SECONDS });
    // The API process's own CPU time per search (user + system, from /proc): what a search costs
    // whatever else the machine is doing, where latencies also count the waiting for a core.
    const cpuMs = () => {
      try {
        const fields = readFileSync(`/proc/${platform.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
      } catch {
        return NaN;
      }
    };
    const cpuBefore = cpuMs();
    const apiCold = await loadPaths({ url: base, paths: secondHalf.map((u) => u.path), connections: CLIENTS, duration: SECONDS });
    const cpuPerSearch = (cpuMs() - cpuBefore) / apiCold.requests;
    clearInterval(rssSampler);
    if (apiFirst.exhausted || apiCold.exhausted) throw new Error(`only ${UNSEEN} unseen searches: raise BENCH_UNSEEN`);
    // The same searches' SQL straight through pg, then the ILIKE scan.
    const sql = await hammer(pool, unseenJobs.map((j) => ({ category: j.category, statements: j.statements })), SECONDS);
    const ilike = await hammer(pool, unseenJobs.map((j) => ({ category: j.category, statements: j.ilike })), SECONDS);

    lines.push('', `Search: ${MIX.length}-query mix (${CATEGORIES.join(', ')}), 10 a page, ${CLIENTS} concurrent clients, ${SECONDS} s each`,
      '(repeated: autocannon cycling through the mix; not seen before: distinct generated searches of the catalogue\'s words, one word, two words,',
      'a typo, filters or a prefix, pages 1–3, each sent once by plain keep-alive clients; SQL: the statements the API runs with',
      'SEARCH_MEMORY_INDEX=false for 400 of those searches, and ILIKE for the same, through node-postgres; percentiles over every response)', '');
    const ratio = (x) => (Number.isFinite(x.p95 / sql.p95) ? `${(x.p95 / sql.p95).toFixed(2)}×` : 'n/a');
    lines.push(table(
      ['path', 'requests/s', 'p50', 'p95', 'p99', 'errors', 'p95 ÷ SQL p95'],
      [
        ['GET /api/search (API, PostgreSQL engine), repeated searches', api.rps.toFixed(1), ms(api.p50), ms(api.p95), ms(api.p99), `${api.errors} of ${api.requests}`, ratio(api)],
        [`GET /api/search (API), searches not seen before, first ${SECONDS} s of them`, apiFirst.rps.toFixed(1), ms(apiFirst.p50), ms(apiFirst.p95), ms(apiFirst.p99), `${apiFirst.errors} of ${apiFirst.requests}`, ratio(apiFirst)],
        [`GET /api/search (API), searches not seen before, the next ${SECONDS} s`, apiCold.rps.toFixed(1), ms(apiCold.p50), ms(apiCold.p95), ms(apiCold.p99), `${apiCold.errors} of ${apiCold.requests}`, ratio(apiCold)],
        ['the API\'s SQL straight through pg (spelling + search)', sql.rps.toFixed(1), ms(sql.p50), ms(sql.p95), ms(sql.p99), `${sql.errors} of ${sql.n + sql.errors}`, '1.00×'],
        ['naive ILIKE \'%word%\' (title, summary, description), same filters', ilike.rps.toFixed(1), ms(ilike.p50), ms(ilike.p95), ms(ilike.p99), `${ilike.errors} of ${ilike.n + ilike.errors}`, ratio(ilike)],
      ],
    ));
    lines.push('', 'Per kind of query: matches, one request at a time through the API (idle server), and under 20 clients', '');
    const byCategory = (samples, c) => samples.filter((s) => s.category === c).map((s) => s.ms).sort((a, b) => a - b);
    lines.push(table(
      ['query kind', 'matches (min–max)', 'API, 1 client: median', 'SQL, 20 clients: p50', 'p95', 'ILIKE, 20 clients: p95'],
      CATEGORIES.map((c) => {
        const totals = jobs.filter((j) => j.category === c).map((j) => j.total);
        const s = byCategory(sql.samples, c);
        return [c, `${Math.min(...totals).toLocaleString('en')}–${Math.max(...totals).toLocaleString('en')}`, ms(median(byCategory(single, c))),
          ms(percentile(s, 50)), ms(percentile(s, 95)), ms(percentile(byCategory(ilike.samples, c), 95))];
      }),
    ));
    rows.push([`search p95, ${CLIENTS} clients, through the API, repeated searches (${api.rps.toFixed(1)} req/s)`, ms(api.p95), '≤ 30 ms', api.p95 <= 30]);
    const rss = rssOf(platform.pid);
    lines.push('', `API process memory after these runs (RSS): ${Number.isFinite(rss) ? `${rss.toFixed(0)} MB` : 'n/a'}${await heapSplit(base)}.`);
    // A new instance on the same database: from start to the first search over the whole catalogue.
    const second = await startPlatform({ env: { ...db.env, DEMO_DATA: 'false', MEILI_URL: '', ...BENCH_ADMIN } });
    try {
      const spawned = performance.now() - second.readyMs;
      for (;;) {
        const r = await call(second.baseUrl, 'GET', '/api/search?q=subsidie&perPage=1');
        const all = await call(second.baseUrl, 'GET', '/api/search?perPage=1');
        if (r.status === 200 && all.status === 200 && all.body.total === searchable) break;
        if (performance.now() - spawned > 180_000) throw new Error('a second instance did not find the catalogue in 180 s');
        await new Promise((res) => setTimeout(res, 50));
      }
      const firstSearch = (performance.now() - spawned) / 1000;
      const rssSecond = rssOf(second.pid);
      lines.push(`A new API instance on the same database: started to first search over all ${searchable.toLocaleString('en')} items in ${firstSearch.toFixed(1)} s (health after ${(second.readyMs / 1000).toFixed(1)} s); its memory then (RSS): ${rssSecond.toFixed(0)} MB${await heapSplit(second.baseUrl)}.`);
      rows.push([`API process memory (RSS) at ${ITEMS.toLocaleString('en')} items, after the search runs`, `${rss.toFixed(0)} MB`, '≤ 400 MB', rss <= 400]);
      rows.push([`  the highest while the searches not seen before ran (read every 200 ms; no target)`, `${rssPeak.toFixed(0)} MB`, 'n/a', true]);
      rows.push([`  a new instance, at its first search (${firstSearch.toFixed(1)} s after start; no target)`, `${rssSecond.toFixed(0)} MB`, 'n/a', true]);
    } finally {
      await second.stop();
    }
    lines.push(`API process CPU time per search not seen before (the next ${SECONDS} s): ${Number.isFinite(cpuPerSearch) ? `${cpuPerSearch.toFixed(2)} ms` : 'n/a'}; load average then ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`);
    // The same searches (others of the same kinds, never sent before) to an instance with the
    // index in a worker thread (SEARCH_INDEX_THREAD=true): its p95 and memory beside the default's.
    const threaded = await startPlatform({ env: { ...db.env, DEMO_DATA: 'false', MEILI_URL: '', SEARCH_INDEX_THREAD: 'true', ...BENCH_ADMIN } });
    let threadRows;
    try {
      for (const started = performance.now(); ;) {
        const r = await call(threaded.baseUrl, 'GET', '/api/search?perPage=1');
        if (r.status === 200 && r.body.total === searchable) break;
        if (performance.now() - started > 180_000) throw new Error('the instance with the index thread did not find the catalogue in 180 s');
        await new Promise((res) => setTimeout(res, 50));
      }
      const rssFirst = rssOf(threaded.pid);
      await loadPaths({ url: threaded.baseUrl, paths: firstHalf.slice(30_000).map((u) => u.path), connections: CLIENTS, duration: SECONDS });
      const t = await loadPaths({ url: threaded.baseUrl, paths: secondHalf.slice(30_000).map((u) => u.path), connections: CLIENTS, duration: SECONDS });
      const rssAfter = rssOf(threaded.pid);
      lines.push(`With the index in a worker thread (SEARCH_INDEX_THREAD=true; a third instance, ${SECONDS} s of new searches to warm up, then ${SECONDS} s measured): p50 ${ms(t.p50)}, p95 ${ms(t.p95)} at ${t.rps.toFixed(1)} req/s, ${t.errors} errors; RSS ${rssFirst.toFixed(0)} MB at its first search, ${rssAfter.toFixed(0)} MB after.`);
      threadRows = [
        // An option, off by default because it takes more memory than the 400 MB the default is
        // held to: shown beside the default, without a target of its own.
        [`  the same with the index in a worker thread, SEARCH_INDEX_THREAD=true (${t.rps.toFixed(1)} req/s; an option, off by default; no target)`, ms(t.p95), 'n/a', t.errors === 0],
        ['  its memory (RSS) after those runs (the reason it is off by default; no target)', `${rssAfter.toFixed(0)} MB`, 'n/a', true],
      ];
    } finally {
      await threaded.stop();
    }
    rows.push([`search p95, ${CLIENTS} clients, through the API, searches not seen before, after the first ${SECONDS} s of them (${apiCold.rps.toFixed(1)} req/s)`, ms(apiCold.p95), '≤ 30 ms', apiCold.p95 <= 30]);
    rows.push([`  the same, the first ${SECONDS} s of them (${apiFirst.rps.toFixed(1)} req/s; no target)`, ms(apiFirst.p95), 'n/a', true]);
    rows.push(...threadRows);
    const errs = api.errors + apiFirst.errors + apiCold.errors;
    const reqs = api.requests + apiFirst.requests + apiCold.requests;
    rows.push(['  search responses without error', `${reqs - errs} of ${reqs}`, 'all', errs === 0 && api.requests > 0]);

    // A published change is searchable: create, publish, then search every 20 ms until found.
    const fresh = [];
    for (let i = 0; i < 10; i++) {
      const word = `versbench${letters(8)}`;
      const created = await call(base, 'POST', `/api/publishers/${member.publisherId}/items`, {
        cookie: member.cookie,
        body: { kind: 'training', title: `Training ${word} voor de bouw`, summary: 'Een nieuwe training, net gepubliceerd door de sectortafel.', aspects: ['leadership'],
          regions: ['twente'], sectors: ['F'], sizeClasses: [], provider: 'Bench Sectortafel', costEur: 0, format: 'online' },
      });
      if (created.status !== 201) throw new Error(`item not created: ${created.status} ${JSON.stringify(created.body)}`);
      const t0 = performance.now();
      const published = await call(base, 'POST', `/api/items/${created.body.id}/publish`, { cookie: member.cookie });
      if (published.status !== 200) throw new Error(`item not published: ${published.status}`);
      let found = Infinity;
      while (performance.now() - t0 < 5000) {
        const r = await call(base, 'GET', `/api/search?q=${word}`);
        if (r.body?.hits?.some((h) => h.id === created.body.id)) {
          found = performance.now() - t0;
          break;
        }
        await new Promise((res) => setTimeout(res, 20));
      }
      fresh.push(found);
    }
    const freshMax = Math.max(...fresh);
    rows.push([`published change searchable (publish sent → found, polled every 20 ms): median ${ms(median(fresh))}, max of ${fresh.length}`,
      Number.isFinite(freshMax) ? ms(freshMax) : 'not found in 5 s', '≤ 1000 ms', freshMax <= 1000]);

    // An import of 10,000 rows as CSV in the template's columns: a dry run, then for real.
    const template = await call(base, 'GET', '/api/catalogue/import-template.csv');
    const header = String(template.body).split(/\r?\n/)[0].split(',');
    const csv = importCsv(header, generateItems(IMPORT_ROWS, { seed: 7, publisherIds: [member.publisherId], domain, mapper }));
    for (const dryRun of [true, false]) {
      const t0 = performance.now();
      const r = await call(base, 'POST', `/api/publishers/${member.publisherId}/import?dryRun=${dryRun}&publish=true`, { cookie: member.cookie, body: csv, type: 'text/csv' });
      const seconds = (performance.now() - t0) / 1000;
      const ok = r.status === 200 && r.body.created === IMPORT_ROWS && r.body.errors.length === 0;
      const outcome = ok ? '' : ` — HTTP ${r.status}, created ${r.body?.created}, ${r.body?.errors?.length} errors ${JSON.stringify(r.body?.errors?.slice(0, 2) ?? r.body).slice(0, 200)}`;
      rows.push([`import of ${IMPORT_ROWS.toLocaleString('en')} CSV rows (${(csv.length / 1e6).toFixed(1)} MB), ${dryRun ? 'dry run (checked, nothing written)' : 'published'}, end to end`,
        `${seconds.toFixed(1)} s${outcome}`, '≤ 30 s', ok && seconds <= 30]);
    }
    const [{ n: imported }] = (await pool.query(`SELECT count(*)::int AS n FROM catalogue_items WHERE publisher_id = $1 AND external_id LIKE 'gen-%'`, [member.publisherId])).rows;
    rows.push(['  imported rows in the database', imported.toLocaleString('en'), IMPORT_ROWS.toLocaleString('en'), imported === IMPORT_ROWS]);
  } catch (error) {
    console.error(`The API's output:\n${platform.output().slice(-4000)}`);
    throw error;
  } finally {
    await pool.end();
    await platform.stop();
    await db.drop();
  }
  console.log(`\nCatalogue search, freshness and import through the API (PostgreSQL engine, ${process.env.DATABASE_URL ? 'a fresh database on DATABASE_URL' : 'embedded PostgreSQL'})\n`);
  console.log(lines.join('\n'));
  console.log('\n' + table(['measure', 'measured', 'target', 'met'], rows.map(([a, b, c, ok]) => [a, b, c, !ok ? 'NO' : c === 'n/a' ? '—' : 'yes'])));
  if (explained.length) console.log(['', ...explained].join('\n'));
  return rows.every((r) => r[3]);
}
