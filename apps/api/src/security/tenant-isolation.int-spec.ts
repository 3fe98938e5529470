import { NOWHERE, rowOf } from '../testing/access-fixtures';
import { ADMIN } from '../testing/catalogue-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { fillPath, isApiError, paramKind, readOperations, type RecordKind } from './openapi-routes';
import { ownerWithRecords } from './security-fixtures';

const TABLES: [RecordKind, string][] = [
  ['organisation', 'organisations'], ['round', 'scan_rounds'], ['publisher', 'publishers'], ['item', 'catalogue_items'],
  ['token', 'api_tokens'], ['invitation', 'publisher_invitations'], ['user', 'users'],
];

/** Every route of the OpenAPI document that takes an id, called by a stranger (the owner of
 * another organisation and publisher) with the ids of someone else's records: 404 or 403, or
 * exactly the answer an id that exists nowhere gets; never a success, and nothing changes. */
describe('tenant isolation over every route of the OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  it("gives a stranger nothing of another organisation's or publisher's records", async () => {
    const victim = await ownerWithRecords(t, 'eigenaar');
    const stranger = await ownerWithRecords(t, 'vreemde');
    const before = await Promise.all(TABLES.map(([kind, table]) => rowOf(t, table, victim.ids[kind])));
    const operations = await readOperations(t.client());

    const leaks: string[] = [];
    let routes = 0;
    let requests = 0;
    const withoutIds: string[] = [];
    for (const op of operations) {
      if (!op.pathParams.some((p) => { const kind = paramKind(op.path, p); return kind !== null && kind !== 'secret'; })) {
        if (op.pathParams.length) withoutIds.push(`${op.method} ${op.path}`);
        continue;
      }
      routes++;
      const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : {};
      const theirs = await stranger.client.request(op.method, fillPath(op, victim.ids).url, body);
      const nowhere = await stranger.client.request(op.method, fillPath(op, {}, () => NOWHERE).url, body);
      requests += 2;
      const refused = [403, 404].includes(theirs.status) || (theirs.status >= 400 && theirs.status === nowhere.status && JSON.stringify(theirs.body) === JSON.stringify(nowhere.body));
      if (!refused || !isApiError(theirs.body)) leaks.push(`${op.method} ${op.path} → ${theirs.status} ${JSON.stringify(theirs.body).slice(0, 200)} (an unknown id: ${nowhere.status})`);
    }
    console.log(`tenant isolation: ${routes} routes with ids of another tenant's records, ${requests} requests, ${leaks.length} answered with anything but refusal; ` +
      `${withoutIds.length} routes take only secret tokens or ids of kinds not made here (${withoutIds.join(', ')})`);
    expect(leaks).toEqual([]);
    expect(routes).toBeGreaterThanOrEqual(30);
    const after = await Promise.all(TABLES.map(([kind, table]) => rowOf(t, table, victim.ids[kind])));
    expect(after).toEqual(before);
  });
});
