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
      rows.push([`  a new instance, at its first search (${firstSearch.toFixed(1)} s after start; no target)`, `${rssSecond.toFixed(0)} MB`, 'n/a', true]);
    } finally {
      await second.stop();
    }
    lines.push(`API process CPU time per search not seen before (the next ${SECONDS} s): ${Number.isFinite(cpuPerSearch) ? `${cpuPerSearch.toFixed(2)} ms` : 'n/a'}; load average then ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`);
    rows.push([`search p95, ${CLIENTS} clients, through the API, searches not seen before, after the first ${SECONDS} s of them (${apiCold.rps.toFixed(1)} req/s)`, ms(apiCold.p95), '≤ 30 ms', apiCold.p95 <= 30]);
    rows.push([`  the same, the first ${SECONDS} s of them (${apiFirst.rps.toFixed(1)} req/s; no target)`, ms(apiFirst.p95), 'n/a', true]);
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
  console.log('\n' + table(['measure', 'measured', 'target', 'met'], rows.map(([a, b, c, ok]) => [a, b, c, ok ? 'yes' : 'NO'])));
  if (explained.length) console.log(['', ...explained].join('\n'));
  return rows.every((r) => r[3]);
}

/** `count` distinct searches an owner could type, from the words the generated catalogue uses:
 * one word, two words, a typo (a letter dropped, doubled, swapped or replaced), a word with
 * filters, or the first letters of a word while typing; pages 1–3, 10 a page. Deterministic. */
export function unseenQueries(count, seed = 99) {
  const r = random(seed);
  // The words owners type most (themes, sectors, kinds, places, roles) and the long tail of the
  // catalogue's compound words, two- and three-part (some of the latter no item uses: searches
  // that find nothing are part of the traffic too).
  const common = [...new Set([
    ...Object.values(THEMES).flat(), ...Object.values(SECTOR_WORDS).flat(), ...Object.values(KIND_WORDS).flat().map((w) => w.toLowerCase()),
    ...PLACES.map((p) => p.toLowerCase()), ...COACH_ROLES.map(([, role]) => role.toLowerCase()),
    'subsidie', 'regeling', 'cursus', 'opleiding', 'coach', 'begeleiding', 'scholing', 'training', 'leercultuur', 'vakmanschap',
  ].flatMap((w) => w.split(' ')).filter((w) => /^[a-z-]{3,}$/.test(w)))];
  const tail = [...COMPOUNDS, ...HEADS.flatMap((h) => COMPOUNDS.slice(0, 300).map((c) => h + c))];
  const word = () => (r.chance(0.6) ? r.pick(common) : r.pick(tail));
  const typo = (w) => {
    const i = 1 + r.int(w.length - 2);
    const op = r.int(4);
    if (op === 0) return w.slice(0, i) + w.slice(i + 1);
    if (op === 1) return w.slice(0, i) + w[i] + w.slice(i);
    if (op === 2) return w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
    return w.slice(0, i) + String.fromCharCode(97 + r.int(26)) + w.slice(i + 1);
  };
  const filterSets = () => {
    const f = {};
    const pickN = 1 + r.int(2);
    for (const key of r.some(['kind', 'region', 'sector', 'aspect', 'sizeClass'], pickN, pickN)) {
      if (key === 'kind') f.kind = r.pick(['scheme', 'training', 'coach']);
      if (key === 'region') f.region = r.pick(['twente', 'achterhoek', 'rijnmond', 'groot-amsterdam', 'midden-utrecht', 'landelijk']);
      if (key === 'sector') f.sector = r.pick(SECTOR_CODES);
      if (key === 'aspect') f.aspect = r.pick(Object.keys(THEMES));
      if (key === 'sizeClass') f.sizeClass = r.pick(['micro', 'small', 'medium']);
    }
    return f;
  };
  const seen = new Set();
  const out = [];
  while (out.length < count) {
    const roll = r.int(36);
    let category;
    let q;
    let filters = {};
    const longWord = (min) => {
      for (;;) {
        const w = word();
        if (w.length >= min) return w;
      }
    };
    if (roll < 8) [category, q] = ['one word', word()];
    else if (roll < 14) [category, q] = ['two words', `${word()} ${word()}`];
    else if (roll < 20) [category, q] = ['typo', r.chance(0.7) ? typo(longWord(6)) : `${typo(longWord(6))} ${word()}`];
    else if (roll < 26) [category, q, filters] = ['filters', word(), filterSets()];
    else {
      const w = longWord(5);
      [category, q] = ['prefix', w.slice(0, 2 + r.int(w.length - 2))];
    }
    const page = r.chance(0.7) ? 1 : 2 + r.int(2);
    const path = `/api/search?${new URLSearchParams({ q, ...filters, page: String(page), perPage: '10' })}`;
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ category, q, filters, page, path });
  }
  return out;
}

