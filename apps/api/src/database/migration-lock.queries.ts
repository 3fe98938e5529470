import { type DataSource } from 'typeorm';

/** Arbitrary but fixed: one migration run at a time, however many API instances start. */
const MIGRATION_LOCK = 727_001;

/** Waits until no other instance runs migrations, then holds the lock (session level). */
export async function lockMigrations(ds: DataSource): Promise<void> {
  await ds.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
}

export async function unlockMigrations(ds: DataSource): Promise<void> {
  await ds.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
}
