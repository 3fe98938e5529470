#!/usr/bin/env node
// How well matching ranks what SME owners need: every case of bench/relevance/matching/cases.json
// (a profile, aspect means, weak spots and 49–52 candidate items, graded 0–3 by the rules in
// that folder's README.md, with traps the organisation cannot use) goes through the domain's
// recommend(); its flat list is scored as nDCG@10 and recall@10 (relevant = grade ≥ 2), and any
// trap in the whole list is counted. Targets: mean nDCG@10 ≥ 0.85 and 0 traps; exits 1 when missed.
//
// The domain is TypeScript. This script compiles it on the fly with the workspace's own
// `typescript` (transpile only, like ts-jest), so it runs from a clean clone after `npm ci`
// without a build: node bench/matching-relevance.mjs
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const ts = require('typescript');

const K = 10;
const TARGET_NDCG = 0.85;

/** Loads libs/domain/src/matching through a require hook for .ts files under libs/domain. */
function loadMatching() {
  const domainDir = path.join(root, 'libs', 'domain', 'src');
  const previous = Module._extensions['.ts'];
  Module._extensions['.ts'] = (module, filename) => {
    if (!filename.startsWith(domainDir)) throw new Error(`matching-relevance: will not compile ${filename}`);
    const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
    });
    module._compile(outputText, filename);
  };
  try {
    return require(path.join(domainDir, 'matching', 'index.ts'));
  } finally {
    if (previous) Module._extensions['.ts'] = previous;
    else delete Module._extensions['.ts'];
  }
}

/** nDCG@K with gain 2^grade − 1 against the ideal order of all graded items; recall@K of the
 * items graded ≥ 2 over min(K, their number). */
export function score(ids, grades) {
  const top = ids.slice(0, K);
  const gain = (g) => 2 ** g - 1;
  const dcg = top.reduce((s, id, i) => s + gain(grades[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, K).reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
  const relevant = Object.keys(grades).filter((id) => grades[id] >= 2);
  const found = top.filter((id) => (grades[id] ?? 0) >= 2).length;
  return { ndcg: ideal ? dcg / ideal : 1, recall: relevant.length ? found / Math.min(K, relevant.length) : 1, relevant: relevant.length };
}

function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(cells[0]), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.slice(1).map(line)].join('\n');
}

export function matchingRelevance() {
  const { recommend } = loadMatching();
  const set = JSON.parse(readFileSync(path.join(root, 'bench/relevance/matching/cases.json'), 'utf8'));
  const byId = new Map(set.catalogue.map((item) => [item.id, item]));
  const rows = [];
  const results = set.cases.map((c) => {
    const items = c.candidates.map((id) => {
      const item = byId.get(id);
      if (!item) throw new Error(`cases.json: ${c.id} lists ${id}, which is not in the catalogue`);
      return item;
    });
    const result = recommend({
      org: c.org, aspectMeans: c.aspectMeans, weakSpots: c.weakSpots, items, today: c.today, locale: 'nl',
      preferences: c.preferences, dismissed: new Set(c.dismissed ?? []),
    });
    const ids = result.items.map((r) => r.item.id);
    const shown = new Set([...ids, ...result.groups.flatMap((g) => g.items.map((r) => r.item.id))]);
    const traps = [...shown].filter((id) => c.traps[id]);
    const s = score(ids, c.grades);
    rows.push([c.id, result.mode, c.candidates.length, s.relevant, ids.length, s.ndcg.toFixed(2), s.recall.toFixed(2), traps.length ? traps.map((id) => `${id} (${c.traps[id]})`).join(' ') : '0', ids.slice(0, 3).join(' ')]);
    return { ...s, traps: traps.length };
  });
  const mean = (f) => results.reduce((sum, r) => sum + f(r), 0) / results.length;
  const ndcg = mean((r) => r.ndcg);
  const recall = mean((r) => r.recall);
  const traps = results.reduce((n, r) => n + r.traps, 0);
  console.log(`\nMatching relevance: ${set.cases.length} cases, ${set.catalogue.length} catalogue items, today ${set.today}; the flat list of recommend() (locale nl).`);
  console.log(`nDCG@${K} with gain 2^grade − 1 (grades 3/2/1, ungraded 0); recall@${K} of items graded ≥ 2 over min(${K}, their number); traps anywhere in the list.\n`);
  console.log(table(['case', 'mode', 'candidates', 'relevant', 'shown', `nDCG@${K}`, `recall@${K}`, 'traps returned', 'top 3'], [
    ...rows,
    ['mean', '', '', '', '', ndcg.toFixed(2), recall.toFixed(2), String(traps), ''],
  ]));
  const ok = ndcg >= TARGET_NDCG && traps === 0;
  console.log(`\n${table(['measure', 'result', 'target', ''], [
    [`mean nDCG@${K}`, ndcg.toFixed(3), `>= ${TARGET_NDCG}`, ndcg >= TARGET_NDCG ? 'met' : 'MISSED'],
    [`mean recall@${K}`, recall.toFixed(3), '(reported)', ''],
    ['traps returned', String(traps), '0', traps === 0 ? 'met' : 'MISSED'],
  ])}`);
  return ok;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exit(matchingRelevance() ? 0 : 1);
}
