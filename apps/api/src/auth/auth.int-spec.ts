import { startTestApp, type TestApp } from '../testing/test-app';

/** Every test registers people of its own, so the tests run in any order. */
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}@bakkerij.nl`;

describe('accounts through the HTTP API (real PostgreSQL, real SMTP peer)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('registers, sets an HttpOnly SameSite=Lax session cookie and knows who I am', async () => {
    const c = t.client();
    const email = unique('anne');
    const r = await c.post('/api/auth/register', { email: email.replace('anne', 'Anne').replace('bakkerij', 'Bakkerij'), password: 'twaalf-tekens!', name: 'Anne' });
    expect(r.status).toBe(201);
    expect(r.body.user).toMatchObject({ email, name: 'Anne', locale: 'nl' });
    const cookie = r.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^gw_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: r.body.user, organisations: [], publishers: [], coachItemId: null, isAdmin: false });
  });

  it('stores only an argon2id hash of the password', async () => {
    const email = unique('hash');
    await t.client().signUp(email, 'Hash', 'twaalf-tekens!');
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE email = $1`, [email]);
    expect(row.password_hash).not.toContain('twaalf-tekens!');
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2/);
  });

  it('refuses bad registrations with the field and the problem, in Dutch or English', async () => {
    const c = t.client();
    const r = await c.post('/api/auth/register', { email: 'geen-adres', password: 'kort', name: '', extra: true });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      error: 'validation_failed',
      message: 'Niet alle velden zijn goed ingevuld.',
      fields: {
        email: 'is geen geldig e-mailadres',
        password: 'moet minstens 12 tekens hebben',
        name: 'is verplicht',
        extra: 'is geen bekend veld',
      },
    });
    c.locale = 'en';
    const en = await c.post('/api/auth/register', { email: 'x@y.nl', password: 'short', name: 'X' });
    expect(en.body.fields).toEqual({ password: 'must be at least 12 characters long' });
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'x@y.nl'`)).toHaveLength(0);
  });

  it('does not register the same address twice', async () => {
    const email = unique('twice');
    await t.client().signUp(email, 'Eerste');
    const r = await t.client().post('/api/auth/register', { email: email.toUpperCase(), password: 'nog-een-wachtwoord', name: 'Ander' });
    expect(r.status).toBe(409);
    expect(r.body.error).toBe('email_taken');
    expect(r.body.fields.email).toBe('is al in gebruik');
  });

  it('answers a wrong password and an unknown address with the same 401', async () => {
    const email = unique('wrong');
    await t.client().signUp(email, 'Anne', 'twaalf-tekens!');
    const wrong = await t.client().post('/api/auth/login', { email, password: 'fout-wachtwoord' });
    const unknown = await t.client().post('/api/auth/login', { email: 'niemand@nergens.nl', password: 'fout-wachtwoord' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ error: 'invalid_credentials', message: 'Het e-mailadres of wachtwoord klopt niet.' });
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('logs in with the right password, and logout really ends the session', async () => {
    const email = unique('login');
    await t.client().signUp(email, 'Anne', 'twaalf-tekens!');
    const c = t.client();
    const login = await c.post('/api/auth/login', { email, password: 'twaalf-tekens!' });
    expect(login.status).toBe(200);
    const stolenCookie = c.cookieHeader;
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    // Replaying the old cookie does not bring the session back: it is gone on the server.
    const replay = await fetch(`${t.baseUrl}/api/auth/me`, { headers: { cookie: stolenCookie } });
    expect(replay.status).toBe(401);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const MINUTE = 60_000;
    const idle = t.client();
    const user = await idle.signUp(unique('idle'));
    expect((await idle.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(119 * MINUTE);
    expect((await idle.get('/api/auth/me')).status).toBe(200);
    t.clock.advance(121 * MINUTE);
    expect((await idle.get('/api/auth/me')).status).toBe(401);

    // Active all the time, but 12 hours after sign-in the session ends all the same.
    const old = t.client();
    const user2 = await old.signUp(unique('absolute'));
    for (let hours = 0; hours < 11; hours++) {
      t.clock.advance(60 * MINUTE);
      expect((await old.get('/api/auth/me')).status).toBe(200);
    }
    t.clock.advance(61 * MINUTE);
    expect((await old.get('/api/auth/me')).status).toBe(401);
    expect(await t.db.query(`SELECT 1 FROM sessions WHERE user_id = ANY($1)`, [[user.id, user2.id]])).toHaveLength(0);
  });

  it('refuses state-changing browser requests from another origin', async () => {
    const c = t.client();
    await c.signUp('origin@bedrijf.nl');
    const evil = await c.post('/api/organisations', { name: 'Kwaad BV', sector: 'C', region: 'twente', employees: 5 }, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.body.error).toBe('cross_origin');
    const own = await c.post('/api/organisations', { name: 'Eigen BV', sector: 'C', region: 'twente', employees: 5 }, { origin: t.baseUrl });
    expect(own.status).toBe(201);
  });

  it('signs in by a one-time e-mail link that works once', async () => {
    const c = t.client();
    await c.signUp('link@bedrijf.nl', 'Linda');
    await c.post('/api/auth/logout');
    const asked = await c.post('/api/auth/magic-link', { email: 'link@bedrijf.nl' });
    expect(asked.status).toBe(202);
    const unknown = await c.post('/api/auth/magic-link', { email: 'onbekend@bedrijf.nl' });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(asked.body);

    const [mail] = await t.smtp.waitFor('link@bedrijf.nl');
    expect(mail.subject).toBe('Je inloglink voor Groeiwijzer');
    expect(mail.text).toContain('Hallo Linda');
    const token = /\/auth\/magic\?token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();
    expect(mail.html).toContain(`/auth/magic?token=${token}`);

    const verify = await c.post('/api/auth/magic-link/verify', { token });
    expect(verify.status).toBe(200);
    expect(verify.body.user.email).toBe('link@bedrijf.nl');
    expect((await c.get('/api/auth/me')).status).toBe(200);

    const again = await t.client().post('/api/auth/magic-link/verify', { token });
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_token');
    expect(t.smtp.to('onbekend@bedrijf.nl')).toHaveLength(0);
  });

  it('lets integrations use a personal API token until it is revoked', async () => {
    const c = t.client();
    await c.signUp('script@bedrijf.nl');
    const created = await c.post('/api/me/tokens', { name: 'import-script' });
    expect(created.status).toBe(201);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const me = await fetch(`${t.baseUrl}/api/auth/me`, { headers: bearer });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('script@bedrijf.nl');
    expect((await c.delete(`/api/me/tokens/${created.body.id}`)).status).toBe(204);
    expect((await fetch(`${t.baseUrl}/api/auth/me`, { headers: bearer })).status).toBe(401);
    expect((await fetch(`${t.baseUrl}/api/auth/me`, { headers: { authorization: 'Bearer gw_made-up' } })).status).toBe(401);
  });

  it('lets only a signed-in session create API tokens, so a leaked token cannot outlive its revocation', async () => {
    const c = t.client();
    await c.signUp(unique('minter'));
    const first = await c.post('/api/me/tokens', { name: 'script' });
    const bearer = { authorization: `Bearer ${first.body.token}` };
    const minted = await fetch(`${t.baseUrl}/api/me/tokens`, { method: 'POST', headers: { ...bearer, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'opvolger' }) });
    expect(minted.status).toBe(403);
    expect(await minted.json()).toEqual({
      error: 'session_required',
      message: 'Een API-token kan geen nieuwe tokens maken. Log in op de website en maak het token daar aan.',
    });
    // The token can still read, and once revoked nothing it did lives on.
    expect((await fetch(`${t.baseUrl}/api/me/tokens`, { headers: bearer })).status).toBe(200);
    expect((await c.delete(`/api/me/tokens/${first.body.id}`)).status).toBe(204);
    expect((await c.get('/api/me/tokens')).body).toEqual([]);
  });
});
