import { type PlanStep } from '@groeiwijzer/contracts';
import { type ParsedMail } from 'mailparser';
import { MailSender } from '../mail/mail-sender.service';
import { outsideQuietHours } from '../notifications/kinds';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { organisationOwner, signedIn } from '../testing/access-fixtures';
import { ADMIN } from '../testing/catalogue-fixtures';
import { type HttpClient } from '../testing/http-client';
import { publishedScheme, signInAgain } from '../testing/plan-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { PlanRemindersJob } from './plan-reminders.job';

const calendarOf = (mail: ParsedMail) => {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  return ics ? ics.content.toString('utf8').replace(/\r\n /g, '') : '';
};
const compact = (day: string) => day.replace(/-/g, '');

describe('plan reminders: the day before a due date, and a scheme\'s window opening and closing', () => {
  let t: TestApp;
  let job: PlanRemindersJob;

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
    job = t.app.get(PlanRemindersJob);
  });
  afterAll(() => t.close());

  /** Runs the job at this Dutch wall-clock moment, twice at once as two API processes would. */
  async function runTwiceAt(moment: string): Promise<void> {
    t.clock.setLocal(moment);
    await Promise.all([job.run(), job.run()]);
  }

  /** What is waiting leaves: the clock moves on to the first moment reminders may go (07:00 when
   * it is quiet now), the bundler turns them into mail and the outbox sends it. */
  async function deliver(): Promise<void> {
    const at = outsideQuietHours(t.clock.now());
    t.clock.set(at);
    await t.app.get(ReminderBundler).releaseDue(at);
    await t.app.get(MailSender).sendDue();
  }

  const claimed = async (stepId: string) =>
    (await t.db.query(`SELECT reminder_key FROM plan_step_reminders WHERE step_id = $1 ORDER BY created_at, reminder_key`, [stepId])).map((r: { reminder_key: string }) => r.reminder_key);
  const queued = async (stepId: string) =>
    (await t.db.query(`SELECT email, kind FROM reminder_queue WHERE idempotency_key LIKE $1 ORDER BY email`, [`plan-reminder:${stepId}:%`]));
  const planMails = (email: string) => t.smtp.to(email).filter((m) => /deadline|Tomorrow|open|sluit|close/i.test(m.subject ?? ''));

  async function step(owner: HttpClient, orgId: string, body: Record<string, unknown>): Promise<PlanStep> {
    const r = await owner.post<PlanStep>(`/api/organisations/${orgId}/plan`, { aspect: 'leadership', ...body });
    expect(r.status).toBe(201);
    return r.body;
  }

  // A daytime and a night-time run: by night the reminder waits for 07:00.
  it.each([['by day', '10:00'], ['by night', '23:30']])('reminds every owner in their language the day before the due date, once, with a calendar file; a moved date moves it (%s)', async (_when, time) => {
    const { client: owner, email, organisationId } = await organisationOwner(t, 'deadline');
    // A second owner who reads English. The API has no way yet to add a co-owner: set up directly.
    const partner = await signedIn(t, 'mede-eigenaar', 'Sam');
    await partner.client.patch('/api/auth/me', { locale: 'en' });
    await t.db.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [organisationId, partner.id]);
    const due = t.clock.day(20);
    const s = await step(owner, organisationId, { title: 'Offerte opvragen', dueDate: due, responsible: 'Fatma', status: 'planned' });
    const today = t.clock.today();

    await runTwiceAt(`${t.clock.day(18, today)}T${time}`);
    expect(await claimed(s.id)).toEqual([]);
    await runTwiceAt(`${t.clock.day(19, today)}T${time}`);
    await job.run();
    expect(await claimed(s.id)).toEqual([`due:${due}`]);
    expect(await queued(s.id)).toEqual([
      { email: email.toLowerCase(), kind: 'plan' }, { email: partner.email.toLowerCase(), kind: 'plan' },
    ].sort((a, b) => a.email.localeCompare(b.email)));

    await deliver();
    const [nl] = await t.smtp.waitFor(email, 1);
    expect(planMails(email)).toHaveLength(1);
    expect(nl.subject).toBe('Morgen: deadline van "Offerte opvragen"');
    expect(nl.text).toContain('Verantwoordelijk: Fatma.');
    expect(nl.text).toContain(`/organisaties/${organisationId}/plan`);
    expect(calendarOf(nl)).toContain(`DTSTART;VALUE=DATE:${compact(due)}`);
    expect(calendarOf(nl)).toContain('SUMMARY:Deadline: Offerte opvragen');
    const [en] = await t.smtp.waitFor(partner.email, 1);
    expect(en.subject).toBe('Tomorrow: "Offerte opvragen" is due');
    expect(calendarOf(en)).toContain('SUMMARY:Due: Offerte opvragen');

    // The owner moves the date: the reminder comes the day before the new date, not again for the old one.
    await signInAgain(owner, email);
    const later = t.clock.day(25, today);
    expect((await owner.patch(`/api/plan/${s.id}`, { dueDate: later })).status).toBe(200);
    await runTwiceAt(`${t.clock.day(19, today)}T${time}`);
    await runTwiceAt(`${t.clock.day(24, today)}T${time}`);
    expect(await claimed(s.id)).toEqual([`due:${due}`, `due:${later}`]);
    await deliver();
    await t.smtp.waitFor(email, 2);
    expect(planMails(email).map((m) => calendarOf(m).match(/DTSTART;VALUE=DATE:(\d+)/)![1])).toEqual([compact(due), compact(later)]);
  });

  it('leaves a done step alone', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'klaar');
    const today = t.clock.today();
    const s = await step(owner, organisationId, { title: 'Al gedaan', dueDate: t.clock.day(5), status: 'done' });
    await runTwiceAt(`${t.clock.day(4, today)}T10:00`);
    expect(await claimed(s.id)).toEqual([]);
  });

  it('reminds of a scheme on the plan when its window opens and 7 days before it closes, and follows the publisher\'s changes', async () => {
    const { client: owner, email, organisationId } = await organisationOwner(t, 'regeling');
    const today = t.clock.today();
    const day = (n: number) => t.clock.day(n, today);
    const scheme = await publishedScheme(t, [{ opens: day(10), closes: day(40) }], 'Subsidie scholing vakmensen');
    const s = await step(owner, organisationId, { itemId: scheme.itemId, aspect: 'learning_organisation' });

    await runTwiceAt(`${day(9)}T10:00`);
    expect(await claimed(s.id)).toEqual([]);
    await runTwiceAt(`${day(10)}T09:00`);
    await runTwiceAt(`${day(10)}T15:00`);
    expect(await claimed(s.id)).toEqual([`opens:${day(10)}`]);
    expect(await queued(s.id)).toEqual([{ email: email.toLowerCase(), kind: 'schemes' }]);
    await deliver();
    const [opened] = await t.smtp.waitFor(email, 1);
    expect(opened.subject).toBe('Vanaf vandaag open: Subsidie scholing vakmensen');
    // The calendar file holds the closing moment: the end of the closing day in the Netherlands.
    expect(calendarOf(opened)).toMatch(new RegExp(`DTEND:${compact(day(40))}T2[12]5959Z`));

    // The publisher extends the window by ten days: no warning a week before the old closing day,
    // one a week before the new one.
    await signInAgain(scheme.editor, scheme.email);
    const edited = await scheme.editor.patch(`/api/items/${scheme.itemId}`, {
      scheme: { fundingShare: 0.6, maxAmountEur: 24999, windows: [{ opens: day(10), closes: day(50) }], eligibility: 'Mkb-bedrijven met personeel in Nederland.' },
    });
    expect(edited.status).toBe(200);
    await runTwiceAt(`${day(33)}T10:00`);
    await runTwiceAt(`${day(42)}T10:00`);
    expect(await claimed(s.id)).toEqual([`opens:${day(10)}`]);
    await runTwiceAt(`${day(43)}T10:00`);
    expect(await claimed(s.id)).toEqual([`opens:${day(10)}`, `closes:${day(50)}`]);
    await deliver();
    const mails = await t.smtp.waitFor(email, 2);
    expect(mails[1].subject).toMatch(/^Subsidie scholing vakmensen sluit over 7 dagen \(\d+ \w+ \d{4}\)$/);
    expect(calendarOf(mails[1])).toMatch(new RegExp(`DTEND:${compact(day(50))}T2[12]5959Z`));
    expect(planMails(email)).toHaveLength(2);
  });

  it('moves the opening reminder when the publisher moves the opening day', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'regeling-later');
    const today = t.clock.today();
    const day = (n: number) => t.clock.day(n, today);
    const scheme = await publishedScheme(t, [{ opens: day(5), closes: day(60) }], 'Regeling die later opent');
    const s = await step(owner, organisationId, { itemId: scheme.itemId });
    const edited = await scheme.editor.patch(`/api/items/${scheme.itemId}`, {
      scheme: { fundingShare: 0.5, maxAmountEur: 10000, windows: [{ opens: day(8), closes: day(60) }], eligibility: 'Mkb-bedrijven met personeel in Nederland.' },
    });
    expect(edited.status).toBe(200);
    await runTwiceAt(`${day(5)}T10:00`);
    expect(await claimed(s.id)).toEqual([]);
    await runTwiceAt(`${day(8)}T10:00`);
    expect(await claimed(s.id)).toEqual([`opens:${day(8)}`]);
  });
});
