// Recommendations for one organisation against 100,000 catalogue items, through the API at 10
// concurrent clients, with the health endpoint as a baseline from the same run. The items come
// from the catalogue bench's generator (every kind, region, sector, size class and validity, coaches
// with capacities), straight into the database; the API's triggers fill its matching table.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { call, freshDatabase, load, ms, root, startPlatform, table } from './lib.mjs';
import { generateItems, insertItems } from './catalogue.bench.mjs';

const ITEMS = 100_000;
const CLIENTS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_P95 = 50;

function built() {
  const require = createRequire(import.meta.url);
  const dist = (p) => path.join(root, 'dist/apps/api', p);
  return {
    domain: require(dist('libs/domain/src/index.js')),
    mapper: require(dist('apps/api/src/catalogue/item.mapper.js')),
  };
}

/** An owner with a closed round whose weak spots are `weak` (answered low) and the rest high. */
async function ownerWithRound(base, domain, profile, weak) {
  const email = `bench-${Math.random().toString(36).slice(2, 10)}@example.nl`;
  const reg = await call(base, 'POST', '/api/auth/register', { body: { email, password: 'bench-password-dat-lang-genoeg-is', name: 'Bench' } });
  const cookie = reg.cookie;
  const org = await call(base, 'POST', '/api/organisations', { cookie, body: { name: 'Bench BV', ...profile } });
  const closesAt = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const round = await call(base, 'POST', `/api/organisations/${org.body.id}/rounds`, { cookie, body: { title: 'Bench', closesAt } });
  const answers = Object.fromEntries(domain.INSTRUMENT_V1.items.map((i) => [i.id, weak.includes(i.aspect) ? 2 : 4]));
  for (let n = 0; n < 5; n++) await call(base, 'POST', `/api/survey/${round.body.shareUrl.split('/s/')[1]}`, { body: { answers } });
  await call(base, 'POST', `/api/rounds/${round.body.id}/close`, { cookie });
  return { cookie, organisationId: org.body.id };
}

export async function matchingBench() {
  const db = await freshDatabase('gw_bench_matching');
  // One load generator on one address: the shared-link guard would refuse its answers.
  const platform = await startPlatform({ env: { ...db.env, DEMO_DATA: 'false', MEILI_URL: '', SURVEY_MAX_PER_ADDRESS: '0' } });
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  pool.on('error', () => undefined);
  const rows = [];
  try {
    const base = platform.baseUrl;
    const { domain, mapper } = built();
    const started = performance.now();
    const publisherIds = (await pool.query(
      `INSERT INTO publishers (name, regions, status, approved_at) SELECT 'Bench uitgever ' || g, ARRAY['landelijk'], 'approved', now()
         FROM generate_series(1, 40) g RETURNING id`,
    )).rows.map((r) => r.id);
    await insertItems(pool, generateItems(ITEMS, { publisherIds, domain, mapper }), mapper);
    const [{ n: entries }] = (await pool.query(`SELECT count(*)::int AS n FROM match_entries`)).rows;
    const loaded = ((performance.now() - started) / 1000).toFixed(1);

    const cases = [
      { label: 'two weak spots, every kind', profile: { sector: 'C', region: 'twente', employees: 12 }, weak: ['leadership', 'learning_organisation'], query: '' },
      { label: 'coaches only (as forwarding asks)', profile: { sector: 'F', region: 'achterhoek', employees: 30 }, weak: ['room_and_safety', 'collaboration'], query: '?kind=coach' },
      { label: "only regional and free (the owner's choices)", profile: { sector: 'G', region: 'rijnmond', employees: 8 }, weak: ['outside_connection', 'work_content'], query: '?regionalOnly=true&freeOnly=true' },
    ];
    // A second API process on the same database without the cache: every request computes its list.
    const cold = await startPlatform({ env: { DATABASE_URL: db.url, DEMO_DATA: 'false', MEILI_URL: '', MATCHING_CACHE_SIZE: '0' } });
    let met = true;
    for (const c of cases) {
      const owner = await ownerWithRound(base, domain, c.profile, c.weak);
      const url = `${base}/api/organisations/${owner.organisationId}/recommendations${c.query}`;
      const first = await call(base, 'GET', url.slice(base.length), { cookie: owner.cookie });
      if (first.status !== 200) throw new Error(`${url}: ${first.status} ${JSON.stringify(first.body).slice(0, 200)}`);
      await load({ url, headers: { cookie: owner.cookie }, connections: CLIENTS, duration: 3 }); // warm-up
      const r = await load({ url, headers: { cookie: owner.cookie }, connections: CLIENTS, duration: SECONDS });
      const ok = r.p95 <= TARGET_P95 && r.errors === 0;
      met &&= ok;
      rows.push([`${c.label}: ${first.body.items.length} items, p95 (${r.rps.toFixed(0)} req/s, p50 ${ms(r.p50)})`, ms(r.p95), `≤ ${TARGET_P95} ms`, ok ? 'yes' : 'NO']);
      const coldUrl = url.replace(base, cold.baseUrl);
      await load({ url: coldUrl, headers: { cookie: owner.cookie }, connections: CLIENTS, duration: 2 });
      const c0 = await load({ url: coldUrl, headers: { cookie: owner.cookie }, connections: CLIENTS, duration: SECONDS });
      rows.push([`  the same, computed every time (cache off; ${c0.rps.toFixed(0)} req/s, p50 ${ms(c0.p50)})`, ms(c0.p95), '(reported)', '']);
    }
    await cold.stop();
    const health = await load({ url: `${base}/api/health`, connections: CLIENTS, duration: 5 });
    rows.push([`baseline: GET /api/health, same run (${health.rps.toFixed(0)} req/s)`, ms(health.p95), '', '']);
    console.log(`\nMatching: recommendations through the API, ${ITEMS.toLocaleString('en')} generated items (${entries.toLocaleString('en')} rows in match_entries), loaded in ${loaded} s, ${CLIENTS} clients for ${SECONDS} s per case\n`);
    console.log(table(['measure', 'measured', 'target', 'met'], rows));
    return met;
  } finally {
    await pool.end();
    await platform.stop();
    await db.drop?.();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const ok = await matchingBench();
  process.exit(ok ? 0 : 1);
}
