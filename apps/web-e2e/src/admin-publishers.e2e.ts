import { type Browser, type BrowserContext } from 'playwright-core';
import { ADMIN, call, PASSWORD } from './support/api';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectContains, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext } from './support/browser';


describe('the admin approves a new publisher, which can then publish', () => {
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

  async function signedIn(name: string): Promise<BrowserContext> {
    const context = await newContext(browser);
    await call(context.request, `${app.baseUrl}/api/auth/register`, 'POST', { email: `persoon${++people}@voorbeeld.nl`, password: PASSWORD, name }, 201);
    return context;
  }

  it('registers a publisher, cannot publish yet; the admin approves it on the approvals page; then publishing works', async () => {
    const name = 'Sectortafel Metaal Oost';
    const editor = await signedIn('Mirjam Redacteur');
    const page = await editor.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // The editor registers the publisher on the publishers page.
    await page.goto(`${app.baseUrl}/uitgever`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Je uitgevers');
    const register = page.getByRole('region', { name: 'Nieuwe uitgever aanmelden' });
    await register.getByLabel('Naam van de uitgever').fill(name);
    await register.getByRole('group', { name: /^Regio’s/ }).getByLabel('Twente', { exact: true }).check();
    await register.getByRole('group', { name: /^Regio’s/ }).getByLabel('Achterhoek', { exact: true }).check();
    await register.getByLabel(/^Website/).fill('https://www.metaal-oost.nl');
    await register.getByRole('button', { name: 'Uitgever aanmelden' }).click();
    await expectUrl(page, /\/uitgever\/[0-9a-f-]{36}$/);
    const publisherId = page.url().split('/').pop()!;
    await expectText(page.getByRole('heading', { level: 1 }), name);
    await expectVisible(page.getByText('Je uitgever is aangemeld. Een beheerder moet hem nog goedkeuren.'));
    await expectVisible(page.getByText(/^Een beheerder van Groeiwijzer moet deze uitgever nog goedkeuren\./));

    // A draft can be made, but not published yet: the list says why.
    const title = 'Lassen voor zij-instromers';
    await call(editor.request, `${app.baseUrl}/api/publishers/${publisherId}/items`, 'POST', {
      kind: 'training', title, summary: 'Een omscholing tot lasser voor mensen uit een andere sector.', aspects: ['work_content'],
      regions: ['twente'], sectors: ['C'], sizeClasses: [], provider: name, costEur: 0, format: 'klassikaal',
    }, 201);
    await page.reload();
    await page.getByRole('button', { name: `Publiceren ${title}` }).click();
    const failed = page.getByRole('alert').filter({ hasText: `Publiceren van “${title}” lukte niet.` });
    await expectContains(failed, 'Deze uitgever is nog niet goedgekeurd. Je kunt wel concepten maken.');
    await expectAccessible(page, 'the page of a publisher waiting for approval');

    // The admin: the overview counts what waits, the approvals page shows who it is.
    const admin = await newContext(browser);
    await call(admin.request, `${app.baseUrl}/api/auth/login`, 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);
    const waiting = (await call<unknown[]>(admin.request, `${app.baseUrl}/api/admin/publishers?status=pending`, 'GET', undefined, 200)).length;
    const adminPage = await admin.newPage();
    adminPage.on('pageerror', (e) => pageErrors.push(e.message));
    await adminPage.goto(`${app.baseUrl}/dashboard`);
    await adminPage.getByRole('banner').getByRole('link', { name: 'Beheer' }).click();
    await expectText(adminPage.getByRole('heading', { level: 1 }), 'Beheer');
    await expectVisible(adminPage.getByText(waiting === 1 ? '1 uitgever wacht op goedkeuring' : `${waiting} uitgevers wachten op goedkeuring`));
    await adminPage.getByRole('link', { name: 'Uitgevers', exact: true }).click();
    await expectText(adminPage.getByRole('heading', { level: 1 }), 'Uitgevers goedkeuren');
    const pending = adminPage.getByRole('region', { name: 'Wachten op goedkeuring' });
    const entry = pending.getByRole('listitem').filter({ has: adminPage.getByRole('heading', { name, exact: true }) });
    await expectVisible(entry);
    await expectContains(entry, 'Twente');
    await expectContains(entry, 'Achterhoek');
    await expectVisible(entry.getByRole('link', { name: 'https://www.metaal-oost.nl' }));
    await expectAccessible(adminPage, 'the publisher approvals page');

    await entry.getByRole('button', { name: `Goedkeuren: ${name}` }).click();
    await expectVisible(adminPage.getByText(`${name} is goedgekeurd. Deze uitgever kan nu aanbod publiceren.`));
    await eventually(() => entry.count(), (n) => n === 0, 'the publisher should leave the waiting list');
    const approved = adminPage.getByRole('table', { name: 'Goedgekeurde uitgevers, met regio’s en website' });
    await expectVisible(approved.getByRole('rowheader', { name, exact: true }));
    await expectAccessible(adminPage, 'the publisher approvals page after approving');
    await admin.close();

    // Back at the editor: approved, and publishing works; the offer is in the catalogue.
    await page.reload();
    await expectText(page.getByRole('heading', { level: 1 }), name);
    await expectContains(page.getByRole('region', { name: 'Gegevens' }), 'Goedgekeurd');
    expect(await page.getByText(/^Een beheerder van Groeiwijzer moet deze uitgever nog goedkeuren\./).count()).toBe(0);
    await page.getByRole('button', { name: `Publiceren ${title}` }).click();
    await expectVisible(page.getByText(`“${title}” is gepubliceerd.`));
    await expectContains(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) }), 'Gepubliceerd');

    const visitor = await newContext(browser);
    const search = await visitor.newPage();
    await search.goto(`${app.baseUrl}/catalogus?q=${encodeURIComponent('zij-instromers lassen')}`);
    await expectVisible(search.getByRole('region', { name: 'Resultaten' }).getByRole('link', { name: title }));
    await visitor.close();

    expect(pageErrors).toEqual([]);
    await editor.close();
  });

  it('someone who is not an admin gets no approvals page, and the API refuses the approval', async () => {
    const someone = await signedIn('Gewone Gebruiker');
    const page = await someone.newPage();
    await page.goto(`${app.baseUrl}/beheer/uitgevers`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Alleen voor beheerders');
    expect(await page.getByRole('button', { name: /^Goedkeuren/ }).count()).toBe(0);
    await expectAccessible(page, 'the admins-only notice');
    const { id } = await call(someone.request, `${app.baseUrl}/api/publishers`, 'POST', { name: 'Eigen Uitgever', regions: ['twente'] }, 201);
    expect((await someone.request.post(`${app.baseUrl}/api/admin/publishers/${id}/approve`)).status()).toBe(403);
    expect((await someone.request.get(`${app.baseUrl}/api/admin/publishers?status=pending`)).status()).toBe(403);
    await someone.close();
  });
});
