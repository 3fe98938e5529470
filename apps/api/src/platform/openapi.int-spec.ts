import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { contractCheck } from '../testing/contract-check';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The committed contract: `apps/api/openapi.json`. The document the code produces must equal
 * it, so a change to a route, a body or a response shows in review as a change to that file.
 * `npm run openapi` writes it afresh. */
const COMMITTED = path.resolve(__dirname, '../../openapi.json');

type Doc = { paths: Record<string, Record<string, unknown>> };
type Param = { name: string; in: string; required?: boolean; schema?: { enum?: string[]; format?: string } };
type Answer = { description?: string; headers?: Record<string, unknown>; content?: Record<string, { schema?: { $ref?: string; type?: string; items?: unknown; oneOf?: unknown[] } }> };
type Op = { parameters?: Param[]; responses: Record<string, Answer> };
type FullDoc = { paths: Record<string, Record<string, Op>>; components: { schemas: Record<string, unknown> } };
const committed = () => JSON.parse(readFileSync(COMMITTED, 'utf8')) as FullDoc;
const eachOperation = (doc: FullDoc) => Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops).map(([m, op]) => ({ method: m.toUpperCase(), path: p, op })));

/** A concrete address for a route: ids are fresh UUIDs (nobody's), tokens random, required query
 * parameters their first allowed value. */
function addressOf(path: string, op: Op): string {
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'token' ? randomBytes(16).toString('hex') : randomUUID()));
  const query = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required)
    .map((p) => `${p.name}=${p.schema?.enum?.[0] ?? (p.schema?.format === 'uuid' ? randomUUID() : 'x')}`);
  return query.length ? `${filled}?${query.join('&')}` : filled;
}
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

  it('gives every route a 2xx answer with a schema, or a media type for a file', () => {
    const doc = committed();
    const missing = eachOperation(doc).flatMap(({ method, path, op }) => {
      const ok = Object.entries(op.responses).filter(([status]) => /^2/.test(status));
      if (!ok.length) return [`${method} ${path}: no 2xx answer`];
      return ok.flatMap(([status, answer]) => {
        if (status === '204') return answer.content ? [`${method} ${path} 204 with a body`] : [];
        const content = Object.entries(answer.content ?? {});
        if (!content.length) return [`${method} ${path} ${status}: no body described`];
        // A JSON download (the privacy export) is a file: its Content-Disposition says so.
        const download = !!answer.headers?.['Content-Disposition'];
        return content.filter(([type, c]) => type === 'application/json' && !download && !(c.schema?.$ref || c.schema?.items || c.schema?.oneOf))
          .map(([type]) => `${method} ${path} ${status} ${type}: no schema`);
      });
    });
    expect(missing).toEqual([]);
    // Every error answer is the error filter's shape.
    const errors = eachOperation(doc).flatMap(({ method, path, op }) => Object.entries(op.responses)
      .filter(([status]) => /^4/.test(status) && !(method === 'POST' && path === '/api/publishers/{id}/import' && status === '422'))
      .filter(([, a]) => a.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ApiError').map(([status]) => `${method} ${path} ${status}`));
    expect(errors).toEqual([]);
  });

  it('points every schema reference at a schema the document holds', () => {
    const doc = committed();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(100);
    expect([...new Set(refs)].filter((name) => !(name in doc.components.schemas))).toEqual([]);
  });

  it('documents what every route answers a stranger: signed out, and signed in with nothing of their own', async () => {
    const doc = committed();
    const check = contractCheck();
    const operations = eachOperation(doc);
    const ask = async (method: string, url: string, cookie?: string) => {
      const body = ['POST', 'PUT', 'PATCH'].includes(method) ? '{}' : undefined;
      const r = await fetch(t.baseUrl + url, {
        method, body, redirect: 'manual',
        headers: { 'accept-language': 'nl', ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
      });
      const text = await r.text();
      let parsed: unknown = text;
      try { parsed = text ? JSON.parse(text) : null; } catch { /* a file */ }
      return { status: r.status, problem: check.problem(method, url, r.status, r.headers.get('content-type'), parsed) };
    };

    const problems: string[] = [];
    const signedOut = new Map<string, number>();
    for (const { method, path, op } of operations) {
      const r = await ask(method, addressOf(path, op));
      signedOut.set(`${method} ${path}`, r.status);
      if (r.problem) problems.push(`signed out: ${r.problem}`);
      expect(r.status).toBeLessThan(500);
    }
    // A route that documents 401 is one that really asks who you are (login's 401 is a wrong password).
    const open = operations.filter(({ method, path, op }) => op.responses['401'] && `${method} ${path}` !== 'POST /api/auth/login' && signedOut.get(`${method} ${path}`) !== 401);
    expect(open.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    expect([...signedOut.values()].filter((s) => s === 401).length).toBeGreaterThan(60);

    const stranger = t.client();
    await stranger.signUp(`vreemde-${randomUUID()}@example.nl`);
    // Signing out and erasing the account would end the session the other requests use.
    const keep = operations.filter(({ method, path }) => !['POST /api/auth/logout', 'DELETE /api/me'].includes(`${method} ${path}`));
    for (const { method, path, op } of keep) {
      const r = await ask(method, addressOf(path, op), stranger.cookieHeader);
      if (r.problem) problems.push(`signed in: ${r.problem}`);
      expect(r.status).toBeLessThan(500);
    }
    expect(problems).toEqual([]);
  });
});
