import { request as httpRequest } from 'node:http';
import { organisationOwner, signedIn } from '../testing/access-fixtures';
import { ADMIN, publisherEditor, training } from '../testing/catalogue-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

/** What a fuzzer found to give 500 (or to be wrongly accepted): each is now a clear 4xx that
 * names the field, in the caller's language. */
describe('bad input is refused with a 4xx, never a 5xx', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  const deepArray = '['.repeat(20_000) + ']'.repeat(20_000);
  const deepObject = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000);

  it('refuses JSON nested 20,000 deep, also on routes that need no account', async () => {
    const owner = await organisationOwner(t, 'diep');
    for (const [client, path] of [[t.client(), '/api/auth/login'], [t.client(), '/api/auth/register'], [owner.client, '/api/organisations']] as const) {
      for (const body of [deepArray, deepObject]) {
        const r = await client.post(path, body);
        expect(r.status).toBe(400);
        expect(r.body).toEqual({ error: 'invalid_json', message: 'De gegevens zijn te diep genest.' });
      }
    }
    const patch = await owner.client.request('PATCH', `/api/organisations/${owner.organisationId}`, deepObject);
    expect(patch.status).toBe(400);
  });

  it('answers a body over 2 MB with 413, before reading it, while an import may be larger', async () => {
    const owner = await signedIn(t, 'groot');
    const big = await owner.client.post('/api/organisations', JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.body).toEqual({ error: 'payload_too_large', message: 'Het verzoek is te groot.' });

    // A client announces 30 MB and sends none of it: the answer comes at once, from the header.
    const early = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(30 * 1024 * 1024) } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(early.status).toBe(413);
    expect(JSON.parse(early.body).error).toBe('payload_too_large');

    // The import route takes up to 32 MB: 3 MB of an (empty) list is read and judged on content.
    const { editor, publisherId } = await publisherEditor(t);
    const list = `[${' '.repeat(3 * 1024 * 1024)}]`;
    const imported = await editor.post(`/api/publishers/${publisherId}/import`, list);
    expect(imported.status).toBe(400);
    expect(imported.body.error).toBe('import_empty');
  });

  it('refuses an unpaired UTF-16 surrogate in an e-mail address, naming the field', async () => {
    const asked = await t.client().post('/api/auth/magic-link', '{"email":"anne\\ud800@bakkerij.nl"}');
    expect(asked.status).toBe(400);
    expect(asked.body.fields).toEqual({ email: 'bevat een ongeldig teken (een losse UTF-16-surrogaat)' });
    const en = t.client();
    en.locale = 'en';
    const registered = await en.post('/api/auth/register', '{"email":"anne@bakkerij.nl\\udc00","password":"een-lang-wachtwoord","name":"Anne"}');
    expect(registered.status).toBe(400);
    expect(registered.body.fields).toEqual({ email: 'contains an invalid character (an unpaired UTF-16 surrogate)' });
  });

  it('refuses a NUL character in any text field, in a body, a nested field or a query', async () => {
    const owner = await organisationOwner(t, 'nul');
    const org = await owner.client.post('/api/organisations', { name: 'Bakkerij\u0000', sector: 'C', region: 'twente', employees: 5 });
    expect(org.status).toBe(400);
    expect(org.body.fields).toEqual({ name: 'mag geen NUL-teken (\\u0000) bevatten' });
    const { editor, publisherId } = await publisherEditor(t);
    const item = await editor.post(`/api/publishers/${publisherId}/items`, training({ training: { durationHours: 2, startDates: ['2099-01-01\u0000'] } }));
    expect(item.status).toBe(400);
    expect(Object.keys(item.body.fields)).toEqual(['training.startDates.0']);
    const search = await t.client().get('/api/search?q=brood%00');
    expect(search.status).toBe(400);
    expect(Object.keys(search.body.fields)).toEqual(['q']);
    const csv = await editor.post(`/api/publishers/${publisherId}/import`, 'kind,title\ntraining,Las\u0000sen\n', { 'content-type': 'text/csv' });
    expect(csv.status).toBe(400);
    expect(Object.keys(csv.body.fields)).toEqual(['body']);
    expect(await t.db.query(`SELECT 1 FROM organisations WHERE name LIKE 'Bakkerij%' AND id <> $1`, [owner.organisationId])).toEqual([]);
  });

  it('refuses null (or a bare value) as a body, also where every field is optional', async () => {
    const owner = await organisationOwner(t, 'null');
    for (const [path, body] of [['/api/auth/me', 'null'], [`/api/organisations/${owner.organisationId}`, 'null'], ['/api/auth/me', '42'], ['/api/auth/me', '"naam"']]) {
      const r = await owner.client.request('PATCH', path, body);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'invalid_body', message: 'Stuur een JSON-object met velden, geen null, getal of losse tekst.' });
    }
    const { editor, publisherId } = await publisherEditor(t);
    const item = await editor.post(`/api/publishers/${publisherId}/items`, training());
    expect((await editor.request('PATCH', `/api/items/${item.body.id}`, 'null')).status).toBe(400);
  });

  it('refuses a publisher with no regions, naming regions', async () => {
    const person = await signedIn(t, 'uitgever');
    const r = await person.client.post('/api/publishers', { name: 'Loket zonder regio', regions: [] });
    expect(r.status).toBe(400);
    expect(r.body.fields).toEqual({ regions: 'kies er minstens 1' });
    expect((await person.client.post('/api/publishers', { name: 'Loket', regions: ['landelijk'] })).status).toBe(201);
  });
});
