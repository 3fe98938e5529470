#!/usr/bin/env node
// `npm test`: every tier (unit, API integration on real PostgreSQL, browser tests in Chromium),
// then one line with the totals over all of them.
// Every Jest tier runs its tests in random order with one seed per run: TEST_SEED when set,
// else a random one, printed at the start and next to the totals for replaying the run.
// With TEST_EXTRA_DATABASE_URL (set by .ci/run when a PostgreSQL answers on 127.0.0.1:5432) the
// integration tier runs a second time, against that server.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { nxBin, freshNxEnv } from './nx-env.mjs';
import { ensureChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });

const seed = process.env.TEST_SEED || String(randomInt(1, 2 ** 31));
// Jest's seed range: a signed 32-bit integer.
if (!(/^-?\d+$/.test(seed) && Number(seed) >= -(2 ** 31) && Number(seed) < 2 ** 31)) {
  console.error(`TEST_SEED must be an integer from -2147483648 to 2147483647, not "${seed}"`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const replay = `seed ${seed} (replay: TEST_SEED=${seed} npm test)`;
console.log(`Tests run in random order, ${replay}`);

const env = { ...freshNxEnv(), TEST_SEED: seed };
delete env.TEST_RESULTS_SUFFIX;
const nx = (args, extraEnv = {}) => {
  console.log(`\n$ nx ${args.join(' ')}`);
  return spawnSync(process.execPath, [nxBin, ...args, '--output-style=stream'], { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' }).status;
};

const steps = [];
// Types shared by API and web (libs/contracts) must agree: a drift fails the run here.
steps.push({ name: 'typecheck and lint', expect: [], status: nx(['run-many', '-t', 'typecheck', 'lint', '--parallel=2']) });
const chromium = ensureChromium();
steps.push({ name: 'unit', expect: ['libs-domain-unit', 'apps-api-unit', 'apps-web-unit'], status: nx(['run-many', '-t', 'test', '--parallel=2']) });
steps.push({ name: 'integration', expect: ['apps-api-int'], status: nx(['run', 'api:int']) });
const extraDb = process.env.TEST_EXTRA_DATABASE_URL;
if (extraDb) {
  // The second run also moves the app's clock to the other half of the Dutch day (GW_TEST_NOW):
  // a run by day also checks the night, and the other way round.
  const otherHalf = process.env.GW_TEST_NOW || otherHalfOfTheDay(new Date());
  console.log(`\nThe integration tier again, on the PostgreSQL at ${withoutPassword(extraDb)} (TEST_EXTRA_DATABASE_URL), with the app's clock at ${otherHalf} (GW_TEST_NOW):`);
  steps.push({
    name: 'integration (second run, TEST_EXTRA_DATABASE_URL)',
    expect: ['apps-api-int-extra-db'],
    status: nx(['run', 'api:int'], { DATABASE_URL: extraDb, TEST_RESULTS_SUFFIX: '-extra-db', GW_TEST_NOW: otherHalf }),
  });
}
if (chromium) {
  steps.push({ name: 'browser', expect: ['apps-web-e2e-e2e'], status: nx(['run', 'web-e2e:e2e']) });
} else {
  steps.push({ name: 'browser', expect: ['apps-web-e2e-e2e'], status: 1 });
}

let passed = 0, failed = 0, skipped = 0;
const found = existsSync(resultsDir) ? readdirSync(resultsDir).filter((f) => f.endsWith('.json')) : [];
for (const file of found) {
  let r;
  try {
    r = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
  } catch {
    console.error(`The results in tmp/test-results/${file} cannot be read: counted as a failure.`);
    failed += 1;
    continue;
  }
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  // A suite that failed to run (syntax error, setup crash) has no failed tests but did fail.
  failed += r.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
}
for (const step of steps) {
  for (const name of step.expect) {
    if (!found.includes(`${name}.json`)) {
      console.error(`No results from ${name}: the ${step.name} tier did not run to the end.`);
      failed += 1;
    }
  }
}
for (const step of steps) if (step.status !== 0 && !step.expect.length) console.error(`The ${step.name} step failed.`);
const staticFailures = steps.filter((s) => s.status !== 0 && !s.expect.length).length;
failed += staticFailures;
const ok = failed === 0 && steps.every((s) => s.status === 0);
if (!ok && failed === 0) failed = 1;
console.log(`\nTests ran in random order, ${replay}`);
// The last line: the totals (CI reads it).
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);

function withoutPassword(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}

/** Today at 23:30 in the Netherlands when it is day there now (07:00–21:00), else today at 12:00. */
function otherHalfOfTheDay(now) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
  }).formatToParts(now).map((p) => [p.type, p.value]));
  const offset = parts.timeZoneName.replace('GMT', '') || '+00:00';
  const hour = Number(parts.hour);
  return `${parts.year}-${parts.month}-${parts.day}T${hour >= 7 && hour < 21 ? '23:30' : '12:00'}:00${offset}`;
}

