import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { lockMigrations, unlockMigrations } from './migration-lock.queries';

export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await lockMigrations(ds);
    try {
      const ran = await ds.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await unlockMigrations(ds);
    }
  } finally {
    await ds.destroy();
  }
}
