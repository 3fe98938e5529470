import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { type ParsedMail } from 'mailparser';
import { MailSender } from '../mail/mail-sender.service';
import { ScanRemindersJob } from '../scan/scan-reminders.job';
import { type HttpClient } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { outsideQuietHours } from './kinds';
import { ReminderBundler } from './reminder-bundler.service';

/** A header exactly as it arrived over SMTP. */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? '';

const answers = Object.fromEntries(INSTRUMENT_V1.items.map((i) => [i.id, 4]));
const DAY = 86_400_000;
const amsterdamHour = (d: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(d));

/** Each test gets an owner and organisation of its own, so the tests run in any order. */
async function newOwner(t: TestApp) {
  const owner = t.client();
  const tag = Math.random().toString(36).slice(2, 8);
  const email = `eigenaar-${tag}@bakkerij.nl`;
  await owner.signUp(email, 'Bea');
  const orgId = (await owner.post('/api/organisations', { name: `Bakkerij Bea ${tag}`, sector: 'G', region: 'twente', employees: 9 })).body.id as string;
  return { owner, email, orgId, tag };
}

describe('reminders: preferences, quiet hours, one-click unsubscribe, scan reminders', () => {
  let t: TestApp;

  /** Delivers what is waiting: the clock moves on to the first moment reminders may leave (07:00
   * when it is quiet now), due reminders become mail (one per person per day), then the outbox
   * is sent. */
  async function deliverNow(): Promise<void> {
    const at = outsideQuietHours(t.clock.now());
    t.clock.set(at);
    await t.app.get(ReminderBundler).releaseDue(at);
    await t.app.get(MailSender).sendDue();
  }

  async function invite(owner: HttpClient, orgId: string, emails: string[], closesInDays = 10) {
    const round = (await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Herinneringsronde', closesAt: t.clock.day(closesInDays) })).body;
    await owner.post(`/api/rounds/${round.id}/invitations`, { emails });
    await t.app.get(MailSender).sendDue();
    const links: Record<string, string> = {};
    for (const email of emails) {
      const [mail] = await t.smtp.waitFor(email);
      links[email] = /(http\S+\/s\/([\w-]+))/.exec(mail.text ?? '')![2];
    }
    return { round, links };
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps preferences per kind of reminder', async () => {
    const { owner } = await newOwner(t);
    expect((await owner.get('/api/me/notification-preferences')).body).toEqual({
      scan: true, schemes: true, plan: true, referrals: true, rescan: true, publisher: true, offers: true,
    });
    const r = await owner.patch('/api/me/notification-preferences', { plan: false });
    expect(r.body).toEqual({ scan: true, schemes: true, plan: false, referrals: true, rescan: true, publisher: true, offers: true });
    expect((await owner.get('/api/me/notification-preferences')).body.plan).toBe(false);
    expect((await owner.patch('/api/me/notification-preferences', { plan: 'nee' })).body.fields).toEqual({ plan: 'is niet geldig' });
    expect((await t.client().get('/api/me/notification-preferences')).status).toBe(401);
  });

  // The same scenario at a daytime and a night-time moment (Amsterdam time): the reminder is
  // queued at once by day, and waits for 07:00 by night.
  it.each([
    ['by day', '2026-03-10T10:15:00+01:00', 10],
    ['by night', '2026-07-14T22:40:00+02:00', 7],
  ])('reminds only those who did not answer, once per moment even with two instances at once (%s)', async (_when, start, expectedHour) => {
    t.clock.set(new Date(new Date(start).getTime() - 4 * DAY));
    const { owner, orgId, tag } = await newOwner(t);
    const jan = `jan-${tag}@bakkerij.nl`;
    const fatma = `fatma-${tag}@bakkerij.nl`;
    const { links } = await invite(owner, orgId, [jan, fatma]);
    expect((await t.client().post(`/api/survey/${links[fatma]}`, { answers })).status).toBe(201);
    // Four days pass.
    t.clock.set(start);
    const job = t.app.get(ScanRemindersJob);
    const [a, b] = await Promise.all([job.remindStaff(), job.remindStaff()]);
    expect(a + b).toBe(1);
    expect(await job.remindStaff()).toBe(0);

    const [queued] = await t.db.query(`SELECT kind, due_at, created_at FROM reminder_queue WHERE email = $1`, [jan]);
    expect(queued.kind).toBe('scan');
    // Never between 21:00 and 07:00 in the Netherlands.
    expect(queued.due_at.getTime()).toBe(outsideQuietHours(queued.created_at).getTime());
    expect(amsterdamHour(queued.due_at)).toBe(expectedHour);
    // Before it is due nothing leaves; at its moment it does.
    expect(await t.app.get(ReminderBundler).releaseDue(new Date(queued.due_at.getTime() - 60_000))).toBe(0);

    await deliverNow();
    const [, reminder] = await t.smtp.waitFor(jan, 2);
    expect(reminder.subject).toBe(`Herinnering: vragenlijst van Bakkerij Bea ${tag} / Reminder`);
    // The employee's language is unknown: Dutch first, English below, each saying why it matters.
    expect(reminder.text).toContain('Waarom het telt:');
    expect(reminder.text).toContain('Why it matters:');
    // A link of its own (only hashes are kept), for the same invitation: either answers once.
    const reminderLink = /\/s\/([\w-]+)/.exec(reminder.text ?? '')![1];
    expect(reminderLink).not.toBe(links[jan]);
    expect(reminderLink.slice(0, 22)).toBe(links[jan].slice(0, 22));
    expect((await t.client().post(`/api/survey/${reminderLink}`, { answers })).status).toBe(201);
    expect((await t.client().post(`/api/survey/${links[jan]}`, { answers })).status).toBe(409);
    expect(header(reminder, 'list-unsubscribe')).toMatch(/^<http:\/\/\S+\/api\/unsubscribe\/[\w-]+>$/);
    expect(header(reminder, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(t.smtp.to(fatma)).toHaveLength(1); // the invitation only
  });

  it('stops a kind of reminder with one click, without logging in', async () => {
    const { owner, orgId, tag } = await newOwner(t);
    const piet = `piet-${tag}@bakkerij.nl`;
    const { round } = await invite(owner, orgId, [piet], 5);
    t.clock.advance(3 * DAY + 60_000);
    expect(await t.app.get(ScanRemindersJob).remindStaff()).toBe(1);
    await deliverNow();
    const [, reminder] = await t.smtp.waitFor(piet, 2);
    // The link names PUBLIC_URL; the test server listens on a random port.
    const url = /^<(.+)>$/.exec(header(reminder, 'list-unsubscribe'))![1].replace(/^https?:\/\/[^/]+/, t.baseUrl);

    const page = await fetch(url, { headers: { 'accept-language': 'nl' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Wil je geen herinneringen over de scan meer krijgen?');

    // What a mail client does (RFC 8058): a POST with this body, no cookies, no Origin.
    const click = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(click.status).toBe(200);
    expect(await click.json()).toEqual({ status: 'unsubscribed', kind: 'scan' });

    // The day before closing, the second reminder is due, but Piet opted out.
    t.clock.set(new Date(new Date(round.closesAt).getTime() - 20 * 3600_000));
    const before = t.smtp.to(piet).length;
    const queuedForPiet = async () => (await t.db.query(`SELECT count(*)::int AS n FROM reminder_queue WHERE email = $1`, [piet]))[0].n;
    const queued = await queuedForPiet();
    await t.app.get(ScanRemindersJob).remindStaff(); // other tests' rounds may be due at this moment
    expect(await queuedForPiet()).toBe(queued);
    await deliverNow();
    expect(t.smtp.to(piet)).toHaveLength(before);
    expect((await fetch(url.replace(/[\w-]+$/, 'onbekend-token-onbekend-token'), { method: 'POST' })).status).toBe(404);
  });

  it('tells the owner when the report is ready, with a link to it', async () => {
    const { owner, orgId, email } = await newOwner(t);
    const round = (await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Klaar-ronde', closesAt: t.clock.day(5) })).body;
    for (let i = 0; i < 5; i++) await t.client().post(`/api/survey/${round.shareUrl.split('/s/')[1]}`, { answers });
    await owner.post(`/api/rounds/${round.id}/close`);
    await owner.post(`/api/rounds/${round.id}/close`);
    await deliverNow();
    await t.smtp.waitFor(email, 1);
    const mails = t.smtp.to(email).filter((m) => m.subject === 'Je scanrapport is klaar: Klaar-ronde');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`/scans/${round.id}/rapport`);
  });
});
