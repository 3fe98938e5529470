import { type Browser, type BrowserContext } from 'playwright-core';
import { ADMIN, call, PASSWORD } from './support/api';
import { startApp, type RunningApp } from './support/app';
import { expectAccessible, launchBrowser, newContext } from './support/browser';
import { expectContains, expectText, expectUrl, expectVisible } from './support/expect';

const REGION = 'zeeland';

describe('a publisher sees the demand in its region and answers a gap', () => {
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

  /** An SME in the region whose five employees answer low on leadership: its round closes ready. */
  async function scannedOrganisation(items: { id: string; aspect: string }[], optIn = false): Promise<void> {
    const owner = await signedIn('Eigenaar');
    const org = await call(owner.request, `${app.baseUrl}/api/organisations`, 'POST', { name: `Bouwbedrijf ${people}`, sector: 'F', region: REGION, employees: 14 }, 201);
    if (optIn) {
      // The owner asks, on the organisation's form, for a mail when a group offer comes.
      const page = await owner.newPage();
      await page.goto(`${app.baseUrl}/organisaties/${org.id}/bewerken`);
      const box = page.getByLabel('Mail mij als er aanbod komt voor een zwak punt dat we met andere bedrijven in de regio delen');
      expect(await box.isChecked()).toBe(false);
      await box.check();
      await expectAccessible(page, 'the organisation form with the group-offer choice');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await expectVisible(page.getByText('De wijzigingen zijn opgeslagen.'));
      const saved = await call<{ groupOfferMail: boolean }>(owner.request, `${app.baseUrl}/api/organisations/${org.id}`, 'GET', undefined, 200);
      expect(saved.groupOfferMail).toBe(true);
      await page.close();
    }
    const closesAt = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const round = await call<{ id: string; shareUrl: string }>(owner.request, `${app.baseUrl}/api/organisations/${org.id}/rounds`, 'POST', { title: 'Leerscan', closesAt }, 201);
    const token = round.shareUrl.split('/s/')[1];
    const answers = Object.fromEntries(items.map((i) => [i.id, i.aspect === 'leadership' ? 1 : i.aspect === 'collaboration' ? 3 : 4]));
    // Each employee on a phone of their own: no cookies shared.
    for (let n = 0; n < 5; n++) {
      const r = await fetch(`${app.baseUrl}/api/survey/${token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers }) });
      if (r.status !== 201) throw new Error(`answer: ${r.status} ${await r.text()}`);
    }
    await call(owner.request, `${app.baseUrl}/api/rounds/${round.id}/close`, 'POST', undefined, 200);
    await owner.close();
  }

  it('opens insights, sees the heat map and a gap, makes an offer from it, publishes, and the gap count drops', async () => {
    const admin = await newContext(browser);
    await call(admin.request, `${app.baseUrl}/api/auth/login`, 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);
    const instrument = await call<{ items: { id: string; aspect: string }[] }>(admin.request, `${app.baseUrl}/api/instrument`, 'GET', undefined, 200);
    for (let i = 0; i < 5; i++) await scannedOrganisation(instrument.items, i === 0);
    await call(admin.request, `${app.baseUrl}/api/admin/insights/refresh`, 'POST', undefined, 200);

    const editor = await signedIn('Mirjam Redacteur');
    const publisher = await call(editor.request, `${app.baseUrl}/api/publishers`, 'POST', { name: 'Sectortafel Bouw Zeeland', regions: [REGION] }, 201);
    await call(admin.request, `${app.baseUrl}/api/admin/publishers/${publisher.id}/approve`, 'POST', undefined, 200);
    const page = await editor.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${app.baseUrl}/uitgever/${publisher.id}`);
    await page.getByRole('link', { name: 'Vraag in je regio' }).click();
    await expectUrl(page, new RegExp(`/uitgever/${publisher.id}/inzichten$`));
    await expectText(page.getByRole('heading', { level: 1 }), 'Vraag in je regio');

    // The heat map is a table: its numbers are the text alternative of the colours.
    const heat = page.getByRole('table', { name: /Gemiddelde score per regio en onderdeel/ });
    const row = heat.getByRole('row', { name: /Zeeland/ });
    await expectContains(row, '5');
    await expectContains(row, 'Leiderschap gericht op ontwikkelen');
    await expectContains(row, '1,0');

    // The gaps: five companies weak on leadership (and on collaboration, their second weak spot), no offer.
    const gaps = page.getByRole('region', { name: 'Tekorten aan aanbod' });
    await expectContains(gaps.getByTestId('gaps-without-offer'), 'Tekorten zonder aanbod: 2.');
    await expectContains(gaps, '5 bedrijven zwak op dit onderdeel, 0 passend aanbod.');
    await expectContains(gaps, 'geen aanbod');
    const pooling = page.getByRole('region', { name: 'Gezamenlijke vraag' });
    await expectContains(pooling, '5 bedrijven in Zeeland hebben Leiderschap gericht op ontwikkelen als zwak punt');
    await expectAccessible(page, 'the insights page');

    // "Maak een aanbod" opens the form with the aspect and the region ticked.
    await gaps.getByRole('link', { name: 'Maak een aanbod voor Leiderschap gericht op ontwikkelen in Zeeland' }).click();
    await page.getByRole('link', { name: 'Nieuwe opleiding' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Nieuwe opleiding');
    expect(await page.getByRole('group', { name: 'Onderwerpen' }).getByLabel('Leiderschap gericht op ontwikkelen').isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: /^Regio’s/ }).getByLabel('Zeeland', { exact: true }).isChecked()).toBe(true);
    const title = 'Leidinggeven aan leren in de bouw';
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Korte samenvatting').fill('Vier middagen voor uitvoerders en eigenaren: zo help je je mensen groeien.');
    await page.getByLabel('Aanbieder', { exact: true }).fill('Bouwschool Zeeland');
    await page.getByLabel('Vorm', { exact: true }).selectOption('klassikaal');
    await page.getByLabel('Kosten in euro').fill('0');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expectUrl(page, new RegExp(`/uitgever/${publisher.id}$`));
    await page.getByRole('button', { name: `Publiceren ${title}` }).click();
    await expectVisible(page.getByText(`“${title}” is gepubliceerd.`));
    // An owner looks at it: the funnel counts the view.
    const items = await call<{ id: string; title: string }[]>(editor.request, `${app.baseUrl}/api/publishers/${publisher.id}/items`, 'GET', undefined, 200);
    const offer = items.find((i) => i.title === title);
    const visitor = await newContext(browser);
    await call(visitor.request, `${app.baseUrl}/api/items/${offer?.id}`, 'GET', undefined, 200);
    await visitor.close();

    // Back on insights: the gap has an offer now.
    await page.goto(`${app.baseUrl}/uitgever/${publisher.id}/inzichten`);
    await expectContains(page.getByRole('region', { name: 'Tekorten aan aanbod' }).getByTestId('gaps-without-offer'), 'Tekorten zonder aanbod: 1.');
    await expectContains(page.getByRole('region', { name: 'Tekorten aan aanbod' }), '5 bedrijven zwak op dit onderdeel, 1 passend aanbod.');
    await expectVisible(page.getByRole('region', { name: 'Gezamenlijke vraag' }).getByText(/Samenwerken en teamontwikkeling als zwak punt/));
    expect(await page.getByRole('region', { name: 'Gezamenlijke vraag' }).getByText(/Leiderschap gericht op ontwikkelen als zwak punt/).count()).toBe(0);
    // The funnel per month: of all offers, or of the one chosen.
    await page.getByLabel('Aanbod', { exact: true }).selectOption({ label: title });
    const months = page.getByRole('table', { name: 'Per maand' });
    await expectContains(months.getByRole('row').nth(1), '1');
    await expectAccessible(page, 'the insights page after the offer');
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
