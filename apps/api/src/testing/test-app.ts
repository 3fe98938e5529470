import { randomBytes } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import { type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TestClock } from '../common/time';
import { type AppConfig, loadConfig } from '../config/config';
import { runMigrations } from '../database/migrate';
import { createApp } from '../platform/http';
import { JsonLogger } from '../platform/json-logger';
import { SmtpPeer } from './smtp-peer';
import { HttpClient } from './http-client';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  db: DataSource;
  smtp: SmtpPeer;
  config: AppConfig;
  databaseUrl: string;
  /** The app's clock: every time rule reads it. Starts at GW_TEST_NOW when set (e.g. a daytime
   * or a night-time moment for the whole tier), else at the real time; tests move it. */
  clock: TestClock;
  /** A fresh client with its own cookie jar: one per simulated person. */
  client(): HttpClient;
  close(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The real API on a random port, with migrations applied to a database of its own and a real
 * SMTP peer, exactly as `npm start` wires it but for the embedded defaults. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const adminUrl = process.env.GW_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('GW_TEST_ADMIN_URL is not set: run through jest.int.config.cjs');
  const database = `gw_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, database);
  await runMigrations(databaseUrl);

  const smtp = new SmtpPeer();
  const smtpUrl = await smtp.start();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', MAIL_POLL_MS: '100', DEMO_DATA: 'false', PORT: '0', ...env });
  const clock = new TestClock(process.env.GW_TEST_NOW || undefined);
  const app = await createApp({ config, databaseUrl, smtpUrl, mailMode: 'smtp', clock }, new JsonLogger('silent'));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    db: app.get(DataSource),
    smtp,
    config,
    databaseUrl,
    clock,
    client: () => new HttpClient(baseUrl),
    close: async () => {
      await app.close();
      await smtp.stop();
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await c.end();
    },
  };
}
