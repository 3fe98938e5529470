#!/usr/bin/env node
// `npm run bench:relevance`: how well search finds what SME owners mean. A fixed catalogue of 60
// items (bench/relevance/catalogue.json) is imported through the API on a fresh database; each
// query of bench/relevance/queries.json (what owners type: misspellings, synonyms, plurals,
// as-you-type prefixes, filters) runs through GET /api/search, 10 a page as the web app asks;
// the hits are scored against graded judgments (3 = what they look for, 2 = relevant,
// 1 = marginal; unjudged = not relevant) as recall@10 and nDCG@10, per engine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { adminCookie, approvedPublisher, BENCH_ADMIN, build, call, freshDatabase, root, startPlatform, table } from './lib.mjs';

const dir = path.join(root, 'bench/relevance');
const CATALOGUE = JSON.parse(readFileSync(path.join(dir, 'catalogue.json'), 'utf8'));
const QUERIES = JSON.parse(readFileSync(path.join(dir, 'queries.json'), 'utf8'));
const K = 10;

/** Judged items the query's filters exclude could never be found: the set would be wrong. */
function checkJudgments() {
  const byId = new Map(CATALOGUE.map((item) => [item.externalId, item]));
  for (const { q, filters = {}, judgments } of QUERIES) {
    for (const [id, grade] of Object.entries(judgments)) {
      const item = byId.get(id);
      if (!item) throw new Error(`queries.json: "${q}" judges ${id}, which is not in catalogue.json`);
      if (![1, 2, 3].includes(grade)) throw new Error(`queries.json: "${q}" grades ${id} ${grade} (1, 2 or 3)`);
      const passes = (!filters.kind || item.kind === filters.kind)
        && (!filters.region || item.regions.includes(filters.region) || item.regions.includes('landelijk'))
        && (!filters.sector || !item.sectors.length || item.sectors.includes(filters.sector));
      if (!passes) throw new Error(`queries.json: "${q}" judges ${id}, which its filters exclude`);
    }
  }
}

/** recall@K over min(K, relevant) (a query with 18 relevant items can at best show 10), and
 * nDCG@K with gain 2^grade − 1. */
