import { type EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';

/** Creates the admin account, or makes an existing account admin with this password. */
export async function upsertAdmin(m: EntityManager, email: string, password: string, name = 'Beheerder'): Promise<string> {
  const passwordHash = await hashPassword(password);
  const rows = await m.query(
    `INSERT INTO users (email, name, password_hash, is_admin) VALUES ($1, $2, $3, true)
     ON CONFLICT ((lower(email))) DO UPDATE SET is_admin = true, password_hash = EXCLUDED.password_hash, updated_at = now()
     RETURNING id`,
    [email.toLowerCase(), name, passwordHash],
  );
  return rows[0].id;
}
