import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { type Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { expectAccessible, launchBrowser, newContext } from './support/browser';
import { eventually, expectText, expectVisible } from './support/expect';

const OWNER = 'ria@schildersbedrijf.nl';
const answers = Object.fromEntries(INSTRUMENT_V1.items.map((item) => [item.id, 4]));
const header = (mail: { headerLines: readonly { key: string; line: string }[] }, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? '';

/** A reminder mail's unsubscribe link, opened and clicked in a real browser (which sends
 * `Origin: null` for the page's form, as its referrer policy is no-referrer). */
describe('unsubscribing from a reminder mail in the browser', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    // Reminders wait for 07:00 by night; this test is about the link, not the hour.
    [app, browser] = await Promise.all([startApp({ QUIET_HOURS: 'off' }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('clicks "Ja, meld mij af" on the page the mail links to, and gets no such reminders any more', async () => {
    const api = async (path: string, body?: unknown, cookie?: string) => {
      const r = await fetch(`${app.baseUrl}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, body: (await r.json().catch(() => null)) as Record<string, unknown>, cookie: r.headers.getSetCookie()[0]?.split(';')[0] };
    };
    const registered = await api('/api/auth/register', { email: OWNER, password: 'ria-haar-lange-wachtwoord', name: 'Ria' });
    const cookie = registered.cookie!;
    const org = await api('/api/organisations', { name: 'Schildersbedrijf Ria', sector: 'F', region: 'twente', employees: 12 }, cookie);
    const closesAt = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const round = await api(`/api/organisations/${org.body.id}/rounds`, { title: 'Najaarsscan', closesAt }, cookie);
    const token = String(round.body.shareUrl).split('/s/')[1];
    for (let i = 0; i < 5; i++) expect((await api(`/api/survey/${token}`, { answers })).status).toBe(201);
    expect((await api(`/api/rounds/${round.body.id}/close`, {}, cookie)).status).toBe(200);

    // "Your report is ready" is a reminder of the kind "scan": it carries the one-click header.
    const [mail] = await app.smtp.waitFor(OWNER);
    expect(mail.subject).toContain('Je scanrapport is klaar');
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = /^<(.+)>$/.exec(header(mail, 'list-unsubscribe'))![1];
    expect(mail.text).toContain(link);

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(link);
    await expectVisible(page.getByText('Wil je geen herinneringen over de scan meer krijgen?'));
    await expectAccessible(page, 'the unsubscribe page');
    await page.getByRole('button', { name: 'Ja, meld mij af' }).click();
    await expectText(page.locator('h1'), 'Afgemeld');
    await expectAccessible(page, 'the unsubscribed page');

    const prefs = await eventually(() => api('/api/me/notification-preferences', undefined, cookie), (r) => r.status === 200, 'the preferences');
    expect(prefs.body.scan).toBe(false);
    expect(prefs.body.plan).toBe(true);
    await context.close();
  });
});
