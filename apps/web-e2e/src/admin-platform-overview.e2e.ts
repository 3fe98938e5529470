import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ADMIN, call, PASSWORD } from './support/api';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext } from './support/browser';


interface Overview {
  organisations: { total: number; withReadyRound: number };
  rounds: { open: number; ready: number; withheld: number };
  searchesPerDay: { day: string; searches: number; unmet: number }[];
  regions: ({ region: string; organisations: number } | { region: string; reason: string })[];
}

/** The number in a figure table's row, as the page shows it ("1.234" in Dutch). */
async function figure(table: Locator, page: Page, label: string): Promise<number> {
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  const text = await row.getByRole('cell').first().innerText();
  if (!/^[\d.]+$/.test(text.trim())) throw new Error(`${label}: "${text}" is not a count`);
  return Number(text.replace(/\./g, ''));
}

describe('the admin platform overview page', () => {
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
    await call(context.request, `${app.baseUrl}/api/auth/register`, 'POST', { email: `overzicht${++people}@voorbeeld.nl`, password: PASSWORD, name }, 201);
    return context;
  }

  it('shows counts that include the organisation, round and search this test made; regions never show a hidden number', async () => {
    const admin = await newContext(browser);
    await call(admin.request, `${app.baseUrl}/api/auth/login`, 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);
    const before = await call<Overview>(admin.request, `${app.baseUrl}/api/admin/overview`, 'GET', undefined, 200);

    // Data of this test: an organisation with an open round, and one search.
    const owner = await signedIn('Eigenaar Overzicht');
    const org = await call(owner.request, `${app.baseUrl}/api/organisations`, 'POST', { name: `Drukkerij Overzicht ${people}`, sector: 'C', region: 'twente', employees: 12 }, 201);
    const closesAt = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await call(owner.request, `${app.baseUrl}/api/organisations/${org.id}/rounds`, 'POST', { title: 'Leerscan', closesAt }, 201);
    await call(owner.request, `${app.baseUrl}/api/search?q=${encodeURIComponent('overzicht-zoekwoord-zonder-resultaat')}`, 'GET', undefined, 200);
    // The search log is written in batches shortly after: wait until the API counts it.
    const after = await eventually(
      () => call<Overview>(admin.request, `${app.baseUrl}/api/admin/overview`, 'GET', undefined, 200),
      (o) => o.searchesPerDay.reduce((sum, d) => sum + d.searches, 0) > before.searchesPerDay.reduce((sum, d) => sum + d.searches, 0),
      'the search should be logged',
    );
    const today = after.searchesPerDay[after.searchesPerDay.length - 1];

    // The admin finds the page from the admin start page.
    const page = await admin.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${app.baseUrl}/beheer`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Beheer');
    await page.getByRole('link', { name: 'Platformoverzicht', exact: true }).click();
    await expectUrl(page, /\/beheer\/overzicht$/);
    await expectText(page.getByRole('heading', { level: 1 }), 'Platformoverzicht');

    const use = page.getByRole('table', { name: 'Organisaties, rondes en uitnodigingen' });
    await expectVisible(use);
    expect(await figure(use, page, 'Organisaties')).toBeGreaterThanOrEqual(before.organisations.total + 1);
    expect(await figure(use, page, 'Open rondes')).toBeGreaterThanOrEqual(before.rounds.open + 1);
    await expectVisible(use.getByRole('rowheader', { name: 'Respons', exact: true }));

    await expectVisible(page.getByRole('table', { name: 'Hulpvragen per status' }).getByRole('rowheader', { name: 'Wacht op antwoord' }));
    const mail = page.getByRole('table', { name: 'Mail per status' });
    await expectVisible(mail.getByRole('rowheader', { name: 'Mislukt', exact: true }));

    // Searches per day: today's row counts at least this test's search.
    const searches = page.getByRole('table', { name: 'Zoekopdrachten per dag, de laatste 30 dagen' });
    await expectVisible(searches);
    const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today.day}T00:00:00Z`));
    expect(await figure(searches, page, day)).toBeGreaterThanOrEqual(1);

    // Regions: from the protected grid; a hidden region says why and shows no number.
    const regions = page.getByRole('region', { name: 'Organisaties per regio', exact: true });
    await expectVisible(regions.getByRole('heading', { name: 'Organisaties per regio' }));
    if (after.regions.length === 0) {
      await expectVisible(regions.getByText('Er zijn nog geen cijfers per regio.'));
    } else {
      const cells = regions.getByRole('table').getByRole('cell');
      const texts = await cells.allInnerTexts();
      expect(texts).toHaveLength(after.regions.length);
      after.regions.forEach((r, i) => {
        if ('reason' in r) expect(texts[i]).toMatch(/^(Verborgen|Nog geen gegevens)/);
        else expect(texts[i].replace(/\./g, '')).toBe(String(r.organisations));
      });
    }

    await expectAccessible(page, 'the platform overview page');

    // The mail link leads to the mail page.
    await page.getByRole('link', { name: 'Naar de uitgaande mail' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Uitgaande mail');

    expect(pageErrors).toEqual([]);
    await owner.close();
    await admin.close();
  });

  it('a region with too few organisations in the protected grid shows the reason, not a number', async () => {
    const admin = await newContext(browser);
    await call(admin.request, `${app.baseUrl}/api/auth/login`, 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);
    const before = await call<Overview>(admin.request, `${app.baseUrl}/api/admin/overview`, 'GET', undefined, 200);

    // One organisation in Zeeland whose round closes with a result (five answers): below the k of 5.
    const instrument = await call<{ items: { id: string; aspect: string }[] }>(admin.request, `${app.baseUrl}/api/instrument`, 'GET', undefined, 200);
    const owner = await signedIn('Eigenaar Zeeland');
    const org = await call(owner.request, `${app.baseUrl}/api/organisations`, 'POST', { name: `Bouwbedrijf Zeeland ${people}`, sector: 'F', region: 'zeeland', employees: 14 }, 201);
    const closesAt = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const round = await call<{ id: string; shareUrl: string }>(owner.request, `${app.baseUrl}/api/organisations/${org.id}/rounds`, 'POST', { title: 'Leerscan', closesAt }, 201);
    const token = round.shareUrl.split('/s/')[1];
    const answers = Object.fromEntries(instrument.items.map((i) => [i.id, 3]));
    for (let n = 0; n < 5; n++) {
      const r = await fetch(`${app.baseUrl}/api/survey/${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers }) });
      if (r.status !== 201) throw new Error(`answer: ${r.status} ${await r.text()}`);
    }
    await call(owner.request, `${app.baseUrl}/api/rounds/${round.id}/close`, 'POST', undefined, 200);
    await owner.close();
    await call(admin.request, `${app.baseUrl}/api/admin/insights/refresh`, 'POST', undefined, 200);
    const after = await call<Overview>(admin.request, `${app.baseUrl}/api/admin/overview`, 'GET', undefined, 200);
    expect(after.regions.find((r) => r.region === 'zeeland')).toEqual({ region: 'zeeland', reason: 'too_few' });

    const page = await admin.newPage();
    await page.goto(`${app.baseUrl}/beheer/overzicht`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Platformoverzicht');
    const use = page.getByRole('table', { name: 'Organisaties, rondes en uitnodigingen' });
    await expectVisible(use);
    expect(await figure(use, page, 'Organisaties met een uitslag')).toBeGreaterThanOrEqual(before.organisations.withReadyRound + 1);
    expect(await figure(use, page, 'Rondes met een uitslag')).toBeGreaterThanOrEqual(before.rounds.ready + 1);
    const table = page.getByRole('table', { name: 'Organisaties met een uitslag per regio, laatste kwartaal' });
    const zeeland = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Zeeland', exact: true }) });
    await expectText(zeeland.getByRole('cell'), 'Verborgen: minder dan 5 organisaties');
    await expectAccessible(page, 'the platform overview with a hidden region');
    await admin.close();
  });

  it('in English the numbers and words follow the locale', async () => {
    const admin = await newContext(browser);
    await call(admin.request, `${app.baseUrl}/api/auth/login`, 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);
    const page = await admin.newPage();
    await page.goto(`${app.baseUrl}/beheer/overzicht`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Platformoverzicht');
    await page.getByRole('button', { name: /English/ }).first().click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Platform overview');
    await expectVisible(page.getByRole('table', { name: 'Organisations, rounds and invitations' }));
    await expectAccessible(page, 'the platform overview page in English');
    await admin.close();
  });

  it('someone who is not an admin gets the admins-only notice, and the API refuses', async () => {
    const someone = await signedIn('Gewone Gebruiker');
    const page = await someone.newPage();
    await page.goto(`${app.baseUrl}/beheer/overzicht`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Alleen voor beheerders');
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'the admins-only notice on the platform overview');
    expect((await someone.request.get(`${app.baseUrl}/api/admin/overview`)).status()).toBe(403);
    await someone.close();
  });
});
