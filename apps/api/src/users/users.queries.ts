import { type EntityManager } from 'typeorm';

/** The SQL on accounts that the entity cannot say: matching e-mail addresses case-insensitively. */
export async function emailTaken(m: EntityManager, email: string): Promise<boolean> {
  return (await m.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email])).length > 0;
}

/** Creates an admin account, or makes the account with that address admin with this password hash. */
export async function upsertAdminRow(m: EntityManager, email: string, name: string, passwordHash: string): Promise<string> {
  const rows: { id: string }[] = await m.query(
    `INSERT INTO users (email, name, password_hash, is_admin) VALUES ($1, $2, $3, true)
     ON CONFLICT ((lower(email))) DO UPDATE SET is_admin = true, password_hash = EXCLUDED.password_hash, updated_at = now()
     RETURNING id`,
    [email.toLowerCase(), name, passwordHash],
  );
  return rows[0].id;
}
