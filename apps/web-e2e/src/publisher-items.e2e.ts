import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ADMIN, call, PASSWORD } from './support/api';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectAttribute, expectContains, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext } from './support/browser';


/** The problem a form shows at a field (or group of fields): the texts its aria-describedby
 * points at that are error texts (their ids end in -error, the hint's in -hint), so what a
 * screen reader says with the field too. */
const problemAt = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((node) => node?.id.endsWith('-error'))
      .map((node) => node!.textContent!.trim())
      .join(' '),
  );
const expectProblemAt = (field: Locator, problem: string) =>
  eventually(() => problemAt(field), (text) => text.endsWith(problem), `the problem shown at ${field} should be “${problem}”`);

/** "6 december 2026": a day in the Netherlands, as the page writes dates. */
const dutchToday = () =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

describe('a publisher adds and edits an item with the form, marks items as still correct and archives them', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: BrowserContext;
  let people = 0;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(ADMIN), launchBrowser()]);
    admin = await newContext(browser);
    await call(admin.request, `${app.baseUrl}/api/auth/login`, 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** A signed-in editor of a new publisher the admin approved (through the API: not the point here). */
  async function approvedPublisher(name: string): Promise<{ editor: BrowserContext; publisherId: string }> {
    const editor = await newContext(browser);
    await call(editor.request, `${app.baseUrl}/api/auth/register`, 'POST', { email: `redacteur${++people}@voorbeeld.nl`, password: PASSWORD, name: 'Redactie' }, 201);
    const { id } = await call(editor.request, `${app.baseUrl}/api/publishers`, 'POST', { name, regions: ['twente'] }, 201);
    await call(admin.request, `${app.baseUrl}/api/admin/publishers/${id}/approve`, 'POST', undefined, 200);
    return { editor, publisherId: id };
  }

  async function publishedTraining(editor: BrowserContext, publisherId: string, title: string): Promise<string> {
    const { id } = await call(editor.request, `${app.baseUrl}/api/publishers/${publisherId}/items`, 'POST', {
      kind: 'training', title, summary: 'Een praktijktraining in kleine groepen, op de werkvloer.', aspects: ['work_content'],
      regions: ['twente'], sectors: [], sizeClasses: [], provider: 'Vakschool Oost', costEur: 350, format: 'klassikaal',
    }, 201);
    await call(editor.request, `${app.baseUrl}/api/items/${id}/publish`, 'POST', undefined, 200);
    return id;
  }

  const card = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const searchTotal = async (q: string) =>
    (await call<{ total: number }>(admin.request, `${app.baseUrl}/api/search?q=${encodeURIComponent(q)}`, 'GET', undefined, 200)).total;

  it('creates a training: problems show at their fields, first the form’s own, then the API’s; fixed, it is saved as a draft and edited', async () => {
    const { editor, publisherId } = await approvedPublisher('Vakschool Oost');
    const page = await editor.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${app.baseUrl}/uitgever/${publisherId}`);
    await page.getByRole('link', { name: 'Nieuwe opleiding' }).click();
    await expectUrl(page, new RegExp(`/uitgever/${publisherId}/items/nieuw\\?kind=training$`));
    await expectText(page.getByRole('heading', { level: 1 }), 'Nieuwe opleiding');
    await expectAccessible(page, 'the new-training form');

    // Too short, left out, and a price that is no number: the form catches the number itself.
    await page.getByLabel('Titel', { exact: true }).fill('Lo');
    await page.getByLabel('Korte samenvatting').fill('Kort');
    await page.getByLabel('Kosten in euro').fill('gratis');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    const summary = page.getByRole('alert');
    await expectContains(summary, 'Niet alle velden zijn goed ingevuld.');
    await expectContains(summary, 'Kosten in euro: Vul een getal in, bijvoorbeeld 250 of 12,5.');
    await expectProblemAt(page.getByLabel('Kosten in euro'), 'Vul een getal in, bijvoorbeeld 250 of 12,5.');
    await expectAttribute(page.getByLabel('Kosten in euro'), 'aria-invalid', 'true');
    await expectAccessible(page, 'the form with a problem found by the form');

    // A Dutch amount passes the form; the API names what else is wrong, each at its field.
    await page.getByLabel('Kosten in euro').fill('1.250,50');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expectContains(summary, 'Titel: moet minstens 3 tekens hebben');
    await expectProblemAt(page.getByLabel('Titel', { exact: true }), 'moet minstens 3 tekens hebben');
    await expectProblemAt(page.getByLabel('Korte samenvatting'), 'moet minstens 10 tekens hebben');
    await expectProblemAt(page.getByLabel('Aanbieder', { exact: true }), 'is verplicht');
    await expectProblemAt(page.getByRole('group', { name: 'Onderwerpen' }), 'kies er minstens 1');
    await expectProblemAt(page.getByRole('group', { name: /^Regio’s/ }), 'kies er minstens 1');
    await expectProblemAt(page.getByLabel('Vorm', { exact: true }), 'is verplicht');
    expect(await problemAt(page.getByLabel('Kosten in euro'))).toBe('');
    await expectAccessible(page, 'the form with the API’s problems');

    // The summary's links lead to the field.
    await summary.getByRole('link', { name: /^Titel:/ }).click();
    await eventually(() => page.getByLabel('Titel', { exact: true }).evaluate((el) => el === document.activeElement), Boolean, 'the title field should have focus');

    // Fixed: saved as a draft, back on the list.
    const title = 'VCA Basis voor de bouwplaats';
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Korte samenvatting').fill('Het diploma Basisveiligheid VCA in twee dagen, met examen.');
    await page.getByLabel('Aanbieder', { exact: true }).fill('Vakschool Oost');
    await page.getByRole('group', { name: 'Onderwerpen' }).getByLabel('Inhoud van het werk').check();
    await page.getByRole('group', { name: /^Regio’s/ }).getByLabel('Twente', { exact: true }).check();
    await page.getByLabel('Vorm', { exact: true }).selectOption('klassikaal');
    await page.getByLabel(/^Duur in uren/).fill('16');
    // Start dates: a new row gets the focus; after a removal the focus is back on "add".
    const addStart = page.getByRole('button', { name: 'Startdatum toevoegen' });
    const hasFocus = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
    await expectVisible(page.getByText('Nog geen startdata.'));
    await addStart.click();
    await eventually(() => hasFocus(page.getByLabel('Startdatum 1')), Boolean, 'the new start date should have focus');
    await page.getByLabel('Startdatum 1').fill('2027-03-01');
    await addStart.click();
    await eventually(() => hasFocus(page.getByLabel('Startdatum 2')), Boolean, 'the second start date should have focus');
    await page.getByRole('button', { name: 'Startdatum 2 verwijderen' }).click();
    await eventually(() => hasFocus(addStart), Boolean, '"Startdatum toevoegen" should have focus after a removal');
    expect(await page.getByLabel('Startdatum 2').count()).toBe(0);
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expectUrl(page, new RegExp(`/uitgever/${publisherId}$`));
    await expectVisible(page.getByText('Het item is opgeslagen als concept. Publiceer het als het klaar is.'));
    await expectContains(card(page, title), 'Concept');
    await expectContains(card(page, title), 'Opleiding');

    // Editing: the form opens with what was saved; a change is saved and shows.
    await card(page, title).getByRole('link', { name: `Bewerken ${title}` }).click();
    await expectText(page.getByRole('heading', { level: 1 }), `${title} bewerken`);
    await expectContains(page.getByText(/^Soort: /), 'Opleiding');
    expect(await page.getByLabel('Kosten in euro').inputValue()).toBe('1250.5');
    expect(await page.getByLabel(/^Duur in uren/).inputValue()).toBe('16');
    expect(await page.getByLabel('Startdatum 1').inputValue()).toBe('2027-03-01');
    expect(await page.getByLabel('Vorm', { exact: true }).inputValue()).toBe('klassikaal');
    expect(await page.getByRole('group', { name: 'Onderwerpen' }).getByLabel('Inhoud van het werk').isChecked()).toBe(true);
    await expectAccessible(page, 'the edit form');

    // A problem on editing shows at its field too, and nothing is saved.
    await page.getByLabel('Titel', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectProblemAt(page.getByLabel('Titel', { exact: true }), 'is verplicht');
    const renamed = 'VCA Basis voor de bouw en de installatietechniek';
    await page.getByLabel('Titel', { exact: true }).fill(renamed);
    await page.getByLabel('Kosten in euro').fill('995');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectUrl(page, new RegExp(`/uitgever/${publisherId}$`));
    await expectVisible(page.getByText('De wijzigingen zijn opgeslagen.'));
    await expectVisible(card(page, renamed));
    expect(await card(page, title).count()).toBe(0);

    // After a reload the edit form holds the new values.
    await card(page, renamed).getByRole('link', { name: `Bewerken ${renamed}` }).click();
    await page.reload();
    await expectText(page.getByRole('heading', { level: 1 }), `${renamed} bewerken`);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(renamed);
    expect(await page.getByLabel('Kosten in euro').inputValue()).toBe('995');
    expect(await page.getByLabel(/^Duur in uren/).inputValue()).toBe('16');

    expect(pageErrors).toEqual([]);
    await editor.close();
  });

  it('“Nog juist” on an item not checked for over a year makes it checked today', async () => {
    const { editor, publisherId } = await approvedPublisher('Leerhuis Hengelo');
    const title = 'Heftruckcertificaat in één dag';
    const id = await publishedTraining(editor, publisherId, title);
    // Over a year ago: the moment the publisher last said it was correct.
    await app.db.query(`UPDATE catalogue_items SET verified_on = verified_on - interval '13 months' WHERE id = $1`, [id]);

    const page = await editor.newPage();
    await page.goto(`${app.baseUrl}/uitgever/${publisherId}`);
    const item = card(page, title);
    await expectContains(item, 'Al 12 maanden niet gecontroleerd');
    await eventually(
      () => page.getByLabel('Toon', { exact: true }).locator('option').allInnerTexts(),
      (options) => options.includes('Moet gecontroleerd worden (1)'),
      'the filter should count one item to check',
    );
    await expectAccessible(page, 'the items list with an item to check');

    const before = dutchToday();
    await item.getByRole('button', { name: `Nog juist ${title}` }).click();
    await expectVisible(page.getByText(`“${title}” is gecontroleerd. De datum is nu vandaag.`));
    const after = dutchToday(); // the click may have crossed midnight
    await eventually(
      () => item.innerText(),
      (text) => !text.includes('Al 12 maanden niet gecontroleerd') && (text.includes(before) || text.includes(after)),
      `the item should be checked today (${after})`,
    );
    await eventually(
      () => page.getByLabel('Toon', { exact: true }).locator('option').allInnerTexts(),
      (options) => options.includes('Moet gecontroleerd worden (0)'),
      'no item left to check',
    );
    // Still published, and still after a reload.
    await expectContains(item, 'Gepubliceerd');
    await page.reload();
    await expectVisible(card(page, title));
    expect(await card(page, title).innerText()).not.toContain('Al 12 maanden niet gecontroleerd');
    await editor.close();
  });

  it('“Archiveren” takes a published item out of the catalogue; it can be published again', async () => {
    const { editor, publisherId } = await approvedPublisher('Transportschool Almelo');
    const title = 'Code 95 nascholing voor chauffeurs';
    const id = await publishedTraining(editor, publisherId, title);
    await eventually(() => searchTotal('nascholing chauffeurs'), (n) => n === 1, 'the published item found');

    const page = await editor.newPage();
    await page.goto(`${app.baseUrl}/uitgever/${publisherId}`);
    const item = card(page, title);
    await expectContains(item, 'Gepubliceerd');
    expect(await item.getByRole('button', { name: `Publiceren ${title}` }).count()).toBe(0);
    await item.getByRole('button', { name: `Archiveren ${title}` }).click();
    await expectVisible(page.getByText(`“${title}” is gearchiveerd. Bedrijven zien het niet meer.`));
    await expectContains(item, 'Gearchiveerd');
    // An archived item can only be published again.
    await expectVisible(item.getByRole('button', { name: `Publiceren ${title}` }));
    expect(await item.getByRole('button', { name: `Archiveren ${title}` }).count()).toBe(0);
    expect(await item.getByRole('button', { name: `Nog juist ${title}` }).count()).toBe(0);
    await eventually(
      () => page.getByLabel('Toon', { exact: true }).locator('option').allInnerTexts(),
      (options) => options.includes('Gearchiveerd (1)') && options.includes('Gepubliceerd (0)'),
      'the filter should count one archived item',
    );
    await expectAccessible(page, 'the items list with an archived item');

    // Out of the catalogue: not found, and its page says so.
    await eventually(() => searchTotal('nascholing chauffeurs'), (n) => n === 0, 'the archived item gone from the search');
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${app.baseUrl}/catalogus/${id}`);
    await expectText(visitor.getByRole('heading', { level: 1 }), 'Dit aanbod is niet (meer) te vinden');
    await visitor.context().close();

    // The filter shows it among the archived ones; publishing it again brings it back.
    await page.getByLabel('Toon', { exact: true }).selectOption('archived');
    await expectUrl(page, /[?&]status=archived/);
    await expectVisible(page.getByText('Je ziet 1 van de 1 items.'));
    await item.getByRole('button', { name: `Publiceren ${title}` }).click();
    await expectVisible(page.getByText(`“${title}” is gepubliceerd.`));
    await eventually(() => searchTotal('nascholing chauffeurs'), (n) => n === 1, 'the item found again');
    await editor.close();
  });
});
