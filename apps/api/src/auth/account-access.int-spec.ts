import { startTestApp, type TestApp } from '../testing/test-app';
import { NOWHERE, rowOf, signedIn } from '../testing/access-fixtures';

const MESSAGE = { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' };

describe('an account\'s own things: API tokens and the profile', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('personal API tokens', () => {
    it('shows the secret once, at creation; the list never holds it (nor its hash)', async () => {
      const { client } = await signedIn(t, 'script');
      const created = await client.post('/api/me/tokens', { name: 'import-script' });
      expect(created.status).toBe(201);
      const secret = created.body.token as string;
      expect(secret).toMatch(/^gw_[\w-]{20,}$/);

      const list = await client.get('/api/me/tokens');
      expect(list.status).toBe(200);
      expect(list.body).toEqual([{ id: created.body.id, name: 'import-script', createdAt: created.body.createdAt, lastUsedAt: null }]);
      const [{ token_hash: hash }] = await t.db.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [created.body.id]);
      const text = JSON.stringify(list.body);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(secret.slice(3));
      expect(text).not.toContain(hash);
      // Nor does anything else about me.
      expect(JSON.stringify((await client.get('/api/auth/me')).body)).not.toContain(secret.slice(3));
    });

    it('lists only the caller\'s own tokens, signed in by cookie or by token; another user\'s list never includes them', async () => {
      const anne = await signedIn(t, 'anne');
      const bert = await signedIn(t, 'bert');
      const a1 = (await anne.client.post('/api/me/tokens', { name: 'anne-een' })).body;
      const a2 = (await anne.client.post('/api/me/tokens', { name: 'anne-twee' })).body;
      const b1 = (await bert.client.post('/api/me/tokens', { name: 'bert-een' })).body;

      const anneList = await anne.client.get('/api/me/tokens');
      expect(anneList.body.map((x: { name: string }) => x.name)).toEqual(['anne-een', 'anne-twee']);
      const bertList = await bert.client.get('/api/me/tokens');
      expect(bertList.body.map((x: { id: string }) => x.id)).toEqual([b1.id]);
      expect(JSON.stringify(bertList.body)).not.toContain(a1.id);
      expect(JSON.stringify(bertList.body)).not.toContain(a2.id);

      // With Bert's token instead of his cookie: still only Bert's.
      const byBearer = await fetch(`${t.baseUrl}/api/me/tokens`, { headers: { authorization: `Bearer ${b1.token}` } });
      expect(byBearer.status).toBe(200);
      expect(((await byBearer.json()) as { id: string }[]).map((x) => x.id)).toEqual([b1.id]);
    });

    it('another user cannot revoke my token: 404 as for a token that does not exist, and it keeps working', async () => {
      const owner = await signedIn(t, 'eigenaar-token');
      const other = await signedIn(t, 'ander-token');
      const mine = (await owner.client.post('/api/me/tokens', { name: 'mijn-script' })).body;

      const refused = await other.client.delete(`/api/me/tokens/${mine.id}`);
      const missing = await other.client.delete(`/api/me/tokens/${NOWHERE}`);
      const malformed = await other.client.delete('/api/me/tokens/not-a-uuid');
      expect([refused.status, missing.status, malformed.status]).toEqual([404, 404, 404]);
      expect(refused.body).toEqual(missing.body);
      expect(malformed.body).toEqual(missing.body);

      const me = await fetch(`${t.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${mine.token}` } });
      expect(me.status).toBe(200);
      expect((await owner.client.get('/api/me/tokens')).body.map((x: { id: string }) => x.id)).toEqual([mine.id]);
      expect(await t.db.query(`SELECT 1 FROM api_tokens WHERE id = $1 AND revoked_at IS NULL`, [mine.id])).toHaveLength(1);
    });

    it('a revoked token leaves the list', async () => {
      const { client } = await signedIn(t, 'intrekker');
      const keep = (await client.post('/api/me/tokens', { name: 'blijft' })).body;
      const gone = (await client.post('/api/me/tokens', { name: 'gaat' })).body;
      expect((await client.delete(`/api/me/tokens/${gone.id}`)).status).toBe(204);
      expect((await client.get('/api/me/tokens')).body.map((x: { id: string }) => x.id)).toEqual([keep.id]);
    });

    it('asks an anonymous caller to sign in (401) to list, create or revoke, and creates nothing', async () => {
      const anonymous = t.client();
      const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM api_tokens`);
      const list = await anonymous.get('/api/me/tokens');
      expect(list.status).toBe(401);
      expect(list.body).toEqual({ error: 'unauthenticated', message: 'Log eerst in.' });
      expect((await anonymous.post('/api/me/tokens', { name: 'stiekem' })).status).toBe(401);
      expect((await anonymous.delete(`/api/me/tokens/${NOWHERE}`)).status).toBe(401);
      const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM api_tokens`);
      expect(after).toBe(before);
    });
  });

  describe('PATCH /api/auth/me with bad input', () => {
    async function userRow(id: string) {
      return rowOf(t, 'users', id);
    }

    it('names each bad field in Dutch, and stores nothing', async () => {
      const { client, id } = await signedIn(t, 'profiel', 'Petra');
      const before = await userRow(id);
      const cases: [Record<string, unknown>, Record<string, string>][] = [
        [{ name: 42 }, { name: 'moet tekst zijn' }],
        [{ name: ['Petra'] }, { name: 'moet tekst zijn' }],
        [{ locale: 5 }, { locale: 'is geen geldige keuze' }],
        [{ locale: 'de' }, { locale: 'is geen geldige keuze' }],
        [{ locale: 'NL' }, { locale: 'is geen geldige keuze' }],
        [{ name: 'x'.repeat(121) }, { name: 'mag hoogstens 120 tekens hebben' }],
        [{ name: '   ' }, { name: 'is verplicht' }],
        [{ name: null }, { name: 'is verplicht' }],
        [{ locale: null }, { locale: 'is verplicht' }],
        [{ email: 'ander@example.nl' }, { email: 'is geen bekend veld' }],
        [{ isAdmin: true }, { isAdmin: 'is geen bekend veld' }],
        [{ name: 'Geldig', password: 'een-nieuw-wachtwoord' }, { password: 'is geen bekend veld' }],
        [{ name: 7, locale: 'fr', colour: 'blauw' }, { name: 'moet tekst zijn', locale: 'is geen geldige keuze', colour: 'is geen bekend veld' }],
      ];
      for (const [body, fields] of cases) {
        const r = await client.patch('/api/auth/me', body);
        expect([body, r.status, r.body]).toEqual([body, 400, { error: 'validation_failed', message: MESSAGE.nl, fields }]);
      }
      expect(await userRow(id)).toEqual(before);
      expect((await client.get('/api/auth/me')).body.user).toMatchObject({ name: 'Petra', locale: 'nl' });
    });

    it('speaks Dutch when the caller names no language', async () => {
      const { client, id } = await signedIn(t, 'geentaal');
      const before = await userRow(id);
      const r = await fetch(`${t.baseUrl}/api/auth/me`, {
        method: 'PATCH',
        headers: { cookie: client.cookieHeader, 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'de', extra: 1 }),
      });
      expect(r.status).toBe(400);
      expect(await r.json()).toEqual({ error: 'validation_failed', message: MESSAGE.nl, fields: { locale: 'is geen geldige keuze', extra: 'is geen bekend veld' } });
      expect(await userRow(id)).toEqual(before);
    });

    it('speaks English with Accept-Language: en, and stores nothing', async () => {
      const { client, id } = await signedIn(t, 'english');
      const before = await userRow(id);
      client.locale = 'en';
      const r = await client.patch('/api/auth/me', { name: 'y'.repeat(200), locale: 'de', role: 'admin' });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({
        error: 'validation_failed',
        message: MESSAGE.en,
        fields: { name: 'must be at most 120 characters long', locale: 'is not a valid choice', role: 'is not a known field' },
      });
      const typed = await client.patch('/api/auth/me', { name: false });
      expect(typed.body.fields).toEqual({ name: 'must be text' });
      const blank = await client.patch('/api/auth/me', { name: '' });
      expect(blank.body.fields).toEqual({ name: 'is required' });
      expect(await userRow(id)).toEqual(before);
    });

    it('still accepts what is right, right up to the limit (the control for the refusals above)', async () => {
      const { client } = await signedIn(t, 'grens');
      const longest = 'n'.repeat(120);
      const r = await client.patch('/api/auth/me', { name: `  ${longest}  `, locale: 'en' });
      expect(r.status).toBe(200);
      expect(r.body.user).toMatchObject({ name: longest, locale: 'en' });
      expect((await client.get('/api/auth/me')).body.user).toMatchObject({ name: longest, locale: 'en' });
    });

    it('asks an anonymous caller to sign in (401) before looking at the body', async () => {
      const r = await t.client().patch('/api/auth/me', { name: 42, isAdmin: true });
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ error: 'unauthenticated', message: 'Log eerst in.' });
    });
  });
});
