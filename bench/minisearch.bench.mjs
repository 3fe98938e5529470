// MiniSearch, the maintained library issue 15 names as a candidate for the in-process index, on
// the catalogue bench's data: the searchable items of the same 100,000 generated ones, the same
// searches not seen before (catalogue-data.mjs), one at a time in this process, as `npm run bench
// -- engine` runs ours. No target: the figures behind the decision in docs/catalogue.md.
//
// MiniSearch gets the shared analyser's folding, stop words and Snowball Dutch stems
// (`processTerm`), the last word (and words of 5+ letters) as a prefix and typos as the other
// engines do, every word optional (partial matches, ranked by its BM25+), and a filter callback on
// the item's kind, regions, sectors, sizes and aspects. Each search then counts the total and the
// facets over all its results and takes the page, the work our index does in its one pass. What it
// does not get, so each of its searches does less than ours: the thesaurus (synonyms, English),
// compound parts, derived forms, the aspect words, the tiers (every word first) and the cut-off
// that keeps nonsense out. Memory: the JS heap and the memory outside it (typed arrays) after a
// full collection, before and after the index is built, here and for ours (the same read).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { percentile, root, table } from './lib.mjs';
import { generateItems, unseenQueries } from './catalogue-data.mjs';
import { generatedEngine } from './search-engine.bench.mjs';

const ITEMS = Number(process.env.BENCH_CATALOGUE_ITEMS ?? 100_000);
// MiniSearch takes ~20 ms a search here: fewer searches than the engine bench, the same for both.
const SEARCHES = Number(process.env.BENCH_MINISEARCH_SEARCHES ?? 3_000);
const WARM_UP = 500;

const require = createRequire(import.meta.url);
const dist = (p) => path.join(root, 'dist/apps/api', p);

/** The collector, exposed only when this bench runs (`npm run bench` imports every bench into
 * one process: the others run without the flag). */
let gc = null;
/** Heap in use and memory outside the heap, in MB, after two full collections. */
function memory() {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc');
  }
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 1e6, external: m.external / 1e6 }; // external includes the array buffers
}

