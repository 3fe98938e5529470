import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { type HttpClient } from '../testing/http-client';
import { ADMIN } from '../testing/catalogue-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { fillPath, isApiError, type Operation, readOperations, type RecordKind } from './openapi-routes';
import { ownerWithRecords } from './security-fixtures';

/** Cases per route and caller: about 1,600 requests in all, some 10 s alone and well under a minute beside other test files on two cores. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.TEST_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Strings that have broken APIs before: NUL, lone surrogates, huge, odd numbers and dates,
 * injections, path tricks. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '🥖'.repeat(50), 'x'.repeat(5000), '-1', '0', '1e309', 'NaN', 'null',
    'true', '2026-02-30', '9999-12-31', '../../etc/passwd', "' OR 1=1 --", '<script>alert(1)</script>', '%00', '{{7*7}}',
    '00000000-0000-0000-0000-000000000000', '__proto__', 'constructor',
  ),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 4 }),
  fc.dictionary(nasty, nasty, { maxKeys: 3 }), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(-0),
);

/** A JSON body (as text): random JSON, an object with the schema's fields holding wrong values,
 * or one of the shapes that used to give 500. */
function bodyArb(op: Operation): fc.Arbitrary<string | undefined> {
  const fields = op.bodyFields.length ? op.bodyFields : ['name', 'email', 'id'];
  const shaped = fc.dictionary(fc.oneof(fc.constantFrom(...fields), nasty), value, { maxKeys: fields.length + 2 }).map((o) => JSON.stringify(o));
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: fc.constantFrom(
      'null', '[]', '42', '"x"', '{', '{"a":}', '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"x":1}}}',
      '['.repeat(20_000) + ']'.repeat(20_000), '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), '\u0000', '{"name":"\\u0000"}',
      '{"email":"a\\ud800@x.nl"}', `[${'{},'.repeat(2000)}{}]`,
    ) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** A query string: the route's own parameters and some it does not know, with bad values, and
 * now and then raw bytes that are no valid percent-encoding. */
function queryArb(op: Operation): fc.Arbitrary<string> {
  const names = [...op.queryParams, 'page', 'x'];
  const pairs = fc.array(fc.tuple(fc.constantFrom(...names), nasty), { maxLength: 4 }).map((entries) => new URLSearchParams(entries).toString());
  return fc.oneof(pairs, fc.constantFrom('', 'q=%00', 'q=%ZZ', 'q=%ED%A0%80', 'page=-1&perPage=100000', 'q[]=a&q[]=b', 'dryRun=maybe'));
}

const contentTypeArb = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('text/csv', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=latin1') },
);

interface Outcome { status: number; contentType: string; body: unknown }

describe('fuzzing every route of the OpenAPI document: never a 5xx, every error in the API format', () => {
  let t: TestApp;
  let operations: Operation[];
  let owner: { client: HttpClient; ids: Record<RecordKind, string> };
  let requests = 0;
  const fiveHundreds: string[] = [];
  const badErrors: string[] = [];
  const covered = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
    operations = await readOperations(t.client());
    owner = await ownerWithRecords(t, 'fuzz');
  });
  afterAll(async () => {
    console.log(
      `fuzz (fast-check seed ${SEED}, ${RUNS} cases per route and caller): ${covered.size} routes, ${requests} requests, ` +
      `${fiveHundreds.length} × 5xx, ${badErrors.length} errors not in the API format`,
    );
    await t.close();
  });

  async function send(client: HttpClient, method: string, url: string, body: string | undefined, contentType: string): Promise<Outcome> {
    requests++;
    const response = await fetch(t.baseUrl + url, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': contentType } : {}), ...(client.cookieHeader ? { cookie: client.cookieHeader } : {}) },
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* judged below */
    }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: parsed };
  }

  function judge(label: string, outcome: Outcome): void {
    if (outcome.status >= 500) fiveHundreds.push(`${label} → ${outcome.status} ${JSON.stringify(outcome.body).slice(0, 200)}`);
    else if (outcome.status >= 400 && !(outcome.contentType.includes('application/json') && isApiError(outcome.body))) {
      badErrors.push(`${label} → ${outcome.status} ${outcome.contentType} ${String(JSON.stringify(outcome.body)).slice(0, 200)}`);
    }
  }

  /** The owner signs in again if a fuzzed request signed them out (logout, or erasing the account). */
  async function ownerStillSignedIn(): Promise<void> {
    if ((await owner.client.get('/api/auth/me')).status !== 200) owner = await ownerWithRecords(t, `fuzz${requests}`);
  }

  const pathParamArb = fc.oneof(
    { weight: 3, arbitrary: fc.constant('own') },
    { weight: 1, arbitrary: fc.constant(randomUUID()) },
    { weight: 1, arbitrary: fc.constantFrom('%00', '..', 'x'.repeat(300), '%ZZ', 'not-a-uuid', '%F0%9F%A5%96', '-1') },
  );

  async function fuzz(caller: 'anonymous' | 'owner'): Promise<void> {
    for (const op of operations) {
      covered.add(`${op.method} ${op.path}`);
      const hasPayload = op.method !== 'GET' && op.method !== 'DELETE';
      await fc.assert(
        fc.asyncProperty(pathParamArb, queryArb(op), hasPayload ? bodyArb(op) : fc.constant(undefined), contentTypeArb, async (param, query, body, contentType) => {
          const client = caller === 'owner' ? owner.client : t.client();
          const ids = caller === 'owner' && param === 'own' ? owner.ids : {};
          const { url } = fillPath(op, ids, () => (param === 'own' ? randomUUID() : param));
          const full = query ? `${url}?${query}` : url;
          judge(`${caller} ${op.method} ${full.slice(0, 200)} ${String(body).slice(0, 120)}`, await send(client, op.method, full, body, contentType));
          return true;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      if (caller === 'owner') await ownerStillSignedIn();
    }
  }

  it('anonymous callers', async () => {
    await fuzz('anonymous');
    expect(fiveHundreds).toEqual([]);
    expect(badErrors).toEqual([]);
  }, 120_000);

  it('a signed-in owner, with ids of their own organisation, round, publisher and item, and random ones', async () => {
    await fuzz('owner');
    // A body over the limit on every route that takes one: 413, read no further than needed.
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024 + 10) });
    for (const op of operations.filter((o) => o.hasBody)) {
      judge(`owner ${op.method} ${op.path} (2 MB)`, await send(owner.client, op.method, fillPath(op, owner.ids).url, big, 'application/json'));
    }
    expect(fiveHundreds).toEqual([]);
    expect(badErrors).toEqual([]);
  }, 120_000);
});
