#!/usr/bin/env node
// `npm run admin -- --email you@example.nl`: builds the API if needed and creates an admin.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { nxBin, nxEnv } from './nx-env.mjs';

const root = path.resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, [nxBin, 'run', 'api:build', '--output-style=static'], { cwd: root, env: nxEnv, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const r = spawnSync(process.execPath, ['dist/apps/api/apps/api/src/cli/admin.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
