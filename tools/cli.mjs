#!/usr/bin/env node
// `node tools/cli.mjs <command> [args]`: builds the API if needed and runs one of its command-line
// tools (dist/apps/api/apps/api/src/cli/<command>.js): admin, import, reindex.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { nxBin, nxEnv } from './nx-env.mjs';

const [command, ...args] = process.argv.slice(2);
if (!['admin', 'import', 'reindex'].includes(command ?? '')) {
  console.error('usage: node tools/cli.mjs admin|import|reindex [args]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, [nxBin, 'run', 'api:build', '--output-style=static'], { cwd: root, env: nxEnv, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
// Paths given by the user are relative to where npm was run.
const cwd = process.env.INIT_CWD ?? process.cwd();
const r = spawnSync(process.execPath, [path.join(root, `dist/apps/api/apps/api/src/cli/${command}.js`), ...args], { cwd, stdio: 'inherit', env: { ...process.env, DATA_DIR: process.env.DATA_DIR ?? path.join(root, '.data'), WEB_DIST: process.env.WEB_DIST ?? path.join(root, 'dist/apps/web') } });
process.exit(r.status ?? 1);
