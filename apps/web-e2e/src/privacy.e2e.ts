import { readFileSync } from 'node:fs';
import { type Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { expectAccessible, launchBrowser, newContext } from './support/browser';
import { expectText, expectVisible } from './support/expect';

const OWNER = { email: 'wim@loodgieter.nl', password: 'wim-zijn-lange-wachtwoord', name: 'Wim' };

/** An owner downloads the organisation's data, asks to erase it, and changes their mind. */
describe('privacy rights in the browser', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('downloads everything, asks to erase the organisation (a mail says when), and undoes it', async () => {
    const context = await newContext(browser);
    expect((await context.request.post(`${app.baseUrl}/api/auth/register`, { data: OWNER })).status()).toBe(201);
    const created = await context.request.post(`${app.baseUrl}/api/organisations`, {
      data: { name: 'Loodgietersbedrijf Wim', sector: 'F', region: 'achterhoek', employees: 6 },
    });
    const { id } = (await created.json()) as { id: string };
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/organisaties/${id}`);
    await expectVisible(page.getByRole('heading', { name: 'Je gegevens' }));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als JSON-bestand' }).click()]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { organisation: { name: string }[] };
    expect(data.organisation[0].name).toBe('Loodgietersbedrijf Wim');

    await page.getByRole('button', { name: 'Organisatie wissen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Loodgietersbedrijf Wim wissen?' });
    await expectVisible(dialog);
    await expectAccessible(page, 'the erase dialog');
    await dialog.getByRole('button', { name: 'Ja, wis de organisatie' }).click();
    await expectVisible(page.getByText(/Deze organisatie wordt op .* gewist/));
    const [mail] = await app.smtp.waitFor(OWNER.email);
    expect(mail.subject).toMatch(/^Loodgietersbedrijf Wim wordt op .* gewist$/);
    await expectAccessible(page, 'the organisation page with a pending erasure');

    await page.getByRole('button', { name: 'Niet wissen' }).click();
    await expectVisible(page.getByRole('button', { name: 'Organisatie wissen' }));
    expect((await app.db.query(`SELECT erase_after FROM organisations WHERE id = $1`, [id])).rows[0].erase_after).toBeNull();

    // The account page: the same rights for the account, refused while Wim alone owns the company.
    await page.goto(`${app.baseUrl}/instellingen/account`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Je account');
    await page.getByRole('button', { name: 'Mijn account wissen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, wis mijn account' }).click();
    await expectVisible(page.getByText('Je account kan nog niet weg'));
    await expectAccessible(page, 'the account page');
    await context.close();
  });
});
