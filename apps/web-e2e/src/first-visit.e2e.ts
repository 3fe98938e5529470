import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ADMIN, call, PASSWORD } from './support/api';
import { startApp, type RunningApp } from './support/app';
import { expectAttribute, expectUrl, expectVisible } from './support/expect';
import { DESKTOP, launchBrowser, newContext, PHONE } from './support/browser';

/** What a new user notices in the first minutes: a header that leaves room for the content, a
 * quiet console, only the menu links that apply, and no notice that is no longer true. */
describe('a first visit to the web app', () => {
  let app: RunningApp;
  let browser: Browser;
  let people = 0;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(ADMIN), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** Console errors and failed API answers of a page, as a developer's tools would show them. */
  function watch(page: Page): string[] {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    return problems;
  }

  async function signedIn(options = DESKTOP): Promise<BrowserContext> {
    const context = await newContext(browser, options);
    await call(context.request, `${app.baseUrl}/api/auth/register`, 'POST', { email: `nieuw${++people}@voorbeeld.nl`, password: PASSWORD, name: 'Sanne' }, 201);
    return context;
  }

  const bannerHeight = async (page: Page) => (await page.getByRole('banner').boundingBox())!.height;

  it('signed out, at 375 and 1280 px: a one-row header and no 401 or other error in the console', async () => {
    for (const options of [PHONE, DESKTOP]) {
      const context = await newContext(browser, options);
      const page = await context.newPage();
      const problems = watch(page);
      for (const path of ['/', '/inloggen', '/aanmelden', '/catalogus']) {
        await page.goto(app.baseUrl + path);
        await expectVisible(page.getByRole('heading', { level: 1 }));
        expect(await bannerHeight(page)).toBeLessThan(80);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('signed in, at 375 and 1280 px: the header stays one row, and “Uitgever” is only for a publisher’s editors', async () => {
    for (const options of [PHONE, DESKTOP]) {
      const owner = await signedIn(options);
      const page = await owner.newPage();
      const problems = watch(page);
      await page.goto(`${app.baseUrl}/dashboard`);
      await expectVisible(page.getByRole('heading', { level: 1 }));
      expect(await bannerHeight(page)).toBeLessThan(80);
      // On a phone the links are in the account menu: open it first.
      const menu = page.getByRole('banner').getByRole('button', { name: 'Account' });
      if (options === PHONE) {
        await menu.click();
        await expectAttribute(menu, 'aria-expanded', 'true');
      }
      expect(await page.getByRole('banner').getByRole('link', { name: 'Uitgever', exact: true }).count()).toBe(0);
      expect(problems).toEqual([]);

      // The same account as an editor of a publisher gets the link.
      await call(owner.request, `${app.baseUrl}/api/publishers`, 'POST', { name: `Leerhuis ${people}`, regions: ['twente'] }, 201);
      await page.reload();
      await expectVisible(page.getByRole('heading', { level: 1 }));
      if (options === PHONE) await menu.click();
      await expectVisible(page.getByRole('banner').getByRole('link', { name: 'Uitgever', exact: true }));
      await owner.close();
    }
  });

  it('“saved as a draft” is gone once the item is published', async () => {
    const editor = await signedIn();
    const { id: publisherId } = await call(editor.request, `${app.baseUrl}/api/publishers`, 'POST', { name: 'Vakschool West', regions: ['twente'] }, 201);
    const admin = await newContext(browser);
    await call(admin.request, `${app.baseUrl}/api/auth/login`, 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);
    await call(admin.request, `${app.baseUrl}/api/admin/publishers/${publisherId}/approve`, 'POST', undefined, 200);
    await admin.close();

    const page = await editor.newPage();
    await page.goto(`${app.baseUrl}/uitgever/${publisherId}/items/nieuw?kind=training`);
    const title = 'Heftruck rijden voor beginners';
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Korte samenvatting').fill('Veilig leren heftruckrijden in één dag, met certificaat.');
    await page.getByLabel('Aanbieder', { exact: true }).fill('Vakschool West');
    await page.getByRole('group', { name: 'Onderwerpen' }).getByLabel('Inhoud van het werk').check();
    await page.getByRole('group', { name: /^Regio’s/ }).getByLabel('Twente', { exact: true }).check();
    await page.getByLabel('Vorm', { exact: true }).selectOption('klassikaal');
    await page.getByLabel('Kosten in euro').fill('350');
    await page.getByLabel(/^Duur in uren/).fill('8');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expectUrl(page, new RegExp(`/uitgever/${publisherId}$`));
    const draftNotice = page.getByText('Het item is opgeslagen als concept. Publiceer het als het klaar is.');
    await expectVisible(draftNotice);

    await page.getByRole('group', { name: `Acties voor ${title}` }).getByRole('button', { name: 'Publiceren' }).click();
    await expectVisible(page.getByText(`“${title}” is gepubliceerd.`));
    expect(await draftNotice.count()).toBe(0);
    await editor.close();
  });
});
