#!/usr/bin/env node
// `npm run bench`: every benchmark, each printing its table and whether its targets are met.
import { build } from './lib.mjs';
import { httpBench } from './http.bench.mjs';
import { startupBench } from './startup.bench.mjs';
import { scanBench } from './scan.bench.mjs';
import { catalogueBench } from './catalogue.bench.mjs';
import { searchEngineBench } from './search-engine.bench.mjs';
import { miniSearchBench } from './minisearch.bench.mjs';
import { relevanceBench } from './relevance.mjs';
import { remindersBench } from './reminders.bench.mjs';
import { searchInstancesBench } from './search-instances.bench.mjs';
import { matchingBench } from './matching.bench.mjs';
import { matchingRelevance } from './matching-relevance.mjs';
import { insightsBench } from './insights.bench.mjs';

const only = process.argv[2];
const benches = { startup: startupBench, http: httpBench, scan: scanBench, catalogue: catalogueBench, engine: searchEngineBench, minisearch: miniSearchBench, relevance: relevanceBench, reminders: remindersBench, instances: searchInstancesBench, matching: matchingBench, 'matching-relevance': async () => matchingRelevance(), insights: insightsBench };
console.log('Building …');
build();
let allMet = true;
for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
  console.log(`\n=== ${name} ===`);
  allMet = (await run()) && allMet;
}
console.log(`\n${allMet ? 'All targets met.' : 'Some targets were NOT met (see the tables above).'}`);
