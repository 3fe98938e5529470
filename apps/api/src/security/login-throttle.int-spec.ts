import { randomBytes } from 'node:crypto';
import { type HttpClient, type HttpResponse } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';

const PASSWORD = 'zeven-zonnige-zeilboten';
const HOUR = 3600_000;

/** Lock-out by anyone is gone; brute force stays bounded. Every attempt gives its address in
 * X-Forwarded-For (the app trusts a proxy here), and time moves only on the app's clock. The
 * numbers follow from the defaults: 5 free failures per account at one address, 10 per account,
 * 30 per address, then waits of 1, 2, 4 … seconds up to 15 minutes (docs/security.md). The
 * clock stands still unless a test moves it. */
describe('sign-in throttling: brute force bounded, nobody locked out', () => {
  let t: TestApp;
  const guesses: number[] = [];

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
    // The waits are whole seconds: on a busy machine a running clock would let one pass between
    // two requests. Time moves only when a test moves it.
    t.clock.freeze();
  });
  afterAll(async () => {
    console.log(`login throttle: ${guesses.join(' + ')} wrong passwords evaluated in the brute-force scenarios`);
    await t.close();
  });

  const address = () => `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
  const email = (who: string) => `${who}-${randomBytes(4).toString('hex')}@kantoor.nl`;
  const login = (c: HttpClient, who: string, ip: string, password = 'fout-geraden-wachtwoord') =>
    c.post('/api/auth/login', { email: who, password }, { 'x-forwarded-for': ip });

  async function owner(who: string): Promise<{ email: string; device: HttpClient }> {
    const device = t.client();
    const address = email(who);
    await device.signUp(address, 'Eigenaar', PASSWORD);
    await device.post('/api/auth/logout');
    return { email: address, device };
  }

  /** Guesses for an hour on the clock, each the moment the API allows it; returns how many were
   * evaluated (401) and checks every refusal on the way. */
  async function attackForAnHour(target: string, from: () => string): Promise<number> {
    const end = t.clock.now().getTime() + HOUR;
    const attacker = t.client();
    let evaluated = 0;
    while (t.clock.now().getTime() < end) {
      const r: HttpResponse = await login(attacker, target, from());
      if (r.status === 401) {
        evaluated++;
        continue;
      }
      expect(r.status).toBe(429);
      expect(r.body.error).toBe('too_many_attempts');
      expect(r.body.message).toMatch(/inloglink per e-mail/);
      const wait = Number(r.headers.get('retry-after'));
      expect(wait).toBeGreaterThan(0);
      t.clock.advance(wait * 1000);
    }
    guesses.push(evaluated);
    return evaluated;
  }

  it('gives an attacker at one address at most 17 guesses per hour at one account, while the owner gets in', async () => {
    const victim = await owner('doelwit');
    // 5 free, 10 after waits of 1 … 512 s, then one per 15 minutes: 17 in the first hour.
    expect(await attackForAnHour(victim.email, (() => { const ip = address(); return () => ip; })())).toBe(17);

    // The owner's own browser carries a device cookie: in at once.
    expect((await login(victim.device, victim.email, address(), PASSWORD)).status).toBe(200);
    // On a new browser, the sign-in link by mail always works.
    const elsewhere = t.client();
    expect((await elsewhere.post('/api/auth/magic-link', { email: victim.email })).status).toBe(202);
    const [mail] = await t.smtp.waitFor(victim.email);
    const token = /\/auth\/magic\?token=([\w-]+)/.exec(mail.text ?? '')?.[1];
    expect((await elsewhere.post('/api/auth/magic-link/verify', { token })).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).body.user.email).toBe(victim.email);
  });

  it('gives an attacker spread over many addresses at most 22 guesses per hour at one account', async () => {
    const victim = await owner('verspreid');
    // 10 free for the account over all addresses, 10 after waits of 1 … 512 s, then 2 at the cap.
    expect(await attackForAnHour(victim.email, address)).toBe(22);
    expect((await login(victim.device, victim.email, address(), PASSWORD)).status).toBe(200);
  });

  it('lets 30 failures from an office address stop neither a colleague with a device cookie nor the owner of the attacked account', async () => {
    const office = address();
    const colleague = await owner('collega');
    const attacked = await owner('aangevallen');
    const attacker = t.client();
    for (let i = 0; i < 30; i++) {
      const target = i % 6 === 0 ? attacked.email : email(`gok${i}`); // 5 guesses at one account
      expect((await login(attacker, target, office)).status).toBe(401);
    }
    // Anyone without a device cookie at the office now waits a moment, no flat lock.
    const stranger = await login(t.client(), email('nieuw'), office);
    expect(stranger.status).toBe(429);
    expect(stranger.headers.get('retry-after')).toBe('1');

    expect((await login(colleague.device, colleague.email, office, PASSWORD)).status).toBe(200);
    expect((await login(attacked.device, attacked.email, office, PASSWORD)).status).toBe(200);
    // The right password a little later also works for a colleague without a device cookie.
    t.clock.advance(1000);
    const fresh = t.client();
    expect((await login(fresh, colleague.email, office, PASSWORD)).status).toBe(200);
  });

  it('limits a device cookie to 10 failures, then treats that browser like any other', async () => {
    const me = await owner('vergeetachtig');
    const ip = address();
    for (let i = 0; i < 10; i++) expect((await login(me.device, me.email, ip)).status).toBe(401);
    const [device] = await t.db.query(`SELECT d.failures, d.revoked_at FROM login_devices d JOIN users u ON u.id = d.user_id WHERE u.email = $1`, [me.email]);
    expect(device.failures).toBe(10);
    expect(device.revoked_at).not.toBeNull();
    // Now throttled per account and address like anyone: 5 free failures, then a wait.
    for (let i = 0; i < 5; i++) expect((await login(me.device, me.email, ip)).status).toBe(401);
    expect((await login(me.device, me.email, ip, PASSWORD)).status).toBe(429);
  });

  it('resets a device cookie\'s count on success and lets the owner in despite earlier typos', async () => {
    const me = await owner('typfout');
    const ip = address();
    for (let i = 0; i < 9; i++) expect((await login(me.device, me.email, ip)).status).toBe(401);
    expect((await login(me.device, me.email, ip, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await login(me.device, me.email, ip)).status).toBe(401);
    expect((await login(me.device, me.email, ip, PASSWORD)).status).toBe(200);
  });

  it('lets parallel guesses through no faster than one after another', async () => {
    const victim = await owner('parallel');
    const ip = address();
    const attacker = t.client();
    const answers = await Promise.all(Array.from({ length: 20 }, () => login(attacker, victim.email, ip)));
    expect(answers.filter((r) => r.status === 401)).toHaveLength(5);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(15);
  });

  it('sets the device cookie HttpOnly, SameSite=Lax, only for the sign-in routes, and stores only its hash', async () => {
    const c = t.client();
    const address = email('koekje');
    const r = await c.post('/api/auth/register', { email: address, password: PASSWORD, name: 'Koekje' });
    const cookie = r.headers.getSetCookie().find((line) => line.startsWith('gw_device='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(cookie).toMatch(/Max-Age=15552000/); // 180 days
    const secret = /^gw_device=([^;]+)/.exec(cookie)![1];
    const rows = await t.db.query(`SELECT token_hash FROM login_devices d JOIN users u ON u.id = d.user_id WHERE u.email = $1`, [address]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(secret);
    expect(JSON.stringify(await t.db.query(`SELECT * FROM login_throttles`))).not.toContain('kantoor.nl');
  });

  it('tells in English how long to wait, in minutes once the wait is long', async () => {
    const victim = await owner('engels');
    const ip = address();
    const attacker = t.client();
    attacker.locale = 'en';
    for (let evaluated = 0; evaluated < 15;) {
      const r = await login(attacker, victim.email, ip);
      if (r.status === 401) evaluated++;
      else t.clock.advance(Number(r.headers.get('retry-after')) * 1000);
    }
    const r = await login(attacker, victim.email, ip);
    expect(r.status).toBe(429);
    expect(r.body.message).toMatch(/^Too many failed attempts\. Try again in \d+ minutes, or ask for a sign-in link by e-mail/);
  });
});
