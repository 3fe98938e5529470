// The regional demand signal over 20,000 organisations with 3 closed rounds each (spread over the
// past year) and 1,000,000 logged searches, through the API: a publisher's region, and the whole
// country as an admin sees it. The grid is materialised by the refresh job (hourly); the table
// says how long one refresh takes, which is how stale `asOf` can be at most (an hour plus that).
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { adminCookie, approvedPublisher, BENCH_ADMIN, call, freshDatabase, load, ms, root, startPlatform, table } from './lib.mjs';
import { generateItems, insertItems } from './catalogue.bench.mjs';

const ORGANISATIONS = 20_000;
const ROUNDS = 3;
const SEARCHES = 1_000_000;
const ITEMS = 10_000;
const CLIENTS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_REGION = 100;
const TARGET_COUNTRY = 300;

function built() {
  const require = createRequire(import.meta.url);
  const dist = (p) => path.join(root, 'dist/apps/api', p);
  return { domain: require(dist('libs/domain/src/index.js')), mapper: require(dist('apps/api/src/catalogue/item.mapper.js')) };
}

/** Organisations spread unevenly over regions and sectors (as real ones are), each with three
 * ready rounds 4–5 months apart; aspect means drawn per round, the two lowest its weak spots. */
async function insertOrganisations(pool, domain) {
  const regions = domain.REGIONS.map((r) => r.key);
  const sectors = domain.SECTORS.map((s) => s.code);
  await pool.query(
    `INSERT INTO organisations (name, sector, region, employees)
     SELECT 'Bench ' || g, ($2::text[])[1 + floor(power(random(), 2) * array_length($2::text[], 1))::int],
            ($1::text[])[1 + floor(power(random(), 1.5) * array_length($1::text[], 1))::int], 1 + floor(power(random(), 2) * 240)::int
       FROM generate_series(1, $3) g`,
    [regions, sectors, ORGANISATIONS],
  );
  const aspects = domain.ASPECT_KEYS;
  await pool.query(
    `WITH rounds AS (
       SELECT o.id AS org, n, now() - ((n - 1) * 140 + floor(random() * 30)) * interval '1 day' AS at,
              (SELECT jsonb_object_agg(a, round((1.5 + random() * 3)::numeric, 2)) FROM unnest($1::text[]) a) AS aspects
         FROM organisations o CROSS JOIN generate_series(1, $2) n)
     INSERT INTO scan_rounds (organisation_id, title, instrument_version, status, closes_at, min_responses, share_token, closed_at, results)
     SELECT org, 'Bench ' || n, 1, 'closed', at, 5, md5(random()::text || org::text || n), at,
            jsonb_build_object('respondents', 6, 'withheld', false, 'aspects', aspects,
              'view', jsonb_build_object('weakSpots', (SELECT jsonb_agg(k ORDER BY v::numeric) FROM (SELECT k, v FROM jsonb_each_text(aspects) AS e(k, v) ORDER BY v::numeric LIMIT 2) w)))
       FROM rounds`,
    [aspects, ROUNDS],
  );
}

async function insertSearches(pool, domain) {
  const regions = ['*', ...domain.REGIONS.map((r) => r.key)];
  // 3,000 distinct texts (Zipf-like), 40,000 sessions, 84 days.
  for (let done = 0; done < SEARCHES; done += 250_000) {
    await pool.query(
      `INSERT INTO search_events (day, region, q, stem_key, result_count, session_key)
       SELECT current_date - floor(random() * 84)::int, ($1::text[])[1 + floor(power(random(), 1.5) * array_length($1::text[], 1))::int],
              'zoekterm ' || q, 'zoekterm ' || q, floor(power(random(), 3) * 12)::int, 's' || floor(random() * 40000)::int
         FROM (SELECT floor(power(random(), 3) * 3000)::int AS q FROM generate_series(1, $2)) x`,
      [regions, 250_000],
    );
  }
}

