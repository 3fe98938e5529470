import { DataSource } from 'typeorm';
import { type AppConfig } from '../config/config';
import { dataSourceOptions } from '../database/data-source';
import { runMigrations } from '../database/migrate';
import { startEmbeddedPostgres } from '../platform/embedded-services';

/** For CLI commands: the configured database (or the embedded one), migrated. */
export async function withDatabase<T>(config: AppConfig, run: (ds: DataSource) => Promise<T>): Promise<T> {
  const pg = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  const url = config.databaseUrl ?? pg!.url;
  try {
    await runMigrations(url);
    const ds = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      return await run(ds);
    } finally {
      await ds.destroy();
    }
  } finally {
    await pg?.stop();
  }
}