function timings(searches, run) {
  const times = [];
  for (const s of searches.slice(0, WARM_UP)) run(s, false);
  const measured = searches.slice(WARM_UP);
  const started = performance.now();
  for (const s of measured) {
    const t0 = performance.now();
    run(s, true);
    times.push(performance.now() - t0);
  }
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  return { n: times.length, mean: wall / times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

export async function miniSearchBench() {
  require('reflect-metadata');
  const domain = require(dist('libs/domain/src/index.js'));
  const mapper = require(dist('apps/api/src/catalogue/item.mapper.js'));
  const { amsterdamDate } = require(dist('apps/api/src/common/time/amsterdam.js'));
  const { stemmer: dutchStem } = require('@orama/stemmers/dutch');
  const today = amsterdamDate(new Date());
  const visible = (row) => row.status === 'published' && row.approved && (!row.valid_from || row.valid_from <= today) && (!row.valid_until || row.valid_until >= today);
  const publisherIds = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const rows = generateItems(ITEMS, { publisherIds, domain, mapper });
  const searchable = rows.map((row, i) => ({ ...row, id: i })).filter(visible);
  const all = unseenQueries(2 * (SEARCHES + WARM_UP)).filter((_, i) => i % 2 === 1).slice(0, SEARCHES + WARM_UP);

  // MiniSearch: fields and boosts as the stored vector weighs them (title A, summary B, provider C, description D).
  const stop = domain.STOP_WORDS;
  const processTerm = (term) => {
    const w = domain.foldText(term);
    return !w || stop.has(w) ? null : dutchStem(w);
  };
  const before = memory();
  const started = performance.now();
  const mini = new MiniSearch({
    fields: ['title', 'summary', 'provider', 'description'],
    storeFields: ['kind', 'regions', 'sectors', 'size_classes', 'aspects'],
    processTerm,
  });
  mini.addAll(searchable);
  const buildSeconds = (performance.now() - started) / 1000;
  const after = memory();
  const passes = (doc, f) => (!f.kind || doc.kind === f.kind)
    && (!f.region || doc.regions.includes(f.region) || (f.region !== domain.NATIONWIDE && doc.regions.includes(domain.NATIONWIDE)))
    && (!f.sector || doc.sectors.length === 0 || doc.sectors.includes(f.sector))
    && (!f.sizeClass || doc.size_classes.length === 0 || doc.size_classes.includes(f.sizeClass))
    && (!f.aspect || doc.aspects.includes(f.aspect));
  // As the other engines search (typos forgiven), and without typos: MiniSearch's cheaper setting.
  const miniRuns = [['MiniSearch', (term) => (term.length >= 4 ? 0.25 : false)], ['MiniSearch without typos (fuzzy off)', false]].map(([label, fuzzy]) => {
    let found = 0;
    const times = timings(all, (u, measured) => {
      const filters = u.filters ?? {};
      const results = mini.search(u.q, {
        boost: { title: 4, summary: 2.5, provider: 1.5 },
        prefix: (term, i, terms) => i === terms.length - 1 || term.length >= 5,
        fuzzy,
        combineWith: 'OR',
        filter: Object.keys(filters).length ? (r) => passes(r, filters) : undefined,
      });
      // The total and the facets over every result, and the page: what the API answers.
      const facets = { kind: {}, region: {}, sector: {}, sizeClass: {}, aspect: {} };
      for (const r of results) {
        facets.kind[r.kind] = (facets.kind[r.kind] ?? 0) + 1;
        for (const v of r.regions) facets.region[v] = (facets.region[v] ?? 0) + 1;
        for (const v of r.sectors.length ? r.sectors : ['*']) facets.sector[v] = (facets.sector[v] ?? 0) + 1;
        for (const v of r.size_classes.length ? r.size_classes : ['*']) facets.sizeClass[v] = (facets.sizeClass[v] ?? 0) + 1;
        for (const v of r.aspects) facets.aspect[v] = (facets.aspect[v] ?? 0) + 1;
      }
      const page = u.page ?? 1;
      if (measured && results.length > (page - 1) * 10) found++;
      JSON.stringify({ total: results.length, facets, hits: results.slice((page - 1) * 10, page * 10).map((r) => rows[r.id].title) });
    });
    return { label: `${label} (${((100 * found) / times.n).toFixed(0)}% with a hit on their page)`, times };
  });

  // Ours, the same read and the same searches (as `npm run bench -- engine`, with its memory).
  let oursBefore = null;
  const { engine, close } = await generatedEngine('gw_bench_minisearch', { domain, mapper, today }, () => (oursBefore = memory()));
  try {
    const oursAfter = memory();
    const params = all.map((u) => ({ q: u.q, page: u.page ?? 1, perPage: 10, today, ...u.filters }));
    // Ours answers a promise (its spelling and compounds may ask the database when its word list
    // has not read a word yet; here it has them all): timed one at a time, awaited.
    const times = [];
    for (const p of params.slice(0, WARM_UP)) JSON.stringify(await engine.search(p));
    const measured = params.slice(WARM_UP);
    let oursFound = 0;
    const t = performance.now();
    for (const p of measured) {
      const t0 = performance.now();
      const result = await engine.search(p);
      JSON.stringify(result);
      times.push(performance.now() - t0);
      if (result.hits.length > 0) oursFound++;
    }
    const wall = performance.now() - t;
    times.sort((a, b) => a - b);
    const oursTimes = { n: times.length, mean: wall / times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };

    const row = (label, tm, mem, build) => [label, `${(tm.mean * 1000).toFixed(0)} µs`, `${(tm.p50 * 1000).toFixed(0)} µs`, `${tm.p95.toFixed(2)} ms`,
      `${tm.max.toFixed(1)} ms`, `${mem.heap.toFixed(0)} MB + ${mem.external.toFixed(0)} MB`, build];
    console.log(`\nMiniSearch ${JSON.parse(readFileSync(path.join(root, 'node_modules/minisearch/package.json'), 'utf8')).version} beside the in-memory index, in process: ${searchable.length.toLocaleString('en')} searchable items of ${ITEMS.toLocaleString('en')} generated;`);
    console.log(`${SEARCHES.toLocaleString('en')} searches not seen before, one at a time, after ${WARM_UP.toLocaleString('en')} others (MiniSearch: without thesaurus, compounds, derived forms, aspect words or tiers)\n`);
    console.log(table(['engine', 'mean', 'p50', 'p95', 'slowest', 'index memory (heap + outside)', 'built'], [
      ...miniRuns.map((m) => row(m.label, m.times, { heap: after.heap - before.heap, external: after.external - before.external }, `${buildSeconds.toFixed(1)} s from memory`)),
      row(`the in-memory index, PostgresSearchEngine (${((100 * oursFound) / oursTimes.n).toFixed(0)}% with a hit on their page)`, oursTimes, { heap: oursAfter.heap - oursBefore.heap, external: oursAfter.external - oursBefore.external }, 'read from PostgreSQL'),
    ]));
    console.log('\nNo target: the measurements behind the decision in docs/catalogue.md ("How many engines pay their way").');
    return true;
  } finally {
    await close();
  }
}