/** Rows as the import CSV: the template's columns, lists joined with `|`, a Dutch decimal comma. */
function importCsv(header, items) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = items.map((it) => {
    const { scheme, training, coach } = it.details;
    const values = {
      kind: it.kind, externalId: it.external_id, title: it.title, summary: it.summary, description: it.description,
      aspects: it.aspects.join('|'), regions: it.regions.join('|'), sectors: it.sectors.join('|'), sizeClasses: it.size_classes.join('|'),
      provider: it.provider, url: it.url, contactEmail: it.contact_email, costEur: it.cost_eur, format: it.format, language: it.language,
      validFrom: it.valid_from, validUntil: it.valid_until,
      'scheme.fundingShare': scheme?.fundingShare == null ? '' : String(scheme.fundingShare).replace('.', ','),
      'scheme.maxAmountEur': scheme?.maxAmountEur, 'scheme.eligibility': scheme?.eligibility,
      'scheme.windows': scheme?.windows.map((w) => `${w.opens}/${w.closes}`).join('|'),
      'training.durationHours': training?.durationHours, 'training.startDates': training?.startDates.join('|'),
      'coach.coachType': coach?.coachType, 'coach.entrepreneurExperience': coach ? (coach.entrepreneurExperience ? 'ja' : 'nee') : '',
      'coach.capacity': coach?.capacity, 'coach.languages': coach?.languages.join('|'),
    };
    return header.map((c) => cell(values[c])).join(',');
  });
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

// ---- Generated catalogue items -------------------------------------------------------------
// Dutch titles, summaries and descriptions built from the words the field uses, with a long
// tail of compound words and names (so the word list for typo tolerance is as varied as a real
// catalogue's), mixed kinds, regions (incl. landelijk), sectors, sizes and aspects, and the
// statuses a living catalogue has. Deterministic for a seed.

