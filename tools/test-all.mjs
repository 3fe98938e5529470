#!/usr/bin/env node
// `npm test`: every tier (unit, API integration on real PostgreSQL, browser tests in Chromium),
// then one line with the totals over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { nxBin, freshNxEnv } from './nx-env.mjs';
import { ensureChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });

const env = freshNxEnv();
const nx = (...args) => {
  console.log(`\n$ nx ${args.join(' ')}`);
  return spawnSync(process.execPath, [nxBin, ...args, '--output-style=stream'], { cwd: root, env, stdio: 'inherit' }).status;
};

const steps = [];
// Types shared by API and web (libs/contracts) must agree: a drift fails the run here.
steps.push({ name: 'typecheck and lint', expect: [], status: nx('run-many', '-t', 'typecheck', 'lint', '--parallel=2') });
const chromium = ensureChromium();
steps.push({ name: 'unit', expect: ['libs-domain-unit', 'apps-api-unit', 'apps-web-unit'], status: nx('run-many', '-t', 'test', '--parallel=2') });
steps.push({ name: 'integration', expect: ['apps-api-int'], status: nx('run', 'api:int') });
if (chromium) {
  steps.push({ name: 'browser', expect: ['apps-web-e2e-e2e'], status: nx('run', 'web-e2e:e2e') });
} else {
  steps.push({ name: 'browser', expect: ['apps-web-e2e-e2e'], status: 1 });
}

let passed = 0, failed = 0, skipped = 0;
const found = existsSync(resultsDir) ? readdirSync(resultsDir).filter((f) => f.endsWith('.json')) : [];
for (const file of found) {
  const r = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
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
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
