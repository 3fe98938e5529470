#!/usr/bin/env node
// Runs Jest for one project and tier, and writes the JSON results where tools/test-all.mjs
// totals them: node tools/jest.mjs <projectDir> <tier> [extra jest args]
// Tests run in random order (Jest's --randomize): TEST_SEED=<integer> replays an order; without
// it Jest picks a seed and prints it. TEST_RESULTS_SUFFIX names a second run's results file.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [projectDir, tier = 'unit', ...rest] = process.argv.slice(2);
if (!projectDir) {
  console.error('usage: node tools/jest.mjs <projectDir> <tier> [jest args]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const configs = { unit: 'jest.config.cjs', int: 'jest.int.config.cjs', e2e: 'jest.config.cjs' };
const resultsDir = path.join(root, 'tmp', 'test-results');
mkdirSync(resultsDir, { recursive: true });
const suffix = process.env.TEST_RESULTS_SUFFIX ?? '';
if (!/^[\w-]*$/.test(suffix)) {
  console.error(`TEST_RESULTS_SUFFIX must be letters, digits, - or _, not "${suffix}"`);
  process.exit(2);
}
const outputFile = path.join(resultsDir, `${projectDir.replace(/[\\/]/g, '-')}-${tier}${suffix}.json`);
const seed = process.env.TEST_SEED || undefined;
// Jest's seed range: a signed 32-bit integer.
if (seed !== undefined && !(/^-?\d+$/.test(seed) && Number(seed) >= -(2 ** 31) && Number(seed) < 2 ** 31)) {
  console.error(`TEST_SEED must be an integer from -2147483648 to 2147483647, not "${seed}"`);
  process.exit(2);
}
const args = [
  // Some dependencies load ES modules with import() (e.g. @fastify/cookie); Jest needs this
  // flag for that on Node 20. The tests themselves stay CommonJS.
  '--experimental-vm-modules',
  '--no-warnings=ExperimentalWarning',
  path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
  '--config', path.join(root, projectDir, configs[tier] ?? configs.unit),
  '--json', '--outputFile', outputFile,
  ...(process.env.CI ? ['--ci'] : []),
  '--randomize',
  ...(seed !== undefined ? [`--seed=${seed}`] : []),
  ...rest,
];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
