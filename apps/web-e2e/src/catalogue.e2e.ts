import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ADMIN, call, PASSWORD } from './support/api';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectContains, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, DESKTOP, launchBrowser, newContext, PHONE } from './support/browser';

const root = path.resolve(__dirname, '../../..');
const importCli = path.join(root, 'dist/apps/api/apps/api/src/cli/import.js');


const hasNoHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

// ---- the CSV import format (docs/catalogue.md): the columns these tests use ----
const COLUMNS = ['kind', 'externalId', 'title', 'summary', 'description', 'aspects', 'regions', 'provider', 'costEur', 'format'] as const;
type Row = Record<(typeof COLUMNS)[number], string>;
const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: Row[]) => [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\n') + '\n';

function trainingRow(externalId: string, title: string, overrides: Partial<Row> = {}): Row {
  return {
    kind: 'training', externalId, title,
    summary: `Praktijktraining: ${title.toLowerCase()}, in kleine groepen.`,
    description: 'Twee dagdelen met oefeningen uit de **praktijk**.',
    aspects: 'work_content', regions: 'twente', provider: 'Bouwopleiding Oost', costEur: '295', format: 'klassikaal',
    ...overrides,
  };
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('the catalogue: publishers import and publish, owners find offers, admins approve coaches', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: BrowserContext;
  let people = 0;

  /** A browser context signed in as a new account (registering signs the browser in too). */
  async function signedIn(device = DESKTOP, name = 'Redactie'): Promise<{ context: BrowserContext; email: string }> {
    const context = await newContext(browser, device);
    const email = `persoon${++people}@voorbeeld.nl`;
    await call(context.request, `${app.baseUrl}/api/auth/register`, 'POST', { email, password: PASSWORD, name }, 201);
    return { context, email };
  }

  /** An editor of a publisher the admin approved (through the API: not the point of these tests). */
  async function approvedPublisher(name: string): Promise<{ editor: BrowserContext; email: string; publisherId: string }> {
    const { context: editor, email } = await signedIn();
    // Its items (and import rows) lie in these regions: a publisher offers only where it works.
    const { id } = await call(editor.request, `${app.baseUrl}/api/publishers`, 'POST', { name, regions: ['twente', 'achterhoek'] }, 201);
    await call(admin.request, `${app.baseUrl}/api/admin/publishers/${id}/approve`, 'POST', undefined, 200);
    return { editor, email, publisherId: id };
  }

  async function createItem(editor: BrowserContext, publisherId: string, item: object, publish: boolean): Promise<string> {
    const { id } = await call(editor.request, `${app.baseUrl}/api/publishers/${publisherId}/items`, 'POST', item, 201);
    if (publish) await call(editor.request, `${app.baseUrl}/api/items/${id}/publish`, 'POST', undefined, 200);
    return id;
  }

  const training = (overrides: object) => ({
    kind: 'training', summary: 'Training voor leidinggevenden die hun team willen laten groeien.', description: 'Drie dagdelen.',
    aspects: ['leadership'], regions: ['twente'], sectors: [], sizeClasses: [], provider: 'Leerwerkloket Twente',
    costEur: 450, format: 'blended', ...overrides,
  });

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(ADMIN), launchBrowser()]);
    admin = await newContext(browser);
    await call(admin.request, `${app.baseUrl}/api/auth/login`, 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('accounts for every row of a file: a last row without kind that repeats a key shows both problems', async () => {
    const { editor, publisherId } = await approvedPublisher('Opleidingen Noord');
    const page = await editor.newPage();
    const rows = [
      trainingRow('n-1', 'Veilig heffen en tillen'),
      trainingRow('n-2', 'Werken met de nieuwe kassa'),
      trainingRow('n-3', 'Klantgesprekken aan de telefoon'),
      trainingRow('n-1', 'Nog een keer heffen en tillen', { kind: '' }),
    ];
    await page.goto(`${app.baseUrl}/uitgever/${publisherId}/import`);
    await page.getByLabel('Bestand met items').setInputFiles(csvFile('vier-rijen.csv', csv(rows)));
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Uitkomst van de controle' }));
    const problems = page.getByRole('region', { name: 'Problemen per regel' });
    await expectVisible(problems);
    const table = await problems.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText.trim())),
    );
    expect(table).toEqual([
      ['5', 'kind', 'is verplicht'],
      ['5', 'externalId', 'komt vaker voor in dit bestand (ook in rij 2)'],
    ]);
    expect(await page.getByText('Alles is in orde').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).count()).toBe(0);
  });

  it('imports a CSV: a bad row is named and nothing is written; the fixed file imports, and one item is published', async () => {
    const { editor, publisherId } = await approvedPublisher('Bouwopleiding Oost');
    const page = await editor.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const rows = [
      trainingRow('vw-hoogte', 'Veilig werken op hoogte'),
      trainingRow('balie', 'Omgaan met lastige klanten aan de balie', { regions: 'twente|atlantis' }),
      trainingRow('excel', 'Plannen met Excel voor de werkplaats', { format: 'online' }),
    ];

    await page.goto(`${app.baseUrl}/uitgever/${publisherId}/import`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Items importeren');
    await page.getByLabel('Bestand met items').setInputFiles(csvFile('aanbod.csv', csv(rows)));
    await page.getByRole('button', { name: 'Bestand controleren' }).click();

    // The problem, by row (the header is row 1, so the second training is row 3) and field.
    await expectVisible(page.getByRole('heading', { name: 'Uitkomst van de controle' }));
    await expectContains(page.getByRole('alert'), 'Er is 1 probleem gevonden');
    const problems = page.getByRole('region', { name: 'Problemen per regel' });
    await expectVisible(problems);
    const table = await problems.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText.trim())),
    );
    expect(table).toEqual([['3', 'regions', 'is geen bekende arbeidsmarktregio']]);
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).count()).toBe(0);
    await expectAccessible(page, 'the import page with the problems table');

    // Nothing was written: the publisher's list is still empty.
    await page.getByRole('link', { name: 'Terug naar Bouwopleiding Oost' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Items', exact: true }));
    await expectVisible(page.getByText(/^Er zijn nog geen items\./));

    // The fixed file passes the check, then imports.
    await page.getByRole('link', { name: 'Items importeren' }).click();
    rows[1].regions = 'twente|achterhoek';
    await page.getByLabel('Bestand met items').setInputFiles(csvFile('aanbod.csv', csv(rows)));
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await expectVisible(page.getByText('Alles is in orde. Er is nog niets opgeslagen.'));
    await expectVisible(page.getByText('3 nieuw, 0 bijgewerkt'));
    await expectVisible(page.getByText('De items worden opgeslagen als concept.'));
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'Import klaar' }));
    await expectVisible(page.getByText('3 toegevoegd, 0 bijgewerkt'));

    // The items list: three drafts; publishing one says so and changes its status.
    await page.getByRole('link', { name: 'Naar de items' }).click();
    await expectUrl(page, new RegExp(`/uitgever/${publisherId}$`));
    await expectVisible(page.getByText('Je ziet 3 van de 3 items.'));
    const card = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    for (const { title } of rows) await expectContains(card(title), 'Concept');
    await page.getByRole('button', { name: 'Publiceren Veilig werken op hoogte' }).click();
    await expectVisible(page.getByText('“Veilig werken op hoogte” is gepubliceerd.'));
    await expectContains(card('Veilig werken op hoogte'), 'Gepubliceerd');
    expect(await page.getByRole('button', { name: 'Publiceren Veilig werken op hoogte' }).count()).toBe(0);
    await expectContains(card('Plannen met Excel voor de werkplaats'), 'Concept');
    await eventually(
      () => page.getByLabel('Toon', { exact: true }).locator('option').allInnerTexts(),
      (options) => options.includes('Gepubliceerd (1)') && options.includes('Concept (2)'),
      'the status filter should count one published item and two drafts',
    );
    await expectAccessible(page, 'the items list');

    // Published means public: a visitor finds it, and only it.
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${app.baseUrl}/catalogus?q=hoogte`);
    await expectText(visitor.getByRole('region', { name: 'Resultaten' }).getByRole('status'), '1 resultaat voor ‘hoogte’');
    await visitor.goto(`${app.baseUrl}/catalogus?q=excel`);
    await expectVisible(visitor.getByRole('heading', { name: 'Niets gevonden' }));
    await visitor.context().close();

    expect(pageErrors).toEqual([]);
    await editor.close();
  });

  it('an editor adds a colleague who has an account; the colleague then sees the publisher', async () => {
    const { editor, publisherId } = await approvedPublisher('Sectortafel Techniek');
    const { context: colleague, email } = await signedIn(DESKTOP, 'Collega Karin');
    const page = await editor.newPage();
    await page.goto(`${app.baseUrl}/uitgever/${publisherId}`);
    const members = page.getByRole('region', { name: 'Redacteuren' });
    await members.getByLabel('E-mailadres van een collega').fill('nog-geen-account@voorbeeld.nl');
    await members.getByRole('button', { name: 'Redacteur toevoegen' }).click();
    // No account with that address: an invitation goes out instead (publisher-invitation.e2e.ts follows it).
    await expectContains(members, 'Uitnodiging verstuurd naar nog-geen-account@voorbeeld.nl');
    await members.getByLabel('E-mailadres van een collega').fill(email);
    await members.getByRole('button', { name: 'Redacteur toevoegen' }).click();
    await expectContains(members, `${email} is nu redacteur.`);
    await expectContains(members.getByRole('list'), 'Collega Karin');
    await expectAccessible(page, 'the publisher page with its editors');
    const theirs = await colleague.newPage();
    await theirs.goto(`${app.baseUrl}/uitgever/${publisherId}`);
    await expectVisible(theirs.getByRole('heading', { name: 'Sectortafel Techniek', level: 1 }));
    await editor.close();
    await colleague.close();
  });

  it('explains the row numbers of the problems table the way the table counts them', async () => {
    const { editor, publisherId } = await approvedPublisher('Opleider Noord');
    const page = await editor.newPage();
    await page.goto(`${app.baseUrl}/uitgever/${publisherId}/import`);
    // The only row under the header is the bad one.
    await page.getByLabel('Bestand met items').setInputFiles(csvFile('een.csv', csv([trainingRow('x', 'Lassen voor beginners', { regions: 'atlantis' })])));
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    const problems = page.getByRole('region', { name: 'Problemen per regel' });
    await expectVisible(problems);
    const shown = (await problems.locator('tbody th').first().innerText()).trim();
    expect(shown).toBe('2'); // docs/catalogue.md: "CSV rows as a spreadsheet numbers them, header = 1"
    // What the page tells the publisher about the numbers must lead to that same line.
    const explanation = await page.getByText(/Bij CSV tellen/).innerText();
    const firstLineUnderHeader = /regel (\d+) (?:is )?de eerste regel onder de kopregel/i.exec(explanation);
    expect(firstLineUnderHeader?.[1]).toBe(shown);
    await editor.close();
  });

  describe('an owner finds a published offer by a misspelt word and filters', () => {
    let draftId: string;
    const TITLE = 'Leiderschap voor teamleiders in de bouw';
    const DRAFT = 'Leiderschap in de zorg';

    beforeAll(async () => {
      const { editor, publisherId } = await approvedPublisher('Leerwerkloket Twente');
      await createItem(editor, publisherId, training({
        title: TITLE,
        description: 'Drie **dagdelen** over coachend leidinggeven op de bouwplaats.\n\n- feedback geven\n- werkoverleg leiden',
        url: 'https://www.leerwerkloket-twente.nl/leiderschap',
        contactEmail: 'info@leerwerkloket-twente.nl',
      }), true);
      draftId = await createItem(editor, publisherId, training({ title: DRAFT }), false);
      await editor.close();
    });

    async function findFilterAndOpen(page: Page, device: string): Promise<void> {
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const results = page.getByRole('region', { name: 'Resultaten' });
      const count = results.getByRole('status');
      const card = results.getByRole('article');

      await page.goto(`${app.baseUrl}/catalogus`);
      await expectText(page.getByRole('heading', { level: 1 }), 'Hulp zoeken');
      await page.getByLabel('Waar zoek je hulp bij?').fill('leiderscap');
      await expectUrl(page, /[?&]q=leiderscap/);
      await expectText(count, '1 resultaat voor ‘leiderscap’');

      // The published item, its matched word marked as a <mark> element (not as tag text); no draft.
      const link = card.getByRole('link', { name: TITLE });
      await expectVisible(link);
      expect(await link.locator('mark').allInnerTexts()).toContain('Leiderschap');
      expect(await results.innerText()).not.toContain('<mark>');
      expect(await page.getByText(DRAFT).count()).toBe(0);
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      await expectAccessible(page, `the search results (${device})`);

      // A kind facet that fits keeps the result.
      const toggle = page.getByRole('button', { name: 'Filters', exact: true });
      if (await toggle.isVisible()) await toggle.click(); // folded away on a phone
      // click, not check(): the radio follows the address bar, which React Router updates a moment later.
      const trainings = page.getByRole('radio', { name: /^Opleidingen/ });
      await trainings.click();
      await eventually(() => trainings.isChecked(), Boolean, 'the Opleidingen filter should be chosen');
      await expectUrl(page, /[?&]kind=training/);
      await expectVisible(results.getByRole('button', { name: 'Soort hulp: Opleidingen weghalen' }));
      await expectText(count, '1 resultaat voor ‘leiderscap’');
      await expectVisible(link);

      // A region that excludes it: a helpful empty state that names the filter and removes it.
      await page.getByLabel('Regio', { exact: true }).selectOption('rijnmond');
      await expectVisible(results.getByRole('heading', { name: 'Niets gevonden' }));
      await expectVisible(results.getByText('We vonden niets voor ‘leiderscap’.'));
      await expectVisible(results.getByText('Haal een of meer filters weg. Je zoekt nu met:'));
      expect(await card.count()).toBe(0);
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      await expectAccessible(page, `the empty search state (${device})`);
      await results.getByRole('button', { name: 'Regio: Rijnmond weghalen' }).click();
      await expectVisible(link);

      // The detail page: description and how to get in touch.
      await link.click();
      await expectText(page.getByRole('heading', { level: 1 }), TITLE);
      const description = page.getByRole('region', { name: 'Over dit aanbod' });
      await expectContains(description, 'over coachend leidinggeven op de bouwplaats');
      await expectText(description.locator('strong'), 'dagdelen');
      expect(await description.getByRole('listitem').allInnerTexts()).toEqual(['feedback geven', 'werkoverleg leiden']);
      const contact = page.getByRole('region', { name: 'Contact' });
      const website = contact.getByRole('link', { name: 'Naar de website van de aanbieder (opent in nieuw venster)' });
      expect(await website.getAttribute('href')).toBe('https://www.leerwerkloket-twente.nl/leiderschap');
      const mail = contact.getByRole('link', { name: 'Stuur een e-mail naar info@leerwerkloket-twente.nl' });
      expect(await mail.getAttribute('href')).toBe('mailto:info@leerwerkloket-twente.nl');
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      await expectAccessible(page, `the detail page (${device})`);

      // Back to the search, words and filter kept.
      await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
      await expectUrl(page, /\/catalogus\?q=leiderscap&kind=training$/);
      await expectVisible(link);

      // The draft is not there for anyone outside its publisher, not even by its address.
      await page.goto(`${app.baseUrl}/catalogus/${draftId}`);
      await expectText(page.getByRole('heading', { level: 1 }), 'Dit aanbod is niet (meer) te vinden');
      expect(pageErrors).toEqual([]);
    }

    it('as a visitor on a desktop', async () => {
      const context = await newContext(browser, DESKTOP);
      await findFilterAndOpen(await context.newPage(), 'desktop');
      await context.close();
    });

    it('as a signed-in owner on a 375 px phone', async () => {
      const { context } = await signedIn(PHONE, 'Anne de Vries');
      await findFilterAndOpen(await context.newPage(), 'phone');
      await context.close();
    });
  });

  it('an owner picks a kind and still sees the other kinds\' counts, then picks another kind and a region', async () => {
    const { editor, publisherId } = await approvedPublisher('Glasatelier Oost');
    // Clear of the other tests' words (aspect names count as words): the tests share one catalogue, in any order.
    const craft = { aspects: ['work_content'], sectors: [], sizeClasses: [], provider: 'Glasatelier Oost' };
    await createItem(editor, publisherId, training({ ...craft, title: 'Glasblazen voor beginners', summary: 'Een dag glasblazen in de werkplaats van het atelier.' }), true);
    await createItem(editor, publisherId, training({
      ...craft, title: 'Glasblazen voor gevorderden', summary: 'Drie dagen glasblazen met een ervaren glazenier.', regions: ['achterhoek'],
    }), true);
    await createItem(editor, publisherId, {
      ...craft, kind: 'scheme', title: 'Regeling ambacht en glasblazen', summary: 'Bijdrage voor ateliers die glasblazen doorgeven.',
      description: 'Voor kleine ateliers.', regions: ['twente'],
      scheme: { windows: [{ opens: '2026-01-01', closes: '2099-12-31' }], eligibility: 'Ateliers met een vakkracht in dienst.' },
    }, true);
    await editor.close();

    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const results = page.getByRole('region', { name: 'Resultaten' });
    const count = results.getByRole('status');
    const kind = (name: string) => page.getByRole('radio', { name, exact: true });
    const region = page.getByLabel('Regio', { exact: true });
    const regionOption = (key: string, text: string) =>
      eventually(() => region.locator(`option[value="${key}"]`).textContent(), (t) => t?.trim() === text, `the region option ${key} should read ${text}`);

    await page.goto(`${app.baseUrl}/catalogus?q=glasblazen`);
    await expectText(count, '3 resultaten voor ‘glasblazen’');
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    if (await toggle.isVisible()) await toggle.click();
    await expectVisible(kind('Opleidingen (2)'));
    await expectVisible(kind('Regelingen (1)'));
    await expectVisible(page.getByText('Het getal achter een keuze is het aantal resultaten dat je met die keuze vindt', { exact: false }));

    // Trainings chosen: two results, and the schemes keep their count (not gone, not 0).
    await kind('Opleidingen (2)').click();
    await expectUrl(page, /[?&]kind=training/);
    await expectText(count, '2 resultaten voor ‘glasblazen’');
    await eventually(() => kind('Opleidingen (2)').isChecked(), Boolean, 'the Opleidingen filter should be chosen');
    await expectVisible(kind('Regelingen (1)'));
    await expectVisible(kind('Coaches (0)'));
    // The regions count the trainings: one in each.
    await regionOption('twente', 'Twente (1)');
    await regionOption('achterhoek', 'Achterhoek (1)');
    await expectAccessible(page, 'the filters with a kind chosen');

    // A region too: the kinds now count what Twente has, the regions still count the trainings.
    await region.selectOption('twente');
    await expectUrl(page, /[?&]region=twente/);
    await expectText(count, '1 resultaat voor ‘glasblazen’');
    await expectVisible(kind('Opleidingen (1)'));
    await expectVisible(kind('Regelingen (1)'));
    await regionOption('achterhoek', 'Achterhoek (1)');

    // Then another kind: the scheme in Twente, and the trainings still counted.
    await kind('Regelingen (1)').click();
    await expectUrl(page, /[?&]kind=scheme/);
    await expectVisible(results.getByRole('link', { name: 'Regeling ambacht en glasblazen' }));
    await expectText(count, '1 resultaat voor ‘glasblazen’');
    await eventually(() => kind('Regelingen (1)').isChecked(), Boolean, 'the Regelingen filter should be chosen');
    await expectVisible(kind('Opleidingen (1)'));
    // Schemes in Achterhoek: none, said as 0.
    await regionOption('achterhoek', 'Achterhoek (0)');
    await expectAccessible(page, 'the filters with a kind and a region chosen');
    await context.close();
  });

  it('an owner who chooses a sector sees the offers for that sector first, then those for every sector', async () => {
    const { editor, publisherId } = await approvedPublisher('Draaierij Oost');
    // The same words (clear of the other tests'); the offer for every sector is newer, so without
    // the rule it would come first. The providers tell them apart, with as many words each.
    const same = { title: 'Houtdraaien aan de draaibank', summary: 'Een avond houtdraaien met een ervaren draaier.', aspects: ['work_content'], sizeClasses: [] };
    await createItem(editor, publisherId, training({ ...same, sectors: ['F'], provider: 'Draaierij Bouw' }), true);
    await createItem(editor, publisherId, training({ ...same, sectors: [], provider: 'Draaierij Breed' }), true);
    await editor.close();

    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const results = page.getByRole('region', { name: 'Resultaten' });
    const order = async () => (await results.getByRole('article').allInnerTexts()).map((t) => (t.includes('Draaierij Bouw') ? 'bouw' : t.includes('Draaierij Breed') ? 'alle' : '?'));
    await page.goto(`${app.baseUrl}/catalogus?q=houtdraaien`);
    await expectText(results.getByRole('status'), '2 resultaten voor ‘houtdraaien’');
    expect(await order()).toEqual(['alle', 'bouw']);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    if (await toggle.isVisible()) await toggle.click();
    await expectVisible(page.getByText('Je ziet eerst hulp voor de sector die je kiest. Daarna hulp voor alle sectoren.'));
    await page.getByLabel('Sector', { exact: true }).selectOption('F');
    await expectUrl(page, /[?&]sector=F/);
    await eventually(order, (o) => o.join() === 'bouw,alle', 'the offer for the building sector should come first');
    await expectText(results.getByRole('status'), '2 resultaten voor ‘houtdraaien’');
    await expectAccessible(page, 'the results with a sector chosen');
    await context.close();
  });

  it('shows HTML and script in a description as text: nothing runs, no img or script element', async () => {
    const { editor, publisherId } = await approvedPublisher('Opleider Zuid');
    const title = 'Veilig online <b>werken</b>';
    const id = await createItem(editor, publisherId, training({
      title,
      // Clear of "leiderschap" (aspect names count as words): the tests share one catalogue, in any order.
      summary: 'Training over veilig werken met e-mail en internet.',
      aspects: ['work_content'],
      description: [
        'Wat je leert in deze training.',
        '<img src=x onerror="window.__xss=1">',
        '<script>window.__xss=2</script>',
        '[klik](javascript:window.__xss=3)',
      ].join('\n\n'),
    }), true);
    await editor.close();

    const context = await newContext(browser);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${app.baseUrl}/catalogus/${id}`);
    await expectText(page.getByRole('heading', { level: 1 }), title);
    expect(await page.getByRole('heading', { level: 1 }).locator('b').count()).toBe(0);
    const description = page.getByRole('region', { name: 'Over dit aanbod' });
    await expectVisible(description.getByText('<img src=x onerror="window.__xss=1">'));
    await expectVisible(description.getByText('<script>window.__xss=2</script>'));
    await expectVisible(description.getByText(/klik/));
    expect(await description.locator('img, script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await description.getByText(/klik/).click();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // The search card's highlight is text too.
    await page.goto(`${app.baseUrl}/catalogus?q=online`);
    const link = page.getByRole('region', { name: 'Resultaten' }).getByRole('link', { name: title });
    await expectVisible(link);
    expect(await link.locator('b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('the admin approves a waiting coach, who then appears in the search; the outbox page shows the counts', async () => {
    const { editor, email, publisherId } = await approvedPublisher('Consularis Oost');
    const coachTitle = 'Ingrid Hofstede, consulent leren en ontwikkelen';
    await createItem(editor, publisherId, {
      kind: 'coach', title: coachTitle, summary: 'Ik help ondernemers met een leerplan dat bij hun bedrijf past.',
      description: 'Twintig jaar eigen bedrijf in de bouw.', aspects: ['learning_organisation'], regions: ['twente'],
      sectors: [], sizeClasses: [], provider: 'Consularis Oost', contactEmail: 'ingrid@consularis-oost.nl',
      coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 5, languages: ['nl'] },
    }, false);
    await editor.close();

    const visitorContext = await newContext(browser);
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${app.baseUrl}/catalogus?q=hofstede`);
    await expectVisible(visitor.getByRole('heading', { name: 'Niets gevonden' }));

    const page = await admin.newPage();
    await page.goto(`${app.baseUrl}/beheer/coaches`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Coaches goedkeuren');
    await expectVisible(page.getByRole('heading', { name: coachTitle }));
    await expectAccessible(page, 'the coaches page');
    await page.getByRole('button', { name: `Goedkeuren en publiceren: ${coachTitle}` }).click();
    await expectVisible(page.getByText(`${coachTitle} is goedgekeurd en staat nu in de catalogus.`));
    await expectVisible(page.getByText('Er wachten geen coaches op goedkeuring.'));
    await expectAccessible(page, 'the coaches page after approval');

    await visitor.goto(`${app.baseUrl}/catalogus?q=hofstede`);
    const results = visitor.getByRole('region', { name: 'Resultaten' });
    await expectText(results.getByRole('status'), '1 resultaat voor ‘hofstede’');
    await expectVisible(results.getByRole('link', { name: coachTitle }));
    await expectContains(results.getByRole('article'), 'Consularis');
    await visitorContext.close();

    // One mail goes out (a sign-in link); the outbox page counts it as sent.
    await call(admin.request, `${app.baseUrl}/api/auth/magic-link`, 'POST', { email }, 202);
    await app.smtp.waitFor(email);
    const statuses = await eventually(
      async () => (await app.db.query(`SELECT status, kind, to_address FROM mail_outbox`)).rows as { status: string; kind: string; to_address: string }[],
      (rows) => rows.some((m) => m.kind === 'magic_link' && m.to_address === email && m.status === 'sent') && rows.every((m) => m.status === 'sent' || m.status === 'dead'),
      'the sign-in mail should be marked sent',
    );
    const count = (status: string) => String(statuses.filter((m) => m.status === status).length);
    await page.goto(`${app.baseUrl}/beheer/mail`);
    await expectText(page.getByRole('heading', { level: 1 }), 'Uitgaande mail');
    const counts = page.getByRole('region', { name: 'Aantallen per status' });
    await expectVisible(counts);
    const pairs = await counts.locator('dl > div').evaluateAll((divs) =>
      divs.map((d) => [d.querySelector('dt')?.textContent?.trim(), d.querySelector('dd')?.textContent?.trim()]),
    );
    expect(Object.fromEntries(pairs)).toEqual({ 'In de wachtrij': '0', 'Wordt verstuurd': '0', Verstuurd: count('sent'), Mislukt: count('dead') });
    const mails = page.getByRole('table');
    await expectContains(mails, 'Je inloglink voor Groeiwijzer');
    await expectContains(mails, email);
    await expectAccessible(page, 'the outbox page');
    await page.close();
  });

  describe('the import command', () => {
    let dir: string;
    let publisherId: string;
    let editor: BrowserContext;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'gw-import-'));
      ({ editor, publisherId } = await approvedPublisher('Technocentrum Twente'));
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await editor?.close();
    });

    const ROWS = 300;
    const generated = (idPrefix = 'lasrobot') =>
      Array.from({ length: ROWS }, (_, i) =>
        trainingRow(`${idPrefix}-${i + 1}`, `Werken met de lasrobot, module ${i + 1}`, { regions: i % 2 ? 'twente' : 'achterhoek' }),
      );

    function runImport(rows: Row[], name: string) {
      const file = path.join(dir, name);
      writeFileSync(file, csv(rows));
      return spawnSync(process.execPath, [importCli, file, '--publisher', publisherId, '--publish'], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    }

    const itemCount = async () => (await call<unknown[]>(editor.request, `${app.baseUrl}/api/publishers/${publisherId}/items`, 'GET', undefined, 200)).length;

    it('with a bad row: exits 1, names the row and field, writes nothing', async () => {
      // Ids of its own: had it written anything, the count would grow whichever test runs first.
      const rows = generated('lasrobot-fout');
      rows[149].regions = 'atlantis'; // the 150th training: row 151 with the header as row 1
      const before = await itemCount();
      const r = runImport(rows, 'fout.csv');
      expect(r.stderr).toContain('row 151, regions: is geen bekende arbeidsmarktregio');
      expect(r.stderr).toContain('Nothing imported: 1 error(s).');
      expect(r.status).toBe(1);
      expect(await itemCount()).toBe(before);
    });

    it(`imports ${ROWS} rows: exits 0, progress on stderr ending in 100%, every row searchable`, async () => {
      const r = runImport(generated(), 'goed.csv');
      expect(r.stdout.trim()).toBe(`Created ${ROWS}, updated 0.`);
      const progress = r.stderr.split('\n').filter((line) => /\d+%/.test(line));
      expect(progress.length).toBeGreaterThan(0);
      expect(progress[progress.length - 1]).toMatch(new RegExp(`100% ${ROWS}/${ROWS}`));
      expect(r.status).toBe(0);

      // The command is another process: the API's search index picks its rows up from the
      // database. How soon is measured in bench/search-instances.bench.mjs, not timed here.
      const search = await eventually(
        () => call<{ total: number; hits: { title: string }[] }>(editor.request, `${app.baseUrl}/api/search?q=lasrobot&kind=training&perPage=50`, 'GET', undefined, 200),
        (s) => s.total === ROWS, 'every imported row searchable', 20_000,
      );
      expect(search.total).toBe(ROWS);
      const one = await call<{ total: number; hits: { title: string }[] }>(
        editor.request, `${app.baseUrl}/api/search?q=lasrobot&region=achterhoek&perPage=50`, 'GET', undefined, 200,
      );
      expect(one.total).toBe(ROWS / 2);
    });
  });
});
