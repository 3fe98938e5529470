import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { DataSource } from 'typeorm';
import { upsertAdmin } from '../admin/admin-accounts';
import { PASSWORD_MIN_LENGTH } from '@groeiwijzer/domain';
import { weakPasswordHint } from '../auth/password-policy';
import { message } from '../i18n';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source';
import { runMigrations } from '../database/migrate';
import { startEmbeddedPostgres } from '../platform/embedded-services';

/** `npm run admin -- --email you@example.nl`: creates a platform admin (or makes an account
 * admin). The password comes from ADMIN_PASSWORD or is asked for. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const email = args[args.indexOf('--email') + 1];
  if (!args.includes('--email') || !email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    console.error('usage: npm run admin -- --email you@example.nl   (password from ADMIN_PASSWORD, or asked)');
    process.exit(2);
  }
  let password = process.env.ADMIN_PASSWORD;
  if (!password && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question(`Password for ${email} (at least ${PASSWORD_MIN_LENGTH} characters): `);
    rl.close();
  }
  if (!password || password.length < PASSWORD_MIN_LENGTH) {
    console.error(`The password must be at least ${PASSWORD_MIN_LENGTH} characters (set ADMIN_PASSWORD or type it).`);
    process.exit(2);
  }
  const weak = await weakPasswordHint(password, { email });
  if (weak) {
    console.error(`The password ${message(weak, 'en')}`);
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
  const pg = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  const url = config.databaseUrl ?? pg!.url;
  try {
    await runMigrations(url);
    const ds = await new DataSource(dataSourceOptions(url)).initialize();
    const id = await upsertAdmin(ds.manager, email, password);
    await ds.destroy();
    console.log(`Admin ready: ${email.toLowerCase()} (${id})`);
  } finally {
    await pg?.stop();
  }
}

main().catch((error) => {
  console.error(`admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
