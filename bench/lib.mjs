// Shared helpers for the benchmarks: start the built platform, measure, print tables.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { nxBin, nxEnv } from '../tools/nx-env.mjs';

export const root = path.resolve(import.meta.dirname, '..');

export function build() {
  const r = spawnSync(process.execPath, [nxBin, 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
    cwd: root, env: nxEnv, stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('build failed');
}

export async function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(dir, 0o755); // run as root, the embedded PostgreSQL runs as user postgres
  return dir;
}

/** Starts `npm start`'s launcher (or the built API alone) and resolves when it answers. */
export async function startPlatform({ env = {}, launcher = false, timeoutMs = 120_000 } = {}) {
  const port = await freePort();
  const startedAt = Date.now();
  const args = launcher ? ['tools/start.mjs'] : ['dist/apps/api/apps/api/src/main.js'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      MAIL_CATCHER_SMTP_PORT: String(await freePort()),
      MAIL_CATCHER_WEB_PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`platform exited early:\n${output}`);
    if (Date.now() - startedAt > timeoutMs) throw new Error(`platform not ready in ${timeoutMs} ms:\n${output}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok && (!launcher || output.includes('is ready'))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const readyMs = Date.now() - startedAt;
  return {
    baseUrl,
    readyMs,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs autocannon and computes exact p50/p95/p99 from every response time. */
export async function load({ url, headers = {}, connections = 50, duration = 10, method = 'GET', body }) {
  const samples = [];
  const instance = autocannon({ url, headers, connections, duration, method, body });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode < 400) samples.push(responseTime);
  });
  const result = await instance;
  samples.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || duration),
    errors: result.errors + result.non2xx,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
  };
}

export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(cells[0]), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.slice(1).map(line)].join('\n');
}

export const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