/** A small seeded random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  // Skewed towards the front of the list: common words are common, the tail is rare.
  const zipf = (xs) => xs[Math.min(xs.length - 1, Math.floor(xs.length * next() ** 2.2))];
  const some = (xs, min, max) => {
    const n = min + int(max - min + 1);
    const out = new Set();
    while (out.size < Math.min(n, xs.length)) out.add(pick(xs));
    return [...out];
  };
  return { next, int, pick, zipf, some, chance: (p) => next() < p };
}

// Themes per aspect: [phrase as used in a title, a related noun for sentences].
const THEMES = {
  leadership: ['leiderschap', 'leidinggeven', 'coachend leidinggeven', 'leidinggevenden', 'teamleiders', 'management', 'situationeel leiderschap', 'persoonlijk leiderschap'],
  collaboration: ['samenwerken', 'samenwerking', 'teamontwikkeling', 'teamwork', 'feedback geven', 'samenwerken tussen afdelingen', 'communicatie in het team'],
  work_content: ['vakmanschap', 'vakkennis', 'vaardigheden', 'werkplezier', 'taakvariatie', 'probleemoplossend werken', 'digitale vaardigheden', 'veilig werken'],
  room_and_safety: ['ontwikkeltijd', 'leerbudget', 'psychologische veiligheid', 'experimenteren', 'leren van fouten', 'ruimte om te leren', 'duurzame inzetbaarheid'],
  learning_organisation: ['leercultuur', 'opleidingsplan', 'ontwikkelgesprekken', 'strategische personeelsplanning', 'leerbeleid', 'loopbaanscan', 'scholing', 'leven lang ontwikkelen'],
  outside_connection: ['praktijkleren', 'leerwerkplekken', 'stages', 'samenwerking met het onderwijs', 'kennisdeling', 'netwerken', 'innovatie', 'open innovatie'],
};

const SECTOR_WORDS = {
  A: ['landbouw', 'tuinbouw', 'agrarische sector', 'veehouderij'],
  C: ['metaal', 'metaalsector', 'techniek', 'maakindustrie', 'metalektro', 'productie', 'voedingsindustrie'],
  F: ['bouw', 'infra', 'installatietechniek', 'bouwsector', 'timmerfabrieken', 'schilders'],
  G: ['detailhandel', 'groothandel', 'autobedrijven', 'winkels'],
  H: ['logistiek', 'transport', 'haven', 'warehousing'],
  I: ['horeca', 'hotels', 'restaurants', 'recreatie'],
  J: ['ict', 'softwarebedrijven', 'digitalisering', 'media'],
  M: ['advies', 'ingenieursbureaus', 'accountancy'],
  N: ['schoonmaak', 'uitzendbranche', 'facilitaire dienstverlening'],
  P: ['onderwijs', 'kinderopvang', 'opleidingsbedrijven'],
  Q: ['zorg', 'welzijn', 'thuiszorg', 'ouderenzorg', 'gehandicaptenzorg'],
  S: ['kappers', 'ambachten', 'uitvaartbranche'],
};
const SECTOR_CODES = Object.keys(SECTOR_WORDS);

// A long tail of compound words, as Dutch makes them.
const HEADS = ['metaal', 'zorg', 'bouw', 'logistiek', 'techniek', 'installatie', 'las', 'monteurs', 'team', 'leer', 'werk', 'vak', 'kennis',
  'loopbaan', 'praktijk', 'veiligheids', 'kwaliteits', 'productie', 'onderhouds', 'klant', 'personeels', 'opleidings', 'ontwikkel', 'innovatie',
  'duurzaamheids', 'energie', 'data', 'robot', 'machine', 'proces', 'project', 'planning', 'verkoop', 'inkoop', 'magazijn', 'transport',
  'horeca', 'keuken', 'zorgteam', 'werkvloer', 'bedrijfs', 'ondernemers', 'sector', 'regio', 'leerwerk', 'talent', 'vakmans', 'coaching'];
const TAILS = ['bedrijf', 'sector', 'opleiding', 'training', 'traject', 'plan', 'budget', 'coach', 'praktijk', 'dag', 'sessie', 'programma',
  'scan', 'advies', 'methode', 'vaardigheden', 'gesprek', 'cultuur', 'beleid', 'netwerk', 'route', 'kompas', 'academie', 'lab', 'werkplaats',
  'module', 'leergang', 'certificaat', 'check', 'aanpak', 'ontwikkeling', 'kennis', 'team', 'strategie', 'monitor'];
const COMPOUNDS = HEADS.flatMap((h) => TAILS.filter((t) => !h.startsWith(t) && !t.startsWith(h) && !h.endsWith(t)).map((t) => h + t));
// Three-part compounds (metaalopleidingsbudget …): the rare words of the long tail.
const compoundOf = (r) => (r.chance(0.35) ? `${r.pick(HEADS)}${r.zipf(COMPOUNDS)}` : r.zipf(COMPOUNDS));

const PLACES = ['Enschede', 'Hengelo', 'Almelo', 'Doetinchem', 'Winterswijk', 'Rotterdam', 'Dordrecht', 'Zwolle', 'Deventer', 'Apeldoorn',
  'Arnhem', 'Nijmegen', 'Eindhoven', 'Helmond', 'Tilburg', 'Breda', 'Groningen', 'Leeuwarden', 'Assen', 'Utrecht', 'Amersfoort',
  'Haarlem', 'Alkmaar', 'Leiden', 'Delft', 'Maastricht', 'Venlo', 'Heerlen', 'Middelburg', 'Emmen', 'Lelystad', 'Den Bosch'];
const FIRST = ['Jan', 'Marieke', 'Henk', 'Sanne', 'Peter', 'Ingrid', 'Gerrit', 'Fatima', 'Ahmed', 'Els', 'Kees', 'Annemiek', 'Bart', 'Yvonne',
  'Wim', 'Lotte', 'Ruud', 'Nicole', 'Mohamed', 'Karin', 'Johan', 'Linda', 'Erik', 'Monique', 'Hans', 'Esther', 'Tom', 'Sabine'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks',
  'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'Haan', 'Vermeulen',
  'Schouten', 'Willems', 'Hoekstra', 'Koster', 'Prins', 'Kuipers', 'Veenstra', 'Postma', 'Kramer', 'Huisman', 'Wijnands'];
const PROVIDERS = ['Leerwerkloket Twente', 'Sectortafel Bouw & Infra', 'ROC van Twente', 'Graafschap College', 'Albeda', 'OOM', 'A+O fonds Metalektro',
  'Techniek Nederland', 'Bouwmensen', 'Opleidingsfonds Zorg', 'STL Logistiek', 'Consularis Oost', 'MKB-Nederland', 'Rijksoverheid (RVO)',
  'Provincie Overijssel', 'Provincie Gelderland', 'Gemeente Enschede', 'Werkgeversservicepunt Rijnmond', 'Hogeschool Saxion', 'Fontys',
  'Kennispunt Leren', 'Stichting Vakmanschap', 'Leerambassadeurs Nederland', 'Ondernemersklankbord', 'Kamer van Koophandel'];

const KIND_WORDS = {
  scheme: ['Subsidie', 'Regeling', 'Bijdrage', 'Tegemoetkoming', 'Fonds', 'Stimuleringsregeling', 'Vergoeding', 'Financiering', 'Voucher'],
  training: ['Training', 'Cursus', 'Opleiding', 'Leergang', 'Workshop', 'E-learning', 'Masterclass', 'Praktijkdag', 'Incompanytraining', 'MOOC'],
};
const COACH_ROLES = [
  ['consularis', 'consularis'], ['arbeidsmarktcoach', 'arbeidsmarktcoach'], ['leerambassadeur', 'leerambassadeur'],
  ['hr-adviseur', 'HR-adviseur'], ['consularis', 'oud-ondernemer en coach'], ['hr-adviseur', 'loopbaanbegeleider'], ['arbeidsmarktcoach', 'begeleider'],
];

const OPENINGS = ['Voor mkb-bedrijven die', 'Bedoeld voor ondernemers die', 'Helpt kleine bedrijven die', 'Voor werkgevers die', 'Praktische steun voor teams die'];
const GOALS = ['willen investeren in', 'meer willen doen aan', 'aan de slag willen met', 'willen groeien in', 'een eerste stap zetten in', 'structureel werken aan'];
const SENTENCES = [
  'Je werkt met voorbeelden uit je eigen bedrijf en gaat naar huis met een concreet plan.',
  'Medewerkers leren van elkaar op de werkvloer, met korte opdrachten tussen de bijeenkomsten.',
  'De aanvraag is eenvoudig en je krijgt hulp bij het invullen van het formulier.',
  'Een ervaren begeleider komt bij je langs voor een keukentafelgesprek.',
  'Geschikt voor bedrijven zonder eigen HR-afdeling.',
  'Na afloop ontvangen deelnemers een certificaat.',
  'Je kiest zelf de onderwerpen die bij jouw team passen.',
  'Samen met collega-ondernemers uit de regio deel je ervaringen.',
  'De kosten worden voor een groot deel vergoed.',
  'Het traject duurt enkele maanden en sluit af met een evaluatie.',
  'We beginnen met een korte scan onder je medewerkers.',
  'Aandacht voor duurzame inzetbaarheid en werkplezier staat centraal.',
  'Leidinggevenden oefenen met gesprekken over ontwikkeling.',
  'Ook geschikt voor medewerkers die al lang niet meer hebben geleerd.',
  'De bijeenkomsten vinden plaats in de avond of op locatie.',
  'Persoonlijke begeleiding door een ervaren coach hoort erbij.',
  'Na de scholing volgt begeleiding op de werkvloer.',
  'Je ontvangt een overzicht van passende vervolgstappen.',
];

const DAY = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** `count` catalogue items as database rows, with the columns the API writes. */
export function generateItems(count, { seed = 42, publisherIds, now = Date.now(), domain, mapper }) {
  const { REGIONS, NATIONWIDE, ASPECT_KEYS, SIZE_CLASSES } = domain;
  const { aspectNames } = mapper;
  const regionKeys = REGIONS.map((r) => r.key);
  const r = random(seed);
  const rows = [];
  for (let n = 0; n < count; n++) {
    const roll = r.next();
    const kind = roll < 0.25 ? 'scheme' : roll < 0.8 ? 'training' : 'coach';
    const aspects = r.some(ASPECT_KEYS, 1, 2);
    const theme = r.zipf(THEMES[aspects[0]]);
    const otherTheme = r.zipf(THEMES[aspects[aspects.length - 1]]);
    const sectors = r.chance(0.4) ? [] : r.some(SECTOR_CODES, 1, 3).sort();
    const sectorWord = sectors.length ? r.zipf(SECTOR_WORDS[sectors[0]]) : null;
    const regions = r.chance(0.2) ? [NATIONWIDE] : r.some(regionKeys, 1, 3);
    const sizeClasses = r.chance(0.5) ? [] : r.some(SIZE_CLASSES, 1, 2);
    const place = r.pick(PLACES);
    const compound = () => compoundOf(r);
    let title;
    let provider = r.zipf(PROVIDERS);
    let contactEmail = null;
    const details = { scheme: null, training: null, coach: null };
    let costEur = null;
    let format = null;
    if (kind === 'coach') {
      const [coachType, role] = r.pick(COACH_ROLES);
      const first = r.pick(FIRST);
      const last = r.pick(LAST);
      title = `${first} ${last}, ${role} ${theme}${sectorWord ? ` in de ${sectorWord}` : ''}`;
      contactEmail = `${first}.${last}.${n}@example.nl`.toLowerCase().replace(/\s+/g, '');
      provider = r.chance(0.5) ? 'Consularis Oost' : `${cap(role)}s ${place}`;
      details.coach = { coachType, entrepreneurExperience: r.chance(0.6), capacity: 1 + r.int(10), languages: r.chance(0.2) ? ['nl', 'en'] : ['nl'] };
    } else {
      const word = r.zipf(KIND_WORDS[kind]);
      title = `${word} ${theme}${sectorWord ? ` ${r.pick(['in de', 'voor de', 'in'])} ${sectorWord}` : ''}${r.chance(0.3) ? ` ${place}` : ''}`;
      if (r.chance(0.25)) title += ` (${compound()})`;
      if (kind === 'scheme') {
        const opens = now - r.int(200) * DAY;
        details.scheme = {
          fundingShare: r.pick([0.25, 0.4, 0.5, 0.6, 0.75, null]), maxAmountEur: r.pick([2500, 5000, 10000, 24999, 50000, null]),
          windows: [{ opens: isoDay(opens), closes: isoDay(opens + (30 + r.int(300)) * DAY) }],
          eligibility: `Mkb-bedrijven met personeel in ${r.pick(PLACES)} en omgeving.`, startBy: null, completeBy: null,
        };
      } else {
        costEur = r.pick([0, 95, 250, 450, 895, 1250, 2400]);
        format = r.pick(['online', 'klassikaal', 'blended', 'op-locatie']);
        details.training = { durationHours: r.pick([2, 4, 8, 12, 16, 24, 40]), startDates: [isoDay(now + r.int(200) * DAY)] };
      }
    }
    const summary = `${r.pick(OPENINGS)} ${r.pick(GOALS)} ${theme}${sectorWord ? ` in de ${sectorWord}` : ''}${otherTheme !== theme ? ` en ${otherTheme}` : ''}.`;
    const description = [
      `${cap(theme)} is voor veel bedrijven in ${place} een thema dat ertoe doet.`,
      ...r.some(SENTENCES, 2, 4),
      `Denk aan ${compound()}, ${compound()} en ${compound()}.`,
      sectorWord ? `Speciaal voor de ${sectorWord}${sectors.length > 1 ? ` en de ${r.pick(SECTOR_WORDS[sectors[1]])}` : ''}.` : 'Voor alle sectoren.',
    ].join(' ');
    // Status: most published; some drafts, archived, expired or not yet valid; coaches await approval now and then.
    const s = r.next();
    let status = s < 0.86 ? 'published' : s < 0.94 ? 'draft' : 'archived';
    const approved = kind !== 'coach' || r.chance(0.92);
    if (!approved) status = 'draft';
    let validFrom = null;
    let validUntil = r.chance(0.5) ? isoDay(now + (30 + r.int(700)) * DAY) : null;
    const v = r.next();
    if (v < 0.05) validUntil = isoDay(now - (1 + r.int(300)) * DAY); // expired
    else if (v < 0.07) validFrom = isoDay(now + (1 + r.int(60)) * DAY); // not yet valid
    rows.push({
      publisher_id: publisherIds[n % publisherIds.length], kind, status, approved, title, summary, description, aspects, regions, sectors,
      size_classes: sizeClasses, provider, url: `https://www.example.nl/aanbod/${n}`, contact_email: contactEmail, cost_eur: costEur, format,
      language: 'nl', valid_from: validFrom, valid_until: validUntil, external_id: `gen-${n}`, details,
      aspect_names: aspectNames(aspects), published_at: status === 'published' ? new Date(now - r.int(400) * DAY).toISOString() : null,
    });
  }
  return rows;
}

