import { MailSender } from '../mail/mail-sender.service';
import { MagicLinkService } from '../auth/magic-link.service';
import { startTestApp, type TestApp } from '../testing/test-app';

const unique = (who: string) => `${who}-${Math.random().toString(36).slice(2, 8)}@bakkerij.nl`;

describe('passwords that cannot be guessed, and sign-in links that tell nothing', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The background runs wait a minute: the test runs them itself, to look between the steps.
    t = await startTestApp({ MAIL_POLL_MS: '60000' });
  });
  afterAll(() => t.close());

  it('refuses common, leaked and guessable passwords at registration, with a hint, in Dutch or English', async () => {
    const cases: [string, string][] = [
      ['password1234', 'staat op de lijst van veelgebruikte of uitgelekte wachtwoorden. Kies een zin van drie of vier ongewone woorden, bijvoorbeeld "fietsbel appeltaart regenjas".'],
      ['qwertyuiopasdf', 'staat op de lijst van veelgebruikte of uitgelekte wachtwoorden. Kies een zin van drie of vier ongewone woorden, bijvoorbeeld "fietsbel appeltaart regenjas".'],
      ['aaaaaaaaaaaaaaaa', 'is een voorspelbaar patroon (toetsenbordrij, herhaling, reeks of jaartal). Kies een zin van drie of vier ongewone woorden.'],
      ['wachtwoord2024', 'is te makkelijk te raden. Maak het langer met een paar ongewone woorden, bijvoorbeeld "fietsbel appeltaart regenjas".'],
    ];
    for (const [password, hint] of cases) {
      const email = unique('zwak');
      const r = await t.client().post('/api/auth/register', { email, password, name: 'Anne' });
      expect({ password, status: r.status, body: r.body }).toEqual({
        password, status: 400, body: { error: 'validation_failed', message: 'Niet alle velden zijn goed ingevuld.', fields: { password: hint } },
      });
      expect(await t.db.query(`SELECT 1 FROM users WHERE email = $1`, [email])).toEqual([]);
    }
    const en = t.client();
    en.locale = 'en';
    const personal = await en.post('/api/auth/register', { email: unique('groeiwijzer'), password: 'groeiwijzer2026', name: 'Anne' });
    expect(personal.status).toBe(400);
    expect(personal.body.fields.password).toMatch(/^(resembles your name, your e-mail address or Groeiwijzer|is too easy to guess|is a predictable pattern)/);
  });

  it('accepts a phrase of uncommon words and signs the new account in at once', async () => {
    const c = t.client();
    const r = await c.post('/api/auth/register', { email: unique('sterk'), password: 'fietsbel appeltaart regenjas', name: 'Anne' });
    expect(r.status).toBe(201);
    expect((await c.get('/api/auth/me')).status).toBe(200);
  });

  it('answers a sign-in link request for a known and an unknown address alike: same answer, same work on the request path', async () => {
    const known = unique('bekend');
    await t.client().signUp(known, 'Bekend');
    const unknown = unique('onbekend');
    const before = await t.db.query(`SELECT (SELECT count(*) FROM magic_links)::int AS links, (SELECT count(*) FROM mail_outbox)::int AS mails`);

    const a = await t.client().post('/api/auth/magic-link', { email: known });
    const b = await t.client().post('/api/auth/magic-link', { email: unknown });
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect(a.body).toEqual(b.body);
    expect([...a.headers.keys()].sort()).toEqual([...b.headers.keys()].sort());
    // On the request path each wrote exactly one queued request and nothing else: no lookup
    // decided anything yet, no link, no mail.
    const queued = await t.db.query(`SELECT email, locale FROM magic_link_requests ORDER BY id`);
    expect(queued).toEqual([{ email: known, locale: null }, { email: unknown, locale: null }]);
    expect(await t.db.query(`SELECT (SELECT count(*) FROM magic_links)::int AS links, (SELECT count(*) FROM mail_outbox)::int AS mails`)).toEqual(before);

    // Off the request path: the known address gets its link, the unknown one nothing, and the
    // queue is empty again.
    expect(await t.app.get(MagicLinkService).processDue()).toBe(2);
    await t.app.get(MailSender).sendDue();
    const [mail] = await t.smtp.waitFor(known);
    expect(mail.subject).toBe('Je inloglink voor Groeiwijzer');
    expect(t.smtp.to(unknown)).toHaveLength(0);
    expect(await t.db.query(`SELECT 1 FROM magic_link_requests`)).toEqual([]);
  });
});
