import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ADMIN, call, PASSWORD } from './support/api';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectContains, expectText, expectUrl, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext } from './support/browser';

const OWNER = { email: 'els@timmerwerkels.nl', name: 'Els Timmer' };
const COACH = { email: 'ingrid@consularis-oost.nl', name: 'Ingrid Hofstede' };
const COMPANY = 'Timmerwerk Els';
const TRAINING = 'Coachend leidinggeven op de bouwplaats';
const COACH_TITLE = 'Ingrid Hofstede, consularis';
const LEADERSHIP = 'Leiderschap gericht op ontwikkelen';
// Every employee scores leadership 2 and the rest 4 or 5: leadership is the weak spot, mean 2,0.
const answers = Object.fromEntries(INSTRUMENT_V1.items.map((item, n) => [item.id, item.aspect === 'leadership' ? 2 : 4 + (n % 2)]));

/** A day in the Netherlands, some days from now, as a date input holds it (YYYY-MM-DD). */
const dutchDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** Fails the test on any script error the page threw. */
function watch(page: Page, errors: string[]): Page {
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

describe('from weak spot to help: recommendations, the plan, and a coach who sees only what the owner shares', () => {
  let app: RunningApp;
  let browser: Browser;
  let owner: BrowserContext;
  let coach: BrowserContext;
  let organisationId: string;
  let coachItemId: string;
  let trainingId: string;
  const api = (path: string) => `${app.baseUrl}${path}`;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(ADMIN), launchBrowser()]);
    const admin = await newContext(browser);
    await call(admin.request, api('/api/auth/login'), 'POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }, 200);

    // The regional offer: a training and a coach in Twente, for leadership (through the API: not the point here).
    const editor = await newContext(browser);
    await call(editor.request, api('/api/auth/register'), 'POST', { email: 'redactie@leerwerkloket-twente.nl', password: PASSWORD, name: 'Redactie' }, 201);
    const { id: publisherId } = await call(editor.request, api('/api/publishers'), 'POST', { name: 'Leerwerkloket Twente', regions: ['twente'] }, 201);
    await call(admin.request, api(`/api/admin/publishers/${publisherId}/approve`), 'POST', undefined, 200);
    ({ id: trainingId } = await call(editor.request, api(`/api/publishers/${publisherId}/items`), 'POST', {
      kind: 'training', title: TRAINING, summary: 'Leidinggevenden leren hun mensen laten groeien, op de bouwplaats.',
      description: 'Drie dagdelen met oefeningen uit de praktijk.', aspects: ['leadership'], regions: ['twente'], sectors: [],
      sizeClasses: [], provider: 'Leerwerkloket Twente', costEur: 450, format: 'blended',
    }, 201));
    await call(editor.request, api(`/api/items/${trainingId}/publish`), 'POST', undefined, 200);
    ({ id: coachItemId } = await call(editor.request, api(`/api/publishers/${publisherId}/items`), 'POST', {
      kind: 'coach', title: COACH_TITLE, summary: 'Oud-ondernemer die meedenkt over leiderschap en leren in je bedrijf.',
      description: 'Twintig jaar eigen bedrijf in de bouw.', aspects: ['leadership'], regions: ['twente'], sectors: [], sizeClasses: [],
      provider: 'Consularis Oost', contactEmail: COACH.email,
      coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 3, languages: ['nl'] },
    }, 201));
    // Approving a coach also publishes it.
    await call(admin.request, api(`/api/admin/items/${coachItemId}/approve`), 'POST', undefined, 200);
    await Promise.all([editor.close(), admin.close()]);

    // The coach's account is the one at the coach item's contact address.
    coach = await newContext(browser);
    await call(coach.request, api('/api/auth/register'), 'POST', { email: COACH.email, password: PASSWORD, name: COACH.name }, 201);

    // The owner, with a closed round of 5 employees and a ready report.
    owner = await newContext(browser);
    await call(owner.request, api('/api/auth/register'), 'POST', { email: OWNER.email, password: PASSWORD, name: OWNER.name }, 201);
    ({ id: organisationId } = await call(owner.request, api('/api/organisations'), 'POST', { name: COMPANY, sector: 'F', region: 'twente', employees: 9 }, 201));
    const round = await call<{ id: string; shareUrl: string }>(owner.request, api(`/api/organisations/${organisationId}/rounds`), 'POST', {
      title: 'Voorjaarsscan', closesAt: dutchDay(5),
    }, 201);
    const token = round.shareUrl.split('/s/')[1];
    // Five employees, each on a phone of their own (one browser answers a shared link once).
    for (let i = 0; i < 5; i++) {
      const phone = await fetch(api(`/api/survey/${token}`), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers }) });
      expect(phone.status).toBe(201);
    }
    expect((await owner.request.post(api(`/api/rounds/${round.id}/close`))).ok()).toBe(true);
  });
  afterAll(async () => {
    await owner?.close();
    await coach?.close();
    await browser?.close();
    await app?.stop();
  });

  it('the owner sees recommendations, plans one and asks the coach sharing the summary; the coach sees it and accepts; after the owner withdraws consent the coach no longer does', async () => {
    const errors: string[] = [];
    const page = watch(await owner.newPage(), errors);

    // From the organisation page to "Hulp vinden": the weak spot, its offers, why and that they fit.
    await page.goto(api(`/organisaties/${organisationId}`));
    await page.getByRole('link', { name: 'Hulp vinden' }).click();
    await expectUrl(page, new RegExp(`/organisaties/${organisationId}/hulp$`));
    await expectText(page.getByRole('heading', { level: 1 }), `Hulp vinden voor ${COMPANY}`);
    const group = page.getByRole('region', { name: LEADERSHIP });
    await expectVisible(group);
    await expectContains(group, 'Score: 2,0 van 5');
    const training = group.getByRole('article', { name: TRAINING });
    await expectVisible(training.getByRole('link', { name: TRAINING }));
    await expectContains(training, 'Past bij jullie:');
    await expectContains(training, 'Twente');
    await training.getByText('Waarom zie ik dit?').click();
    await expectContains(training, 'Leiderschap');
    await expectContains(training, 'punten.');
    await expectAccessible(page, 'the recommendations');

    // "Zet in plan": one click, then it says so; the step carries the item and its title.
    await training.getByRole('button', { name: `Zet in plan: ${TRAINING}` }).click();
    await expectVisible(training.getByRole('link', { name: 'In je plan' }));
    const steps = await call<{ itemId: string | null; title: string; aspect: string; status: string }[]>(
      owner.request, api(`/api/organisations/${organisationId}/plan`), 'GET', undefined, 200,
    );
    expect(steps).toEqual([expect.objectContaining({ itemId: trainingId, title: TRAINING, aspect: 'leadership', status: 'idea' })]);

    // The owner's choices drive the list and stay in the address bar.
    // The filter lives in the address bar: the radio is checked once the new address is read,
    // a moment after the click, so click and wait rather than check() (which wants it at once).
    const coaches = page.getByRole('radio', { name: 'Coaches' });
    await coaches.click();
    await expectUrl(page, /[?&]kind=coach(&|$)/);
    await eventually(() => coaches.isChecked(), Boolean, 'the Coaches filter should be checked');
    await eventually(() => group.getByRole('article', { name: TRAINING }).count(), (n) => n === 0, 'only coaches should be listed');
    const coachCard = group.getByRole('article', { name: COACH_TITLE });
    await expectVisible(coachCard);

    // "Vraag hulp": a message, an explicit choice, and a preview of exactly what the coach will see.
    await coachCard.getByRole('button', { name: `Vraag hulp: ${COACH_TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: `Hulp vragen aan ${COACH_TITLE}` });
    await expectVisible(dialog);
    await dialog.getByRole('button', { name: 'Vraag versturen' }).click();
    await expectVisible(dialog.getByText('Schrijf een bericht aan de coach.').first());
    await expectVisible(dialog.getByText('Kies wat de coach mag zien. Ook ‘Niets’ is een keuze.').first());
    const message = 'Onze leidinggevenden willen beter leren coachen. Kunt u met ons meedenken?';
    await dialog.getByLabel('Je bericht aan de coach').fill(message);
    await dialog.getByRole('radio', { name: 'De samenvatting' }).check();
    const preview = dialog.getByRole('region', { name: 'Dit ziet de coach' });
    await expectContains(preview, message);
    await expectContains(preview, COMPANY);
    const means = preview.getByRole('table', { name: 'Gemiddelde score per onderwerp (van 1 tot 5)' });
    await expectContains(means.getByRole('row', { name: new RegExp(LEADERSHIP) }), '2,0');
    await expectContains(preview, 'Aandachtspunten');
    // The summary has no spread of answers; the full report would.
    expect(await preview.getByRole('table', { name: 'Hoe de antwoorden verdeeld zijn' }).count()).toBe(0);
    await expectContains(preview, `${OWNER.name}, ${OWNER.email}`);
    await expectAccessible(page, 'the "Vraag hulp" dialog with the summary previewed');
    await dialog.getByRole('button', { name: 'Vraag versturen' }).click();
    await expectContains(page.getByText(/^Je vraag is verstuurd naar/), COACH_TITLE);
    expect(await dialog.isVisible()).toBe(false);
    const [sent] = await call<{ id: string; status: string; share: string; consent: { scope: string } }[]>(
      owner.request, api(`/api/organisations/${organisationId}/referrals`), 'GET', undefined, 200,
    );
    expect(sent).toMatchObject({ status: 'requested', share: 'summary', consent: { scope: 'summary' } });

    // The coach signs in and finds the request in the inbox, with the summary in readable form.
    const coachPage = watch(await coach.newPage(), errors);
    await coachPage.goto(api('/dashboard'));
    await coachPage.getByRole('banner').getByRole('link', { name: 'Coach' }).click();
    await expectText(coachPage.getByRole('heading', { level: 1 }), 'Vragen van bedrijven');
    await expectContains(coachPage.getByRole('region', { name: 'Je plekken' }), '1 van 3 plekken bezet.');
    const request = coachPage.getByRole('article', { name: COMPANY });
    await expectContains(request, message);
    await expectContains(request, 'De samenvatting van de scan.');
    await expectContains(
      request.getByRole('table', { name: 'Gemiddelde score per onderwerp (van 1 tot 5)' }).getByRole('row', { name: new RegExp(LEADERSHIP) }),
      '2,0',
    );
    await expectContains(request, 'Je ziet de naam en het e-mailadres van de eigenaar zodra je de vraag aanneemt.');
    expect(await request.getByRole('link', { name: new RegExp(OWNER.email) }).count()).toBe(0);
    await expectAccessible(coachPage, 'the coach inbox with a new request');
    await request.getByRole('button', { name: `Aannemen: ${COMPANY}` }).click();
    await expectVisible(coachPage.getByText(`Je hebt de vraag van ${COMPANY} aangenomen.`));
    await expectVisible(request.getByRole('link', { name: `Mail ${OWNER.name} (${OWNER.email})` }));

    // The owner sees every step with its date, and withdraws the consent (after one more question).
    await page.goto(api(`/organisaties/${organisationId}/aanvragen`));
    await expectText(page.getByRole('heading', { level: 1 }), 'Vragen aan coaches');
    const mine = page.getByRole('article', { name: `Vraag aan ${COACH_TITLE}` });
    await expectContains(mine, 'Aangenomen');
    await expectContains(mine, 'Gevraagd');
    await expectContains(mine, 'Aangenomen door de coach');
    await expectContains(mine, 'Je deelt de samenvatting van de scan.');
    await expectAccessible(page, 'the owner\'s requests');
    await mine.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await expectVisible(mine.getByText('Weet je het zeker? De coach ziet je uitkomsten dan niet meer.', { exact: false }));
    await mine.getByRole('button', { name: 'Ja, toestemming intrekken' }).click();
    await expectVisible(page.getByText('Je toestemming is ingetrokken. De coach ziet je uitkomsten niet meer.'));
    await expectContains(mine, 'Toestemming ingetrokken op');
    expect(await mine.getByRole('button', { name: 'Toestemming intrekken' }).count()).toBe(0);
    await expectAccessible(page, 'the owner\'s requests after withdrawing consent');

    // The coach no longer sees the summary; the message and the contact details stay.
    await coachPage.reload();
    const after = coachPage.getByRole('article', { name: COMPANY });
    await expectVisible(after.getByText('De eigenaar heeft de toestemming ingetrokken.', { exact: false }));
    expect(await after.getByRole('table').count()).toBe(0);
    await expectContains(after, message);
    await expectVisible(after.getByRole('link', { name: `Mail ${OWNER.name} (${OWNER.email})` }));
    const inbox = await call<{ referrals: { id: string; shared: unknown; consentWithdrawnAt: string | null }[] }>(
      coach.request, api('/api/coach/inbox'), 'GET', undefined, 200,
    );
    expect(inbox.referrals.find((r) => r.id === sent.id)).toMatchObject({ shared: null, consentWithdrawnAt: expect.any(String) });
    await expectAccessible(coachPage, 'the coach inbox after the consent was withdrawn');

    expect(errors).toEqual([]);
    await coachPage.close();
    await page.close();
  }, 180_000);

  it('the plan board moves a step by keyboard: within a column, to the next column, and with the move buttons; each move is announced and kept', async () => {
    const errors: string[] = [];
    // An organisation of its own, so this test does not depend on the other one's steps.
    const { id: planOrganisation } = await call(owner.request, api('/api/organisations'), 'POST', {
      name: 'Bouwbedrijf Els', sector: 'F', region: 'twente', employees: 14,
    }, 201);
    for (const title of ['Leeroverleg elke maand', 'Stage-afspraken met het ROC']) {
      await call(owner.request, api(`/api/organisations/${planOrganisation}/plan`), 'POST', { title, aspect: 'collaboration', status: 'idea' }, 201);
    }
    const page = watch(await owner.newPage(), errors);
    await page.goto(api(`/organisaties/${planOrganisation}/plan`));
    await expectText(page.getByRole('heading', { level: 1 }), 'Ontwikkelplan van Bouwbedrijf Els');
    for (const column of ['Idee', 'Gepland', 'Bezig', 'Klaar']) await expectVisible(page.getByRole('heading', { level: 2, name: new RegExp(`^${column}`) }));
    await expectVisible(page.getByRole('button', { name: 'Afdrukken' }));
    await expectAccessible(page, 'the plan board');

    const column = (name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
    const titlesIn = (name: string) => column(name).getByRole('heading', { level: 3 }).allInnerTexts();
    const announced = page.getByRole('status').filter({ hasText: 'staat nu in' });
    const focusedStep = () => page.evaluate(() => document.activeElement?.closest('[data-step]')?.querySelector('h3')?.textContent ?? null);
    const stored = async () =>
      (await call<{ title: string; status: string; position: number }[]>(owner.request, api(`/api/organisations/${planOrganisation}/plan`), 'GET', undefined, 200))
        .map((s) => `${s.title}:${s.status}:${s.position}`)
        .sort();
    expect(await titlesIn('Idee')).toEqual(['Leeroverleg elke maand', 'Stage-afspraken met het ROC']);

    // A slow network: the first move is stored (and the board could be read again) after the
    // second key was pressed, while the second move is still on its way. The card must not jump
    // back meanwhile, nor lose focus.
    const delays = [500, 1500];
    await page.route('**/api/plan/*', async (route) => {
      const delay = route.request().method() === 'PATCH' ? delays.shift() : undefined;
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });

    // Arrow down on the focused card: one place lower in its column.
    const card = page.getByRole('article', { name: 'Leeroverleg elke maand' });
    await card.focus();
    await page.keyboard.press('ArrowDown');
    await expectText(announced, '“Leeroverleg elke maand” staat nu in Idee, op plaats 2 van 2.');
    await eventually(() => titlesIn('Idee'), (t) => t.join('|') === 'Stage-afspraken met het ROC|Leeroverleg elke maand', 'the order in Idee');
    expect(await focusedStep()).toBe('Leeroverleg elke maand');

    // Arrow right: to the next column, focus stays on the card.
    await page.keyboard.press('ArrowRight');
    await expectText(announced, '“Leeroverleg elke maand” staat nu in Gepland, op plaats 1 van 1.');
    await eventually(() => titlesIn('Gepland'), (t) => t.join('|') === 'Leeroverleg elke maand', 'the step in Gepland');
    // While the second move is on its way, and once it is stored, the card stays put and focused.
    for (const moment of ['before the move is stored', 'after the move is stored']) {
      if (moment.startsWith('after')) {
        await eventually(stored, (s) => s.includes('Leeroverleg elke maand:planned:0'), 'the move should be stored');
        await page.waitForTimeout(300); // any reload the stored move causes
      }
      expect(await titlesIn('Gepland')).toEqual(['Leeroverleg elke maand']);
      await eventually(focusedStep, (title) => title === 'Leeroverleg elke maand', `focus should stay on the moved card ${moment}`);
    }

    // The move buttons do the same, and keep focus on the button used.
    await column('Gepland').getByRole('article', { name: 'Leeroverleg elke maand' }).getByRole('button', { name: 'Naar Bezig' }).click();
    await expectText(announced, '“Leeroverleg elke maand” staat nu in Bezig, op plaats 1 van 1.');
    await eventually(() => titlesIn('Bezig'), (t) => t.join('|') === 'Leeroverleg elke maand', 'the step in Bezig');
    await eventually(
      () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null),
      (label) => label === 'Naar Klaar',
      'focus should stay on the move button of the moved card',
    );
    await eventually(stored, (s) => s.join() === ['Leeroverleg elke maand:doing:0', 'Stage-afspraken met het ROC:idea:0'].join(), 'both columns stored');
    await expectAccessible(page, 'the plan board after moves');

    // Kept after a reload.
    await page.reload();
    await eventually(() => titlesIn('Bezig'), (t) => t.join('|') === 'Leeroverleg elke maand', 'still in Bezig after a reload');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