export function score(hitIds, judgments) {
  const top = hitIds.slice(0, K);
  const relevant = Object.keys(judgments);
  const found = top.filter((id) => judgments[id]).length;
  const gain = (g) => 2 ** g - 1;
  const dcg = top.reduce((sum, id, i) => sum + gain(judgments[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(judgments).sort((a, b) => b - a).slice(0, K).reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return { found, relevant: relevant.length, recall: relevant.length ? found / Math.min(K, relevant.length) : 1, ndcg: ideal ? dcg / ideal : 1 };
}

async function runEngine(engine, extraEnv) {
  const db = await freshDatabase(`gw_bench_relevance_${engine}`);
  const platform = await startPlatform({ env: { ...db.env, DEMO_DATA: 'false', ...BENCH_ADMIN, ...extraEnv } });
  try {
    const base = platform.baseUrl;
    // Approved for every region the catalogue's items name (publisher-regions rule).
    const regions = [...new Set(CATALOGUE.flatMap((item) => item.regions))];
    const member = await approvedPublisher(base, { name: 'Relevantie Sectortafel', regions });
    const imported = await call(base, 'POST', `/api/publishers/${member.publisherId}/import?dryRun=false&publish=true`, { cookie: member.cookie, body: CATALOGUE });
    if (imported.status !== 200 || imported.body.created !== CATALOGUE.length) {
      throw new Error(`import failed: ${imported.status} ${JSON.stringify(imported.body).slice(0, 500)}`);
    }
    // Coaches wait for the admin's approval.
    const admin = await adminCookie(base);
    const pending = await call(base, 'GET', '/api/admin/items?pending=coach', { cookie: admin });
    for (const item of pending.body.filter((i) => i.publisherId === member.publisherId)) {
      const ok = await call(base, 'POST', `/api/admin/items/${item.id}/approve`, { cookie: admin });
      if (ok.status !== 200) throw new Error(`coach ${item.externalId} not approved: ${ok.status}`);
    }
    const own = await call(base, 'GET', `/api/publishers/${member.publisherId}/items`, { cookie: member.cookie });
    const externalId = new Map(own.body.map((i) => [i.id, i.externalId]));
    // An external engine indexes asynchronously: wait until everything is searchable.
    const until = Date.now() + 120_000;
    for (;;) {
      const all = await call(base, 'GET', '/api/search?perPage=1');
      if (all.status === 200 && all.body.total === CATALOGUE.length && all.body.engine === engine) break;
      if (Date.now() > until) {
        throw new Error(`${engine}: not all ${CATALOGUE.length} items searchable after 120 s; the last search answered HTTP ${all.status} ${JSON.stringify(all.body).slice(0, 200)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const results = [];
    for (const query of QUERIES) {
      const params = new URLSearchParams({ q: query.q, ...(query.filters ?? {}), perPage: String(K) });
      const r = await call(base, 'GET', `/api/search?${params}`);
      if (r.status !== 200) throw new Error(`${engine}: /api/search?${params} → ${r.status}`);
      const ids = r.body.hits.map((h) => externalId.get(h.id) ?? `?${h.id}`);
      results.push({ query, total: r.body.total, ids, ...score(ids, query.judgments) });
      // RELEVANCE_SHOW=<regular expression>: the top 10 of the matching queries, each with its grade.
      if (process.env.RELEVANCE_SHOW && new RegExp(process.env.RELEVANCE_SHOW).test(query.q)) {
        console.log(`\n${engine} "${query.q}" (${r.body.total}):\n${r.body.hits.map((h, i) => `  ${i + 1}. [${query.judgments[externalId.get(h.id)] ?? '-'}] ${externalId.get(h.id)}: ${h.title}`).join('\n')}`);
      }
    }
    return results;
  } finally {
    await platform.stop();
    await db.drop();
    if (extraEnv.MEILI_INDEX) {
      await fetch(`${extraEnv.MEILI_URL.replace(/\/+$/, '')}/indexes/${extraEnv.MEILI_INDEX}`, {
        method: 'DELETE', headers: process.env.MEILI_KEY ? { authorization: `Bearer ${process.env.MEILI_KEY}` } : {},
      }).catch(() => undefined);
    }
  }
}

export async function relevanceBench() {
  checkJudgments();
  const engines = [['postgres', { MEILI_URL: '' }]]; // an empty MEILI_URL: the PostgreSQL engine, whatever the shell has
  if (process.env.MEILI_URL) engines.push(['meilisearch', { MEILI_URL: process.env.MEILI_URL, MEILI_INDEX: `gw-bench-relevance-${Date.now()}` }]);
  const kinds = ['scheme', 'training', 'coach'].map((k) => `${CATALOGUE.filter((i) => i.kind === k).length} ${k}`).join(', ');
  console.log(`\nRelevance: ${CATALOGUE.length} items (${kinds}) imported through the API, ${QUERIES.length} queries through GET /api/search (${K} a page);`);
  console.log(`recall@${K} = judged items in the top ${K} ÷ min(${K}, judged items); nDCG@${K} with gain 2^grade − 1 (grades 3/2/1, unjudged 0).`);
  const means = [];
  let met = true;
  for (const [engine, env] of engines) {
    const all = await runEngine(engine, env);
    // Nonsense queries have nothing to find: they count by how many hits they return, not in the means.
    const results = all.filter((r) => r.query.class !== 'nonsense');
    const mean = (f) => results.reduce((s, r) => s + f(r), 0) / results.length;
    means.push([engine, mean((r) => r.recall), mean((r) => r.ndcg)]);
    console.log(`\n${engine}\n`);
    console.log(table(
      ['class', 'query', 'filters', 'total', 'judged', `recall@${K}`, `nDCG@${K}`, 'grade-3 items missed', 'first hit'],
      [
        ...all.map((r) => {
          const missed = Object.entries(r.query.judgments).filter(([id, g]) => g === 3 && !r.ids.slice(0, K).includes(id)).map(([id]) => id);
          return [r.query.class ?? '', r.query.q, Object.entries(r.query.filters ?? {}).map(([k, v]) => `${k}=${v}`).join(' '), r.total, r.relevant,
            r.recall.toFixed(2), r.ndcg.toFixed(2), missed.length ? missed.join(' ') : '', r.ids[0] ?? '(none)'];
        }),
        ['mean (without nonsense)', '', '', '', '', mean((r) => r.recall).toFixed(2), mean((r) => r.ndcg).toFixed(2), '', ''],
      ],
    ));
    met = classTable(engine, all) && met;
  }
  if (!process.env.MEILI_URL) console.log('\nmeilisearch: not run — MEILI_URL is not set (start Meilisearch and set MEILI_URL, and MEILI_KEY if it needs one, to compare).');
  console.log('\n' + table(['engine', `mean recall@${K}`, `mean nDCG@${K}`], means.map(([e, r, n]) => [e, r.toFixed(2), n.toFixed(2)])));
  console.log(`\nTargets (issue 15): nDCG@${K} and recall@${K} ≥ 0.85 overall, every class ≥ 0.75, a nonsense query at most 3 hits.`);
  return met;
}

/** Means per class of query, and the targets: overall and per class ≥ 0.85 / 0.75, nonsense ≤ 3 hits. */
function classTable(engine, all) {
  const classes = [...new Set(all.map((r) => r.query.class ?? ''))];
  const rows = [];
  let met = true;
  const judged = all.filter((r) => r.query.class !== 'nonsense');
  const avg = (rs, f) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
  for (const c of classes) {
    const rs = all.filter((r) => (r.query.class ?? '') === c);
    if (c === 'nonsense') {
      const worst = Math.max(...rs.map((r) => r.total));
      const ok = worst <= 3;
      met &&= ok;
      rows.push([c, rs.length, '', '', `hits: max ${worst}, mean ${avg(rs, (r) => r.total).toFixed(1)}`, ok ? 'yes' : 'NO']);
      continue;
    }
    const recall = avg(rs, (r) => r.recall);
    const ndcg = avg(rs, (r) => r.ndcg);
    const ok = recall >= 0.75 && ndcg >= 0.75;
    met &&= ok;
    rows.push([c, rs.length, recall.toFixed(2), ndcg.toFixed(2), '≥ 0.75 each', ok ? 'yes' : 'NO']);
  }
  const recall = avg(judged, (r) => r.recall);
  const ndcg = avg(judged, (r) => r.ndcg);
  const ok = recall >= 0.85 && ndcg >= 0.85;
  met &&= ok;
  rows.push(['all but nonsense', judged.length, recall.toFixed(2), ndcg.toFixed(2), '≥ 0.85 each', ok ? 'yes' : 'NO']);
  console.log(`\n${engine}, per class of query\n`);
  console.log(table(['class', 'queries', `recall@${K}`, `nDCG@${K}`, 'target', 'met'], rows));
  return met;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log('Building …');
  build();
  await relevanceBench();
}
