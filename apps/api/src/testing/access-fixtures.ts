import { type HttpClient } from './http-client';
import { type TestApp } from './test-app';

/** An id no row has: what "does not exist" looks like, to compare "not yours" with. */
export const NOWHERE = '00000000-0000-4000-8000-000000000000';

let counter = 0;

/** An address no other test of the file uses, whatever order the tests run in. */
export function uniqueEmail(who: string, domain = 'example.nl'): string {
  return `${who}${++counter}-${Date.now().toString(36)}@${domain}`;
}

/** A signed-in person with an account of their own. */
export async function signedIn(t: TestApp, who: string, name = 'Test Gebruiker'): Promise<{ client: HttpClient; id: string; email: string }> {
  const client = t.client();
  const email = uniqueEmail(who);
  const user = await client.signUp(email, name);
  return { client, id: user.id, email };
}

/** A signed-in owner of an organisation of their own. */
export async function organisationOwner(t: TestApp, who: string): Promise<{ client: HttpClient; id: string; email: string; organisationId: string }> {
  const person = await signedIn(t, who);
  const created = await person.client.post('/api/organisations', { name: `Bedrijf ${who} ${counter}`, sector: 'C', region: 'twente', employees: 12 });
  if (created.status !== 201) throw new Error(`organisation not created: ${created.status} ${JSON.stringify(created.body)}`);
  return { ...person, organisationId: created.body.id };
}

/** A whole row as JSON straight from the database, to show a refused request changed nothing. */
export async function rowOf(t: TestApp, table: string, id: string, idColumn = 'id'): Promise<Record<string, unknown> | null> {
  const rows: { row: Record<string, unknown> }[] = await t.db.query(`SELECT to_jsonb(x) AS row FROM ${table} x WHERE x.${idColumn} = $1`, [id]);
  return rows[0]?.row ?? null;
}
