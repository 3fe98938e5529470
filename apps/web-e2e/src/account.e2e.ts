import { type Browser, type Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectAttribute, expectContains, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext, PHONE } from './support/browser';

async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('an SME owner signs up, adds the company, switches language, signs out and in', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('walks the whole path in the browser, and every page passes axe', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // Landing page: plain Dutch, the six aspects, a way in.
    await page.goto(app.baseUrl + '/');
    await expectText(page.getByRole('heading', { level: 1 }), 'Werk aan een sterke leercultuur in je bedrijf');
    await expectAttribute(page.locator('html'), 'lang', 'nl');
    await expectVisible(page.getByText('Leiderschap gericht op ontwikkelen'));
    await expectAccessible(page, 'the landing page');

    // Sign up, first with a password that is too short: the API's message shows at the field.
    await page.getByRole('banner').getByRole('link', { name: 'Account maken' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Account maken');
    await expectAccessible(page, 'the sign-up page');
    await page.getByLabel('Naam').fill('Anne de Vries');
    await page.getByLabel('E-mailadres').fill('anne@bakkerijdevries.nl');
    await page.getByLabel('Wachtwoord').fill('te-kort');
    await page.getByRole('main').getByRole('button', { name: 'Account maken' }).click();
    await expectVisible(page.getByText('moet minstens 12 tekens hebben'));
    await expectAttribute(page.getByLabel('Wachtwoord'), 'aria-invalid', 'true');
    await expectAccessible(page, 'the sign-up page with errors');
    // A common password: the page says so while typing (the estimator loads on demand), and the
    // API refuses it with the same hint at the field.
    await page.getByLabel('Wachtwoord').fill('password1234');
    await expectVisible(page.getByRole('status').filter({ hasText: 'Dit wachtwoord staat op de lijst van veelgebruikte of uitgelekte wachtwoorden' }));
    await page.getByRole('main').getByRole('button', { name: 'Account maken' }).click();
    await expectContains(page.locator('#register-password-error'), 'staat op de lijst van veelgebruikte of uitgelekte wachtwoorden');
    await page.getByLabel('Wachtwoord').fill('een-goed-lang-wachtwoord');
    await expectVisible(page.getByRole('status').filter({ hasText: 'Sterk genoeg.' }));
    await expectAccessible(page, 'the sign-up page with password feedback');
    await page.getByRole('main').getByRole('button', { name: 'Account maken' }).click();

    // Dashboard: empty state that tells the first step.
    await expectText(page.getByRole('heading', { level: 1 }), 'Hallo Anne de Vries');
    await expectVisible(page.getByText('Je eerste stap: voeg je bedrijf toe'));
    await expectAccessible(page, 'the empty dashboard');

    // Add the organisation, with one mistake first.
    await page.getByRole('main').getByRole('link', { name: 'Organisatie toevoegen' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Organisatie toevoegen');
    await expectAccessible(page, 'the organisation form');
    await page.getByLabel('Bedrijfsnaam').fill('Bakkerij De Vries');
    await page.getByLabel('Sector').selectOption('G');
    await page.getByLabel('Regio', { exact: true }).selectOption('twente');
    await page.getByLabel('Aantal medewerkers').fill('0');
    await page.getByRole('button', { name: 'Organisatie opslaan' }).click();
    await expectVisible(page.getByText('moet minstens 1 zijn'));
    await page.getByLabel('Aantal medewerkers').fill('8');
    await page.getByRole('button', { name: 'Organisatie opslaan' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Bakkerij De Vries');
    await expectVisible(page.getByText('Twente'));
    await expectVisible(page.getByText(/Micro/));
    await expectAccessible(page, 'the organisation profile');

    // Edit: more staff makes it a small business.
    await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
    await page.getByLabel('Aantal medewerkers').fill('12');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectVisible(page.getByText('De wijzigingen zijn opgeslagen.'));
    await expectVisible(page.getByText(/10 (tot|tot en met) 49/));
    const [stored] = (await app.db.query(`SELECT employees, region, sector FROM organisations`)).rows;
    expect(stored).toEqual({ employees: 12, region: 'twente', sector: 'G' });

    // Switch to English: the interface and the account's language change.
    await page.getByRole('button', { name: 'English' }).click();
    await expectAttribute(page.locator('html'), 'lang', 'en');
    await expectVisible(page.getByRole('banner').getByRole('button', { name: 'Account' }));
    await expectVisible(page.getByText(/Small business/));
    // Signed in on a desktop, the header is one row: the content starts high on the page.
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(80);
    await expectAccessible(page, 'the organisation profile in English');
    await eventually(
      async () => (await app.db.query(`SELECT locale FROM users WHERE email = 'anne@bakkerijdevries.nl'`)).rows[0].locale,
      (l) => l === 'en',
      'the account language should become en',
    );

    // Sign out (in the account menu), then in again: the organisation is still there.
    const account = page.getByRole('banner').getByRole('button', { name: 'Account' });
    await account.click();
    await expectAttribute(account, 'aria-expanded', 'true');
    await expectAccessible(page, 'the open account menu');
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(page.getByRole('banner').getByRole('link', { name: 'Sign in' }));
    await page.goto(app.baseUrl + '/dashboard');
    await expectUrl(page, /\/inloggen/);
    await expectAccessible(page, 'the sign-in page');
    await page.getByLabel('Email address').fill('anne@bakkerijdevries.nl');
    await page.getByLabel('Password').fill('wrong-password-here');
    await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectContains(page.getByRole('alert'), 'The e-mail address or password is not correct.');
    await page.getByLabel('Password').fill('een-goed-lang-wachtwoord');
    await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectUrl(page, /\/dashboard$/);
    await expectVisible(page.getByRole('link', { name: /Bakkerij De Vries/ }));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('is readable on a phone: no sideways scrolling, still accessible', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    for (const path of ['/', '/aanmelden', '/inloggen']) {
      await page.goto(app.baseUrl + path);
      await expectVisible(page.getByRole('heading', { level: 1 }));
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      await expectAccessible(page, `${path} on a phone`);
      // One row on a phone too: the links fold into the menu.
      expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(80);
    }
    // The menu opens with the links, and closes with Escape.
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await menu.click();
    await expectVisible(page.getByRole('banner').getByRole('link', { name: 'Account maken' }));
    await expectAccessible(page, 'the open menu on a phone');
    // The language choice lives in the menu on a phone.
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await expectAttribute(page.locator('html'), 'lang', 'en');
    await expectVisible(page.getByRole('banner').getByRole('link', { name: 'Create account' }));
    await page.keyboard.press('Escape');
    await expectAttribute(menu, 'aria-expanded', 'false');
    await context.close();
  });

  it('shows user-written text as text, never as markup', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(app.baseUrl + '/aanmelden');
    await page.getByLabel('Naam').fill('<img src=x onerror=alert(1)>');
    await page.getByLabel('E-mailadres').fill('xss@example.nl');
    await page.getByLabel('Wachtwoord').fill('een-goed-lang-wachtwoord');
    await page.getByRole('main').getByRole('button', { name: 'Account maken' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Hallo <img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await context.close();
  });
});
