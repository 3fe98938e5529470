import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { type ParsedMail } from 'mailparser';
import { MailSender } from '../mail/mail-sender.service';
import { ScanReminderJob } from '../scan/scan-reminder.job';
import { type HttpClient } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { outsideQuietHours } from './kinds';
import { ReminderBundler } from './reminder-bundler.service';

/** A header exactly as it arrived over SMTP. */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? '';

const answers = Object.fromEntries(INSTRUMENT_V1.items.map((i) => [i.id, 4]));
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('reminders: preferences, quiet hours, one-click unsubscribe, scan reminders', () => {
  let t: TestApp;
  let owner: HttpClient;
  let orgId: string;

  /** Delivers what is waiting now, quiet hours aside (the clock of the test is not 10:00): due
   * reminders become mail (one per person per day), then the outbox is sent. */
  async function deliverNow(): Promise<void> {
    await t.db.query(`UPDATE reminder_queue SET due_at = now() WHERE status = 'pending'`);
    await t.app.get(ReminderBundler).releaseDue(outsideQuietHours(new Date(Date.now() + 1000)));
    await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
    await t.app.get(MailSender).sendDue();
  }

  async function invite(emails: string[], closesInDays = 10) {
    const round = (await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Herinneringsronde', closesAt: inDays(closesInDays) })).body;
    await owner.post(`/api/rounds/${round.id}/invitations`, { emails });
    await deliverNow();
    const links: Record<string, string> = {};
    for (const email of emails) {
      const [mail] = await t.smtp.waitFor(email);
      links[email] = /(http\S+\/s\/([\w-]+))/.exec(mail.text ?? '')![2];
    }
    return { round, links };
  }

  beforeAll(async () => {
    t = await startTestApp();
    owner = t.client();
    await owner.signUp('eigenaar@bakkerij.nl', 'Bea');
    orgId = (await owner.post('/api/organisations', { name: 'Bakkerij Bea', sector: 'G', region: 'twente', employees: 9 })).body.id;
  });
  afterAll(() => t.close());

  it('keeps preferences per kind of reminder', async () => {
    expect((await owner.get('/api/me/notification-preferences')).body).toEqual({
      scan: true, schemes: true, plan: true, referrals: true, rescan: true, publisher: true,
    });
    const r = await owner.patch('/api/me/notification-preferences', { plan: false });
    expect(r.body).toEqual({ scan: true, schemes: true, plan: false, referrals: true, rescan: true, publisher: true });
    expect((await owner.get('/api/me/notification-preferences')).body.plan).toBe(false);
    expect((await owner.patch('/api/me/notification-preferences', { plan: 'nee' })).body.fields).toEqual({ plan: 'is niet geldig' });
    expect((await t.client().get('/api/me/notification-preferences')).status).toBe(401);
  });

  it('reminds only those who did not answer, once per moment even with two instances at once', async () => {
    const { round, links } = await invite(['jan@bakkerij.nl', 'fatma@bakkerij.nl']);
    expect((await t.client().post(`/api/survey/${links['fatma@bakkerij.nl']}`, { answers })).status).toBe(201);
    // Three days pass.
    await t.db.query(`UPDATE scan_invitations SET created_at = now() - interval '4 days' WHERE round_id = $1`, [round.id]);
    const job = t.app.get(ScanReminderJob);
    const [a, b] = await Promise.all([job.sendDue(), job.sendDue()]);
    expect(a + b).toBe(1);
    expect(await job.sendDue()).toBe(0);

    const [queued] = await t.db.query(`SELECT kind, due_at, created_at FROM reminder_queue WHERE email = 'jan@bakkerij.nl'`);
    expect(queued.kind).toBe('scan');
    // Never between 21:00 and 07:00 in the Netherlands.
    expect(queued.due_at.getTime()).toBe(outsideQuietHours(queued.created_at).getTime());
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(queued.due_at));
    expect(hour >= 7 && hour < 21).toBe(true);

    await deliverNow();
    const [, reminder] = await t.smtp.waitFor('jan@bakkerij.nl', 2);
    expect(reminder.subject).toBe('Herinnering: vragenlijst van Bakkerij Bea / Reminder');
    // The employee's language is unknown: Dutch first, English below, each saying why it matters.
    expect(reminder.text).toContain('Waarom het telt:');
    expect(reminder.text).toContain('Why it matters:');
    expect(reminder.text).toContain(`/s/${links['jan@bakkerij.nl']}`);
    expect(header(reminder, 'list-unsubscribe')).toMatch(/^<http:\/\/\S+\/api\/unsubscribe\/[\w-]+>$/);
    expect(header(reminder, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(t.smtp.to('fatma@bakkerij.nl')).toHaveLength(1); // the invitation only
  });

  it('stops a kind of reminder with one click, without logging in', async () => {
    const { round } = await invite(['piet@bakkerij.nl'], 3);
    await t.db.query(`UPDATE scan_invitations SET created_at = now() - interval '4 days' WHERE round_id = $1`, [round.id]);
    await t.app.get(ScanReminderJob).sendDue();
    await deliverNow();
    const [, reminder] = await t.smtp.waitFor('piet@bakkerij.nl', 2);
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
    await t.db.query(`UPDATE scan_invitations SET last_reminded_at = now() - interval '2 days' WHERE round_id = $1`, [round.id]);
    await t.db.query(`UPDATE scan_rounds SET closes_at = now() + interval '20 hours' WHERE id = $1`, [round.id]);
    const before = t.smtp.to('piet@bakkerij.nl').length;
    expect(await t.app.get(ScanReminderJob).sendDue()).toBe(0);
    await deliverNow();
    expect(t.smtp.to('piet@bakkerij.nl')).toHaveLength(before);
    expect((await fetch(url.replace(/[\w-]+$/, 'onbekend-token-onbekend-token'), { method: 'POST' })).status).toBe(404);
  });

  it('tells the owner when the report is ready, with a link to it', async () => {
    const round = (await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Klaar-ronde', closesAt: inDays(5) })).body;
    for (let i = 0; i < 5; i++) await t.client().post(`/api/survey/${round.shareUrl.split('/s/')[1]}`, { answers });
    await owner.post(`/api/rounds/${round.id}/close`);
    await owner.post(`/api/rounds/${round.id}/close`);
    await deliverNow();
    await t.smtp.waitFor('eigenaar@bakkerij.nl', 1);
    const mails = t.smtp.to('eigenaar@bakkerij.nl').filter((m) => m.subject === 'Je scanrapport is klaar: Klaar-ronde');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`/scans/${round.id}/rapport`);
  });
});