export async function insightsBench() {
  const db = await freshDatabase('gw_bench_insights');
  const platform = await startPlatform({ env: { ...db.env, ...BENCH_ADMIN, DEMO_DATA: 'false', MEILI_URL: '' } });
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  pool.on('error', () => undefined);
  const rows = [];
  let second;
  try {
    const { domain, mapper } = built();
    let t0 = performance.now();
    await insertOrganisations(pool, domain);
    const orgSeconds = ((performance.now() - t0) / 1000).toFixed(1);
    t0 = performance.now();
    await insertSearches(pool, domain);
    const searchSeconds = ((performance.now() - t0) / 1000).toFixed(1);
    const publisherIds = (await pool.query(
      `INSERT INTO publishers (name, regions, status, approved_at) SELECT 'Bench uitgever ' || g, ARRAY['landelijk'], 'approved', now()
         FROM generate_series(1, 20) g RETURNING id`,
    )).rows.map((r) => r.id);
    await insertItems(pool, generateItems(ITEMS, { publisherIds, domain, mapper }), mapper);
    // Vacuumed now, so autovacuum of the freshly written tables does not run during the measurements.
    await pool.query('VACUUM ANALYZE');

    // A second instance on the same data: its start-up refresh materialises the grid.
    const before = (await pool.query(`SELECT as_of FROM insights_state`)).rows[0]?.as_of ?? new Date(0);
    t0 = performance.now();
    second = await startPlatform({ env: { DATABASE_URL: db.url, DEMO_DATA: 'false', MEILI_URL: '' } });
    for (;;) {
      const now = (await pool.query(`SELECT as_of FROM insights_state`)).rows[0]?.as_of;
      if (now && now > before) break;
      if (performance.now() - t0 > 20 * 60_000) throw new Error('refresh did not finish in 20 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    const refreshSeconds = ((performance.now() - t0) / 1000).toFixed(1);
    const [{ n: gridRows }] = (await pool.query(`SELECT count(*)::int AS n FROM insights_grid`)).rows;
    const [{ n: hidden }] = (await pool.query(`SELECT count(*)::int AS n FROM insights_grid WHERE NOT shown`)).rows;
    const [{ n: unmet }] = (await pool.query(`SELECT count(*)::int AS n FROM insights_unmet_searches`)).rows;

    const base = platform.baseUrl;
    const { cookie: publisher } = await approvedPublisher(base, { regions: ['twente'] });
    const admin = await adminCookie(base);
    const cases = [
      { label: 'a publisher\'s region (twente, every sector)', cookie: publisher, query: '?region=twente', target: TARGET_REGION },
      { label: 'a region and sector (twente, C)', cookie: publisher, query: '?region=twente&sector=C', target: TARGET_REGION },
      { label: 'the whole country, every region and sector (admin)', cookie: admin, query: '', target: TARGET_COUNTRY },
      { label: 'the whole country, one sector (admin)', cookie: admin, query: '?sector=F', target: TARGET_COUNTRY },
    ];
    let met = true;
    for (const c of cases) {
      const url = `${base}/api/insights/demand${c.query}`;
      const first = await call(base, 'GET', url.slice(base.length), { cookie: c.cookie });
      if (first.status !== 200) throw new Error(`${url}: ${first.status} ${JSON.stringify(first.body).slice(0, 200)}`);
      await load({ url, headers: { cookie: c.cookie }, connections: CLIENTS, duration: 2 });
      const r = await load({ url, headers: { cookie: c.cookie }, connections: CLIENTS, duration: SECONDS });
      const ok = r.p95 <= c.target && r.errors === 0;
      met &&= ok;
      rows.push([`${c.label}: ${first.body.cells.length} cells, ${first.body.suppressed.length} hidden, ${first.body.gaps.length} gaps (${r.rps.toFixed(0)} req/s, p50 ${ms(r.p50)})`, ms(r.p95), `≤ ${c.target} ms`, ok ? 'yes' : 'NO']);
    }
    const me = await load({ url: `${base}/api/auth/me`, headers: { cookie: publisher }, connections: CLIENTS, duration: 5 });
    rows.push([`baseline: GET /api/auth/me as the same publisher, same run (${me.rps.toFixed(0)} req/s)`, ms(me.p95), '', '']);
    rows.push([`refresh of the grid (${gridRows.toLocaleString('en')} cells over 4 quarters, ${hidden.toLocaleString('en')} hidden; ${unmet} unmet searches)`, `${refreshSeconds} s`, '(reported: asOf lags by at most 1 h + this)', '']);
    console.log(`\nInsights: ${ORGANISATIONS.toLocaleString('en')} organisations × ${ROUNDS} closed rounds (inserted in ${orgSeconds} s), ${SEARCHES.toLocaleString('en')} logged searches (${searchSeconds} s), ${ITEMS.toLocaleString('en')} items; ${CLIENTS} clients for ${SECONDS} s per case\n`);
    console.log(table(['measure', 'measured', 'target', 'met'], rows));
    return met;
  } finally {
    await second?.stop();
    await pool.end();
    await platform.stop();
    await db.drop?.();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const ok = await insightsBench();
  process.exit(ok ? 0 : 1);
}
