import { type DataSource } from 'typeorm';

/** Whether the database answers at all. */
export function pingDatabase(db: DataSource): Promise<boolean> {
  return db.query('SELECT 1').then(() => true, () => false);
}
