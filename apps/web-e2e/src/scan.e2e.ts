import { ASPECTS } from '@groeiwijzer/domain';
import { pdfText } from '../../api/src/testing/pdf-text';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectAttribute, expectContains, expectText, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext, PHONE } from './support/browser';

const hasNoHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const LABELS = ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'];
/** Per aspect screen (model order) the answer everyone leans to: clear strengths and weak spots. */
const LEANING = [5, 2, 4, 3, 1, 4];

/** Answers every statement on the current screen; respondents differ a little around the leaning. */
async function answerScreen(page: Page, screen: number, respondent: number): Promise<void> {
  const questions = page.getByRole('main').locator('fieldset');
  const count = await questions.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    if ((respondent + i) % 7 === 0) {
      await question.getByRole('radio', { name: 'Weet ik niet / niet van toepassing' }).check();
      continue;
    }
    const value = Math.min(5, Math.max(1, LEANING[screen] + ((respondent + i) % 3 === 0 ? -1 : 0)));
    await question.getByRole('radio', { name: LABELS[value - 1], exact: true }).check();
  }
}

async function expectStep(page: Page, step: number): Promise<void> {
  const progress = page.getByRole('progressbar', { name: `Stap ${step} van 7`, exact: true });
  await expectAttribute(progress, 'aria-valuenow', String(step));
}

