import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The committed contract: `apps/api/openapi.json`. The document the code produces must equal
 * it, so a change to a route, a body or a response shows in review as a change to that file.
 * `npm run openapi` writes it afresh. */
const COMMITTED = path.resolve(__dirname, '../../openapi.json');

type Doc = { paths: Record<string, Record<string, unknown>> };
const operations = (doc: Doc) => Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is the one committed in apps/api/openapi.json (npm run openapi writes it)', async () => {
    const r = await t.client().get<Doc>('/api/openapi.json');
    expect(r.status).toBe(200);
    const text = `${JSON.stringify(r.body, null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, text);
    const committedText = readFileSync(COMMITTED, 'utf8');
    if (text !== committedText) {
      const committed = JSON.parse(committedText) as Doc;
      const now = operations(r.body);
      const before = operations(committed);
      const added = now.filter((o) => !before.includes(o));
      const removed = before.filter((o) => !now.includes(o));
      const changed = now.filter((o) => before.includes(o)).filter((o) => {
        const [m, p] = o.split(' ');
        return JSON.stringify(r.body.paths[p][m.toLowerCase()]) !== JSON.stringify(committed.paths[p][m.toLowerCase()]);
      });
      throw new Error(
        `apps/api/openapi.json is out of date: run npm run openapi and commit it.\n` +
          `added: ${added.join(', ') || '—'}\nremoved: ${removed.join(', ') || '—'}\nchanged: ${changed.join(', ') || '— (schemas or document fields)'}`,
      );
    }
  });

  it('describes the item bodies field by field, from the domain rules', async () => {
    const doc = JSON.parse(readFileSync(COMMITTED, 'utf8')) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> } }>> };
    const create = doc.paths['/api/publishers/{id}/items'].post.requestBody!.content['application/json'].schema;
    expect(Object.keys(create.properties!)).toEqual(expect.arrayContaining(['kind', 'title', 'aspects', 'regions', 'scheme', 'training', 'coach']));
    expect(create.required).toEqual(expect.arrayContaining(['kind', 'title']));
    const patch = doc.paths['/api/items/{id}'].patch.requestBody!.content['application/json'].schema;
    expect(Object.keys(patch.properties!)).not.toContain('kind');
  });
});
