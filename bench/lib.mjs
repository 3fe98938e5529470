// Shared helpers for the benchmarks: start the built platform, measure, print tables.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import autocannon from 'autocannon';
import pg from 'pg';
import { API_NODE_ARGS } from '../tools/api-node-args.mjs';
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
  // BENCH_API_NODE_ARGS: node options for the API process only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // The API alone is started as tools/start.mjs starts it (API_NODE_ARGS), after the bench's own options.
  const args = [...nodeArgs, ...(launcher ? ['tools/start.mjs'] : [...API_NODE_ARGS, 'dist/apps/api/apps/api/src/main.js'])];
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
    pid: child.pid,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs autocannon and computes exact p50/p95/p99 from every response time. With `paths`, the
 * connections cycle through those paths, each starting at another place in the list. */
export async function load({ url, headers = {}, connections = 50, duration = 10, method = 'GET', body, paths, timeout = 10 }) {
  const samples = [];
  let client = 0;
  const setupClient = paths
    ? (c) => {
        const start = Math.floor((client++ * paths.length) / connections);
        c.setRequests([...paths.slice(start), ...paths.slice(0, start)].map((p) => ({ method, path: p })));
      }
    : undefined;
  const instance = autocannon({ url, headers, connections, duration, method, body, setupClient, timeout });
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

/** `connections` keep-alive HTTP clients, each sending the next path of the list (each path at
 * most once) as soon as its last response is in, for `duration` seconds. A plain Node client: with
 * tens of thousands of distinct paths autocannon's own work per request took most of a core on
 * this 2-core machine, which then went missing from the API under test. */
export async function loadPaths({ url, paths, connections = 20, duration = 10 }) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const samples = [];
  let errors = 0;
  let next = 0;
  const get = (p) => new Promise((resolve) => {
    const req = http.request({ host: target.hostname, port: target.port, path: p, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
  const started = performance.now();
  const until = started + duration * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until && next < paths.length) {
      const path = paths[next++];
      const t0 = performance.now();
      const status = await get(path);
      if (status >= 200 && status < 400) samples.push(performance.now() - t0);
      else errors++;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  samples.sort((a, b) => a - b);
  return {
    requests: samples.length + errors, rps: (samples.length + errors) / seconds, errors, exhausted: next >= paths.length,
    p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99),
  };
}

export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(cells[0]), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.slice(1).map(line)].join('\n');
}

export const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');

/** A fresh, empty database for one bench. With DATABASE_URL: a new database on that server,
 * dropped by `drop()`. Without: the API's embedded PostgreSQL in a new data folder (removed by
 * `drop()` once the API has stopped), on a port chosen here so the bench can reach it too. */
export async function freshDatabase(prefix) {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `${prefix.replace(/[^a-z0-9_]/g, '_')}_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: server.href });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(server.href);
    url.pathname = `/${name}`;
    return {
      url: url.href,
      env: { DATABASE_URL: url.href },
      drop: async () => {
        const c = new pg.Client({ connectionString: server.href });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
      },
    };
  }
  const port = await freePort();
  const dataDir = tempDir(`${prefix}-`);
  return {
    // The embedded PostgreSQL's fixed credentials (apps/api/src/platform/embedded-services.ts).
    url: `postgres://postgres:groeiwijzer@127.0.0.1:${port}/groeiwijzer`,
    env: { DATABASE_URL: '', EMBEDDED_PG_PORT: String(port), DATA_DIR: dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** The first admin, created by the API at start from these variables. */
export const BENCH_ADMIN = { ADMIN_EMAIL: 'bench-admin@example.nl', ADMIN_PASSWORD: 'bench-admin-password-123' };

/** A JSON (or text) call to the API; no Origin header, as a script sends it. */
export async function call(base, method, urlPath, { cookie, body, type } = {}) {
  const headers = {};
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers['content-type'] = type ?? 'application/json';
  const r = await fetch(`${base}${urlPath}`, {
    method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await r.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: kept as text
  }
  return { status: r.status, body: parsed, cookie: r.headers.getSetCookie()[0]?.split(';')[0] };
}

function expectStatus(what, response, status) {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  return response;
}

/** A signed-in member of a new publisher that the admin approved. */
export async function approvedPublisher(base, { name = 'Bench Sectortafel', regions = ['twente'] } = {}) {
  const email = `bench-publisher-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.nl`;
  const reg = await expectStatus('register', await call(base, 'POST', '/api/auth/register', { body: { email, password: 'bench-password-123', name: 'Bench Redactie' } }), 201);
  const cookie = reg.cookie;
  const publisher = await expectStatus('create publisher', await call(base, 'POST', '/api/publishers', { cookie, body: { name, regions } }), 201);
  const admin = await adminCookie(base);
  await expectStatus('approve publisher', await call(base, 'POST', `/api/admin/publishers/${publisher.body.id}/approve`, { cookie: admin }), 200);
  return { cookie, publisherId: publisher.body.id, admin };
}

export async function adminCookie(base) {
  const login = await call(base, 'POST', '/api/auth/login', { body: { email: BENCH_ADMIN.ADMIN_EMAIL, password: BENCH_ADMIN.ADMIN_PASSWORD } });
  await expectStatus('admin login', login, 200);
  return login.cookie;
}
