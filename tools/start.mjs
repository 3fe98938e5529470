#!/usr/bin/env node
// `npm start`: builds what changed (Nx cache), then starts the API, which serves the web app
// and starts the embedded PostgreSQL and mail catcher unless DATABASE_URL / SMTP_URL are set.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { API_NODE_ARGS } from './api-node-args.mjs';
import { nxBin, nxEnv } from './nx-env.mjs';

const root = path.resolve(import.meta.dirname, '..');
const startedAt = Date.now();
console.log('Groeiwijzer: building the API and the web app …');
const build = spawnSync(process.execPath, [nxBin, 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
  cwd: root, env: nxEnv, stdio: ['ignore', 'pipe', 'inherit'],
});
if (build.status !== 0) {
  process.stdout.write(build.stdout);
  console.error('The build failed; see above.');
  process.exit(build.status ?? 1);
}
console.log(`Built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; starting …`);
const api = spawn(process.execPath, ['--enable-source-maps', ...API_NODE_ARGS, 'dist/apps/api/apps/api/src/main.js'], {
  cwd: root,
  env: { ...process.env, GW_STARTED_AT: String(startedAt) },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