describe('a scan round: the owner starts it, employees answer on their phones, the owner reads the report', () => {
  let app: RunningApp;
  let browser: Browser;
  let owner: BrowserContext;
  let organisationId: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    owner = await newContext(browser);
    // The context's request client shares its cookies: registering signs the browser in too.
    const registered = await owner.request.post(`${app.baseUrl}/api/auth/register`, {
      data: { email: 'anne@bakkerijdevries.nl', password: 'een-goed-lang-wachtwoord', name: 'Anne de Vries' },
    });
    expect(registered.status()).toBe(201);
    const organisation = await owner.request.post(`${app.baseUrl}/api/organisations`, {
      data: { name: 'Bakkerij De Vries', sector: 'G', region: 'twente', employees: 12 },
    });
    expect(organisation.status()).toBe(201);
    organisationId = ((await organisation.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await owner?.close();
    await browser?.close();
    await app?.stop();
  });

  it('runs the whole round in the browser, and every page passes axe', async () => {
    const page = await owner.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // The organisation page has a Scans part with a way to start one.
    await page.goto(`${app.baseUrl}/organisaties/${organisationId}`);
    await expectVisible(page.getByRole('heading', { name: 'Scans' }));
    await page.getByRole('link', { name: 'Nieuwe scan starten' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Nieuwe scan starten');
    await expectAccessible(page, 'the new-scan form');
    await page.getByLabel('Naam van de scan').fill('Leercultuurscan voorjaar');
    await expectAttribute(page.getByLabel('Minimaal aantal reacties'), 'value', '5');
    await page.getByRole('button', { name: 'Scan starten' }).click();

    // The round page: counts (never who), the shared link; nobody is invited by e-mail.
    await expectText(page.getByRole('heading', { level: 1 }), 'Leercultuurscan voorjaar');
    await expectVisible(page.getByText('De scan is gestart.'));
    await expectAccessible(page, 'the round page');
    const shareUrl = await eventually(
      () => page.getByLabel('Link naar de vragenlijst').inputValue(),
      (value) => value.includes('/s/'),
      'the shared link should show',
    );
    expect(shareUrl.startsWith(`${app.baseUrl}/s/`)).toBe(true);
    const roundUrl = page.url();

    // Five employees answer on a phone, without an account.
    for (let respondent = 1; respondent <= 5; respondent++) {
      const phone = await newContext(browser, PHONE);
      let survey = await phone.newPage();
      survey.on('pageerror', (e) => pageErrors.push(e.message));
      await survey.goto(shareUrl);
      await expectText(survey.getByRole('heading', { level: 1 }), 'Leercultuurscan voorjaar');
      await expectVisible(survey.getByText('Vragenlijst van Bakkerij De Vries'));
      await expectVisible(survey.getByText('Duurt minder dan 10 minuten'));
      if (respondent === 1) {
        await expectAccessible(survey, 'the questionnaire welcome');
        expect(await hasNoHorizontalScroll(survey)).toBe(true);
      }
      await survey.getByRole('button', { name: 'Start de vragenlijst' }).click();

      for (let screen = 0; screen < 6; screen++) {
        await expectStep(survey, screen + 1);
        if (respondent === 1 && screen === 0) {
          // Next without answers: the open statements are named, nothing is lost.
          await survey.getByRole('button', { name: 'Volgende' }).click();
          await expectVisible(survey.getByText('Je hebt nog niet alles ingevuld'));
          await expectAccessible(survey, 'a questionnaire step with errors');
        }
        await answerScreen(survey, screen, respondent);
        if (respondent === 1 && screen === 0) {
          await expectAccessible(survey, 'a questionnaire step');
          expect(await hasNoHorizontalScroll(survey)).toBe(true);
        }
        if (respondent === 3 && screen === 3) {
          // Closes the page halfway and comes back: the answers are still there.
          const answered = await survey.locator('input[type=radio]:checked').count();
          const onScreen = await survey.locator('fieldset').evaluateAll((sets) => sets.map((set) => set.id.replace(/^q-/, '')));
          await eventually(
            () => survey.evaluate(() => Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '').join()),
            (stored) => onScreen.every((id) => stored.includes(`"${id}":`)),
            'the answers on this screen should be kept on the phone',
          );
          await survey.close();
          survey = await phone.newPage();
          await survey.goto(shareUrl);
          await expectVisible(survey.getByText('Je was al begonnen.'));
          await survey.getByRole('button', { name: 'Ga verder bij stap 4' }).click();
          await expectStep(survey, 4);
          expect(await survey.locator('input[type=radio]:checked').count()).toBe(answered);
          await survey.getByRole('button', { name: 'Vorige' }).click();
          await expectStep(survey, 3);
          expect(await survey.locator('input[type=radio]:checked').count()).toBe(await survey.locator('fieldset').count());
          await survey.getByRole('button', { name: 'Volgende' }).click();
          await expectStep(survey, 4);
        }
        await survey.getByRole('button', { name: 'Volgende' }).click();
      }

      await expectStep(survey, 7);
      await expectText(survey.getByRole('heading', { level: 1 }), 'Bijna klaar');
      if (respondent === 2) await survey.getByLabel(/Wil je nog iets kwijt/).fill('Meer tijd voor cursussen zou fijn zijn.');
      await survey.getByRole('button', { name: 'Versturen' }).click();
      await expectText(survey.getByRole('heading', { level: 1 }), 'Bedankt voor het invullen!');
      expect(await survey.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('gw.survey.')))).toEqual([]);
      if (respondent === 1) await expectAccessible(survey, 'the questionnaire thank-you');
      await phone.close();
    }

    // The owner sees responses counted in steps of three (three of the five; the other two wait
    // for company, so nobody can tell who just answered), never who, and closes the round.
    await page.goto(roundUrl);
    await expectText(page.getByRole('region', { name: 'Hoeveel mensen doen mee?' }).locator('dl > div', { has: page.getByRole('term').filter({ hasText: 'Vragenlijst ingevuld' }) }).getByRole('definition'), '3');
    await expectVisible(page.getByText('gaat het aantal per drie omhoog'));
    await page.getByRole('button', { name: 'Scan nu sluiten' }).click();
    await expectVisible(page.getByText('Weet je het zeker?'));
    await page.getByRole('button', { name: 'Ja, sluit de scan' }).click();
    await expectVisible(page.getByText('De scan is gesloten.'));

    // Closed and unknown links each say so in their own words.
    const late = await newContext(browser, PHONE);
    const latePage = await late.newPage();
    await latePage.goto(shareUrl);
    await expectText(latePage.getByRole('heading', { level: 1 }), 'De vragenlijst is gesloten');
    await latePage.goto(`${app.baseUrl}/s/bestaat-niet-${Date.now()}`);
    await expectText(latePage.getByRole('heading', { level: 1 }), 'Deze link werkt niet');
    await late.close();

    // The report: radar chart with an accessible name, strengths and weak spots in plain words.
    await page.getByRole('link', { name: 'Rapport bekijken' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Rapport: Leercultuurscan voorjaar');
    const radar = page.locator('svg[role="img"]').first();
    await expectVisible(radar);
    expect(await radar.getAttribute('aria-label')).toMatch(/^Spinnenweb van de zes onderdelen.*Medewerkers: Inhoud van het werk/);
    await expectVisible(page.getByRole('heading', { name: 'Wat gaat goed en wat kan beter?' }));
    await expectVisible(page.getByText('Het werk zelf is afwisselend en uitdagend.').first());
    await expectVisible(page.getByText('Leren hangt af van toeval.').first());
    await expectContains(page.getByRole('region', { name: 'Wat medewerkers schreven' }), 'Meer tijd voor cursussen zou fijn zijn.');
    await expectVisible(page.getByRole('heading', { name: 'Voorstel voor het gesprek met je team' }));
    await expectAccessible(page, 'the report');

    // The PDF, fetched with the owner's session.
    const pdfLink = page.getByRole('link', { name: 'Download als PDF' });
    const href = await pdfLink.getAttribute('href');
    expect(href).toMatch(/\/report\.pdf\?locale=nl$/);
    const pdf = await owner.request.get(new URL(href!, app.baseUrl).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // What a reader of the PDF sees: every aspect by name, and the scores of the report.
    // Lines wrap where the page is narrow: read the text as one line.
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    const report = await (await owner.request.get(`${app.baseUrl}/api/rounds/${roundIdForPdf(href!)}/report`)).json();
    for (const aspect of ASPECTS) expect(text).toContain(aspect.nl);
    for (const aspect of report.aspects) {
      if (aspect.mean !== null) expect(text).toContain(`gemiddeld ${aspect.mean.toFixed(2).replace('.', ',')}`);
    }

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 240_000);
});

function roundIdForPdf(href: string): string {
  return /\/rounds\/([0-9a-f-]{36})\/report\.pdf/.exec(href)![1];
}