const COLUMNS = [
  ['publisher_id', 'uuid'], ['kind', 'text'], ['status', 'text'], ['approved', 'bool'], ['title', 'text'], ['summary', 'text'],
  ['description', 'text'], ['aspects', 'text[]'], ['regions', 'text[]'], ['sectors', 'text[]'], ['size_classes', 'text[]'],
  ['provider', 'text'], ['url', 'text'], ['contact_email', 'text'], ['cost_eur', 'numeric'], ['format', 'text'], ['language', 'text'],
  ['valid_from', 'date'], ['valid_until', 'date'], ['external_id', 'text'], ['details', 'jsonb'], ['aspect_names', 'text'], ['published_at', 'timestamptz'],
];
const pgArray = (xs) => `{${xs.map((x) => `"${x}"`).join(',')}}`;

/** Inserts rows in batches (one INSERT … SELECT FROM unnest per batch), `parallel` batches at a
 * time, and fills the word list as the API does (lexiconWords); then ANALYZE. */
export async function insertItems(pool, rows, { lexiconWords }, { batch = 5000, parallel = 2 } = {}) {
  const sql = `INSERT INTO catalogue_items (${COLUMNS.map((c) => c[0]).join(', ')})
    SELECT ${COLUMNS.map(([name, type]) => (type.endsWith('[]') ? `${name}::${type}` : name)).join(', ')}
      FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type.endsWith('[]') ? 'text' : type}[]`).join(', ')})
        AS u(${COLUMNS.map((c) => c[0]).join(', ')})`;
  const batches = [];
  for (let i = 0; i < rows.length; i += batch) batches.push(rows.slice(i, i + batch));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const part = batches[next++];
      const values = COLUMNS.map(([name, type]) => part.map((row) => (type.endsWith('[]') ? pgArray(row[name]) : type === 'jsonb' ? JSON.stringify(row[name]) : row[name])));
      await pool.query(sql, values);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const words = new Set();
  for (const row of rows) {
    for (const w of lexiconWords({ title: row.title, summary: row.summary, provider: row.provider, description: row.description, aspects: row.aspects })) words.add(w);
  }
  await pool.query(`INSERT INTO catalogue_lexicon (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [[...words]]);
  await pool.query('ANALYZE');
  return { words: words.size };
}
