import { type EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { upsertAdminRow } from '../users/users.queries';

/** Creates the admin account, or makes an existing account admin with this password. */
export async function upsertAdmin(m: EntityManager, email: string, password: string, name = 'Beheerder'): Promise<string> {
  return upsertAdminRow(m, email, name, await hashPassword(password));
}
