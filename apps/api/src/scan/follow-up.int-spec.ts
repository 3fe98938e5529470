import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { MailSender } from '../mail/mail-sender.service';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { type HttpClient } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ScanRemindersJob } from './scan-reminders.job';

const answers = Object.fromEntries(INSTRUMENT_V1.items.map((i, n) => [i.id, i.aspect === 'leadership' ? 2 : 4 + (n % 2)]));
const DAY = 86_400_000;

describe('after the scan: the follow-up session with a calendar file, and re-scan reminders', () => {
  let t: TestApp;

  /** Delivers what is due at the clock's moment. */
  async function deliver(): Promise<void> {
    await t.app.get(ReminderBundler).releaseDue(t.clock.now());
    await t.app.get(MailSender).sendDue();
  }

  async function waitForSubject(email: string, start: string) {
    for (let i = 0; i < 100; i++) {
      const mail = t.smtp.to(email).find((m) => m.subject?.startsWith(start));
      if (mail) return mail;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail "${start}…" for ${email}`);
  }

  /** An owner of their own with a round that 5 employees answered (closed unless said). */
  async function scanned(close = true): Promise<{ owner: HttpClient; email: string; orgId: string; roundId: string }> {
    const owner = t.client();
    const email = `els-${Math.random().toString(36).slice(2, 8)}@timmerwerk.nl`;
    await owner.signUp(email, 'Els');
    const orgId = (await owner.post('/api/organisations', { name: 'Timmerwerk Els', sector: 'F', region: 'twente', employees: 14 })).body.id;
    const round = (await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Voorjaarsscan', closesAt: t.clock.day(5) })).body;
    for (let i = 0; i < 5; i++) await t.client().post(`/api/survey/${round.shareUrl.split('/s/')[1]}`, { answers });
    if (close) {
      expect((await owner.post(`/api/rounds/${round.id}/close`)).status).toBe(200);
      await deliver(); // the "report ready" mail, so later reminders come on their own
      await waitForSubject(email, 'Je scanrapport is klaar');
    }
    return { owner, email, orgId, roundId: round.id };
  }

  beforeAll(async () => {
    t = await startTestApp({ QUIET_HOURS: 'off' });
  });
  afterAll(() => t.close());

  it('plans the session only after closing, sends it with an .ics, and moves it with the same event', async () => {
    const { owner, email, roundId } = await scanned(false);
    const inDays = (n: number) => t.clock.day(n);
    const early = await owner.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${inDays(10)}T15:30` });
    expect(early.status).toBe(409);
    await owner.post(`/api/rounds/${roundId}/close`);
    const bad = await owner.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${inDays(-1)}T15:30` });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual({ startsAt: 'moet in de toekomst liggen (en binnen een jaar)' });
    const stranger = t.client();
    await stranger.signUp('buur@bedrijf.nl');
    expect((await stranger.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${inDays(10)}T15:30` })).status).toBe(404);

    const planned = await owner.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${inDays(10)}T15:30`, location: 'Kantine, werkplaats' });
    expect(planned.status).toBe(200);
    expect(planned.body).toMatchObject({ minutes: 90, location: 'Kantine, werkplaats' });
    await deliver();
    const mail = await waitForSubject(email, 'Vervolggesprek gepland');
    expect(mail.text).toContain('Kantine, werkplaats');
    const ics = mail.attachments.find((a) => a.filename === 'vervolggesprek.ics')!.content.toString();
    expect(ics).toContain(`UID:follow-up-${roundId}@groeiwijzer`);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('LOCATION:Kantine\\, werkplaats');
    // 15:30 in the Netherlands, written in UTC.
    const start = /DTSTART:(\d{8}T\d{6}Z)/.exec(ics)![1];
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(new Date(start.replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, '$1-$2-$3T$4:$5:$6Z')));
    expect(hour).toBe('15:30');

    await owner.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${inDays(11)}T09:00` });
    const file = await owner.get(`/api/rounds/${roundId}/follow-up.ics`);
    expect(file.headers.get('content-type')).toContain('text/calendar');
    expect(file.body).toContain('SEQUENCE:2');
    const moved = (await owner.get(`/api/rounds/${roundId}/follow-up`)).body.followUp;
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(moved.startsAt)))
      .toBe(`${inDays(11)}, 09:00`);
  });

  it('a cancelled session reaches every owner as a calendar cancellation', async () => {
    const { owner, email, roundId } = await scanned();
    await owner.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${t.clock.day(12)}T10:00` });
    expect((await owner.delete(`/api/rounds/${roundId}/follow-up`)).status).toBe(204);
    expect((await owner.get(`/api/rounds/${roundId}/follow-up`)).body.followUp).toBeNull();
    await deliver();
    const mail = await waitForSubject(email, 'Vervolggesprek gaat niet door');
    const ics = mail.attachments.find((a) => a.filename === 'vervolggesprek.ics')!.content.toString();
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`UID:follow-up-${roundId}@groeiwijzer`);
  });

  it('reminds the owner the day before the session, once', async () => {
    const { owner, email, roundId } = await scanned();
    const planned = await owner.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${t.clock.day(11)}T09:00` });
    const job = t.app.get(ScanRemindersJob);
    expect(await job.remindSessions()).toBe(0); // 11 days ahead
    t.clock.set(new Date(new Date(planned.body.startsAt).getTime() - 0.5 * DAY));
    // Two instances at once queue it once (other tests' sessions may be due at this moment too).
    await Promise.all([job.remindSessions(), job.remindSessions()]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM reminder_queue WHERE email = $1 AND subject LIKE 'Morgen: vervolggesprek%'`, [email]);
    expect(n).toBe(1);
    await deliver();
    const reminder = await waitForSubject(email, 'Morgen: vervolggesprek');
    expect(reminder?.attachments.some((x) => x.filename === 'vervolggesprek.ics')).toBe(true);
  });

  it('invites to scan again after 6 and 12 months, naming the weak spot, unless a new round started', async () => {
    const { owner, email, orgId } = await scanned();
    const job = t.app.get(ScanRemindersJob);
    const queued = async () => Number((await t.db.query(`SELECT count(*) AS n FROM reminder_queue WHERE email = $1 AND kind = 'rescan'`, [email]))[0].n);
    t.clock.advance(183 * DAY);
    // Two instances at the same moment queue it once (other tests' rounds may be due too).
    await Promise.all([job.remindRescans(), job.remindRescans()]);
    expect(await queued()).toBe(1);
    await job.remindRescans();
    expect(await queued()).toBe(1);
    await deliver();
    const rescan = await waitForSubject(email, '6 maanden later');
    expect(rescan.text).toContain('Het zwakke punt was toen "Leiderschap gericht op ontwikkelen"');
    expect(rescan.text).toContain(`/organisaties/${orgId}/scans/nieuw`);

    // A new round was started (a week after the reminder): no 12-month reminder.
    t.clock.advance(7 * DAY);
    await owner.post('/api/auth/login', { email, password: 'een-lang-wachtwoord' });
    expect((await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Najaarsscan', closesAt: t.clock.day(20) })).status).toBe(201);
    t.clock.advance(176 * DAY);
    await job.remindRescans();
    expect(await queued()).toBe(1);
    // Without that new round it would have come: an organisation that started none gets it.
    const other = await scanned();
    await job.remindRescans(new Date(t.clock.now().getTime() + 250 * DAY)); // between the 6- and 12-month marks
    expect((await t.db.query(`SELECT count(*)::int AS n FROM reminder_queue WHERE email = $1 AND kind = 'rescan'`, [other.email]))[0].n).toBe(0);
    await job.remindRescans(new Date(t.clock.now().getTime() + 183 * DAY));
    expect((await t.db.query(`SELECT count(*)::int AS n FROM reminder_queue WHERE email = $1 AND kind = 'rescan'`, [other.email]))[0].n).toBe(1);
  });
});
