import { type Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { expectContains, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext } from './support/browser';

describe('signing in with a link by e-mail', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    const r = await fetch(`${app.baseUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'kees@garage.nl', password: 'kees-zijn-wachtwoord', name: 'Kees' }),
    });
    expect(r.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('asks for a link, gets the mail, clicks it and is signed in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(app.baseUrl + '/inloggen');
    await page.getByRole('link', { name: 'Inloggen met een link per e-mail' }).click();
    await expectAccessible(page, 'the page that asks for a sign-in link');
    await page.getByLabel('E-mailadres').fill('kees@garage.nl');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Check je mail' }));

    const [mail] = await app.smtp.waitFor('kees@garage.nl');
    expect(mail.subject).toBe('Je inloglink voor Groeiwijzer');
    const link = /(http:\/\/\S+\/auth\/magic\?token=[\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(link?.startsWith(app.baseUrl)).toBe(true);

    // Opening the link alone does not sign in (mail scanners open links too): it takes a click.
    await page.goto(link!);
    await expectText(page.getByRole('heading', { level: 1 }), 'Inloggen met je link');
    expect((await app.db.query(`SELECT count(*)::int AS n FROM magic_links WHERE used_at IS NOT NULL`)).rows[0].n).toBe(0);
    await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await expectUrl(page, /\/dashboard$/);
    await expectText(page.getByRole('heading', { level: 1 }), 'Hallo Kees');

    // The same link a second time says it has been used.
    const other = await newContext(browser);
    const second = await other.newPage();
    await second.goto(link!);
    await second.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await expectContains(second.getByRole('alert'), 'Deze link is verlopen of al gebruikt');
    await other.close();
    await context.close();
  });
});
