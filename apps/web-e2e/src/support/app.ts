import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { SmtpPeer } from '../../../api/src/testing/smtp-peer';

const root = path.resolve(__dirname, '../../../..');
const main = path.join(root, 'dist/apps/api/apps/api/src/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  smtp: SmtpPeer;
  db: Client;
  /** The database the app runs on (for tools that need it, like the admin CLI). */
  databaseUrl: string;
  /** What the app printed so far. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code (the database stays for inspection). */
  terminate(): Promise<number | null>;
  /** SIGKILL: the process dies at once, in the middle of whatever it was doing. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Another instance on the database of an app already running (the first one drops it). */
  sharedWith?: RunningApp;
}

/** The built platform as `npm start` runs it, on its own database and a real SMTP peer. */
export async function startApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run-many -t build -p api web)`);
  const adminUrl = process.env.GW_TEST_ADMIN_URL!;
  const shared = options.sharedWith;
  const database = shared ? new URL(shared.databaseUrl).pathname.slice(1) : `gw_e2e_${randomBytes(5).toString('hex')}`;
  if (!shared) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;

  const smtp = shared?.smtp ?? new SmtpPeer();
  const smtpUrl = shared ? smtp.url : await smtp.start();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATABASE_URL: url.toString(),
      SMTP_URL: smtpUrl,
      MAIL_POLL_MS: '200',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the app did not start:\n${output}`);
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    baseUrl,
    smtp,
    db,
    databaseUrl: url.toString(),
    output: () => output,
    terminate: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      await db.end();
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      if (shared) return;
      await smtp.stop();
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await c.end();
    },
  };
}
