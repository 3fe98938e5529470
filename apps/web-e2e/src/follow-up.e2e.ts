import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { type Browser, type BrowserContext } from 'playwright-core';
import { startApp, type RunningApp } from './support/app';
import { eventually, expectAttribute, expectContains, expectText, expectVisible } from './support/expect';
import { expectAccessible, launchBrowser, newContext } from './support/browser';

const OWNER = 'els@timmerwerkels.nl';
const answers = Object.fromEntries(INSTRUMENT_V1.items.map((item, n) => [item.id, item.aspect === 'leadership' ? 2 : 4 + (n % 2)]));

/** A day in the Netherlands, some days from now, as a date input holds it (YYYY-MM-DD). */
const dutchDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
/** "24 juni" for a YYYY-MM-DD day, as the page writes it. */
const dayAndMonth = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long' }).format(new Date(`${day}T12:00:00Z`));

describe('after the scan: the owner plans the follow-up session, and chooses which reminders to get', () => {
  let app: RunningApp;
  let browser: Browser;
  let owner: BrowserContext;
  let roundId: string;

  const api = (path: string) => `${app.baseUrl}${path}`;
  const plannedMails = () => app.smtp.to(OWNER).filter((mail) => mail.subject?.startsWith('Vervolggesprek gepland'));

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    owner = await newContext(browser);
    // The context's request client shares its cookies: registering signs the browser in too.
    const registered = await owner.request.post(api('/api/auth/register'), {
      data: { email: OWNER, password: 'een-goed-lang-wachtwoord', name: 'Els Timmer' },
    });
    expect(registered.status()).toBe(201);
    const organisation = await owner.request.post(api('/api/organisations'), {
      data: { name: 'Timmerwerk Els', sector: 'F', region: 'twente', employees: 14 },
    });
    expect(organisation.status()).toBe(201);
    const organisationId = ((await organisation.json()) as { id: string }).id;
    const round = await owner.request.post(api(`/api/organisations/${organisationId}/rounds`), {
      data: { title: 'Voorjaarsscan', closesAt: dutchDay(5) },
    });
    expect(round.status()).toBe(201);
    const created = (await round.json()) as { id: string; shareUrl: string };
    roundId = created.id;
    const token = created.shareUrl.split('/s/')[1];
    // Five employees, each on a phone of their own (one browser answers a shared link once).
    for (let i = 0; i < 5; i++) {
      const phone = await fetch(api(`/api/survey/${token}`), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers }) });
      expect(phone.status).toBe(201);
    }
    expect((await owner.request.post(api(`/api/rounds/${roundId}/close`))).ok()).toBe(true);
  });
  afterAll(async () => {
    await owner?.close();
    await browser?.close();
    await app?.stop();
  });

  it('plans, shows, mails, moves and cancels the session on the report page, which passes axe', async () => {
    const page = await owner.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(api(`/scans/${roundId}/rapport`));
    await expectText(page.getByRole('heading', { level: 1 }), 'Rapport: Voorjaarsscan');
    const section = page.getByRole('region', { name: 'Vervolggesprek' });
    await expectVisible(section);
    await expectContains(section, 'Iedereen die eigenaar is van het bedrijfsaccount krijgt een e-mail met de afspraak.');
    await expectAccessible(page, 'the report with the follow-up form');

    // Without a date and time the form says so itself; a moment in the past gets the API's words.
    await section.getByRole('button', { name: 'Vervolggesprek plannen' }).click();
    await expectVisible(section.getByText('Kies een datum en een tijd.').first());
    await expectAttribute(section.getByLabel('Datum', { exact: true }), 'aria-invalid', 'true');
    await section.getByLabel('Datum', { exact: true }).fill(dutchDay(-2));
    await section.getByLabel('Tijd', { exact: true }).fill('15:30');
    await section.getByRole('button', { name: 'Vervolggesprek plannen' }).click();
    await expectVisible(section.getByText('moet in de toekomst liggen (en binnen een jaar)'));
    await expectAccessible(page, 'the follow-up form with an error');

    // Planned for real: shown in Dutch time, with a calendar file.
    const firstDay = dutchDay(10);
    await section.getByLabel('Datum', { exact: true }).fill(firstDay);
    await section.getByLabel('Hoe lang duurt het?').selectOption('60');
    await section.getByLabel(/Waar is het gesprek\?/).fill('Kantine, werkplaats');
    await section.getByRole('button', { name: 'Vervolggesprek plannen' }).click();
    await expectContains(section.getByRole('status'), 'Het vervolggesprek is gepland.');
    await expectContains(section, `${dayAndMonth(firstDay)}`);
    await expectContains(section, 'van 15:30 tot 16:30 uur');
    await expectContains(section, '1 uur');
    await expectContains(section, 'Kantine, werkplaats');
    await expectAccessible(page, 'the report with a planned follow-up session');

    const icsLink = section.getByRole('link', { name: 'Zet in je agenda (.ics)' });
    const href = await icsLink.getAttribute('href');
    expect(href).toBe(`/api/rounds/${roundId}/follow-up.ics`);
    const file = await owner.request.get(api(href!));
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('text/calendar');
    expect(await file.text()).toContain('LOCATION:Kantine\\, werkplaats');

    // Every owner gets the appointment by mail, with the calendar file attached.
    const [planned] = await eventually(async () => plannedMails(), (mails) => mails.length >= 1, 'the planned mail should arrive', 15_000);
    const attached = planned.attachments.find((a) => a.filename === 'vervolggesprek.ics');
    expect(attached).toBeDefined();
    expect(attached!.content.toString()).toContain('SEQUENCE:1');
    expect(planned.text).toContain('Kantine, werkplaats');

    // Moving: the form opens with what is planned, and a second mail updates the same event.
    await section.getByRole('button', { name: 'Verplaatsen' }).click();
    await expectAttribute(section.getByLabel('Datum', { exact: true }), 'value', firstDay);
    await expectAttribute(section.getByLabel('Tijd', { exact: true }), 'value', '15:30');
    expect(await section.getByLabel('Hoe lang duurt het?').inputValue()).toBe('60');
    const secondDay = dutchDay(11);
    await section.getByLabel('Datum', { exact: true }).fill(secondDay);
    await section.getByLabel('Tijd', { exact: true }).fill('09:00');
    await section.getByRole('button', { name: 'Nieuwe tijd opslaan' }).click();
    await expectContains(section.getByRole('status'), 'Het vervolggesprek is verplaatst.');
    await expectContains(section, `${dayAndMonth(secondDay)}`);
    await expectContains(section, 'van 09:00 tot 10:00 uur');
    const mails = await eventually(async () => plannedMails(), (m) => m.length >= 2, 'the update should arrive', 15_000);
    const update = mails[1].attachments.find((a) => a.filename === 'vervolggesprek.ics')!.content.toString();
    expect(update).toContain('SEQUENCE:2');
    expect(update).toContain(`UID:follow-up-${roundId}@groeiwijzer`);

    // Cancelling asks once more, then the form is back and the API has nothing planned.
    await section.getByRole('button', { name: 'Niet meer plannen' }).click();
    await expectVisible(section.getByText('Weet je zeker dat het vervolggesprek niet doorgaat?'));
    await expectAccessible(page, 'the cancel question');
    await section.getByRole('button', { name: 'Ja, niet meer plannen' }).click();
    await expectContains(section.getByRole('status'), 'Het vervolggesprek staat niet meer gepland.');
    await expectVisible(section.getByRole('button', { name: 'Vervolggesprek plannen' }));
    const after = await owner.request.get(api(`/api/rounds/${roundId}/follow-up`));
    expect(await after.json()).toEqual({ followUp: null });

    // The report shared with employees has no follow-up part.
    const shared = await owner.request.post(api(`/api/rounds/${roundId}/report-share`));
    const { reportShareUrl } = (await shared.json()) as { reportShareUrl: string };
    const employee = await newContext(browser);
    const sharedPage = await employee.newPage();
    await sharedPage.goto(reportShareUrl);
    await expectText(sharedPage.getByRole('heading', { level: 1 }), 'Rapport: Voorjaarsscan');
    await expectVisible(sharedPage.getByRole('heading', { name: 'Voorstel voor het gesprek met je team' }));
    expect(await sharedPage.getByRole('heading', { name: 'Vervolggesprek' }).count()).toBe(0);
    await employee.close();

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('switches off reminders about the scan on the preferences page, and the API agrees', async () => {
    const page = await owner.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(api('/dashboard'));
    await page.getByRole('banner').getByRole('button', { name: 'Account' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Meldingen' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Meldingen per e-mail');
    await expectVisible(page.getByText('nooit tussen 21:00 en 07:00 uur'));
    const scan = page.getByRole('checkbox', { name: 'Herinneringen over de scan' });
    await eventually(() => scan.isChecked(), (checked) => checked, 'scan reminders should start switched on');
    await expectAccessible(page, 'the reminder preferences');

    await scan.uncheck();
    await expectText(page.getByRole('status').filter({ hasText: 'Opgeslagen.' }), 'Opgeslagen.');
    const saved = await owner.request.get(api('/api/me/notification-preferences'));
    expect(await saved.json()).toEqual({ scan: false, schemes: true, plan: true, referrals: true, rescan: true, publisher: true, offers: true });

    // Still off after a reload.
    await page.reload();
    await expectText(page.getByRole('heading', { level: 1 }), 'Meldingen per e-mail');
    await eventually(() => page.getByRole('checkbox', { name: 'Herinneringen over de scan' }).isChecked(), (checked) => !checked, 'stays off');
    expect(await page.getByRole('checkbox', { name: 'Uitnodigingen voor een nieuwe scan' }).isChecked()).toBe(true);
    await expectAccessible(page, 'the reminder preferences after saving');

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
