import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { MailSender } from '../mail/mail-sender.service';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { type HttpClient } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { FollowUpJob } from './follow-up.job';

const answers = Object.fromEntries(INSTRUMENT_V1.items.map((i, n) => [i.id, i.aspect === 'leadership' ? 2 : 4 + (n % 2)]));
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('after the scan: the follow-up session with a calendar file, and re-scan reminders', () => {
  let t: TestApp;
  let owner: HttpClient;
  let orgId: string;
  let roundId: string;

  /** Delivers what is waiting, releasing reminders as on a later day (one reminder mail a day). */
  async function deliver(onDay = 1): Promise<void> {
    await t.db.query(`UPDATE reminder_queue SET due_at = now() WHERE status = 'pending'`);
    await t.app.get(ReminderBundler).releaseDue(new Date(`${inDays(onDay)}T12:00:00+01:00`));
    await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
    await t.app.get(MailSender).sendDue();
  }

  async function waitForSubject(start: string) {
    for (let i = 0; i < 100; i++) {
      const mail = t.smtp.to('els@timmerwerk.nl').find((m) => m.subject?.startsWith(start));
      if (mail) return mail;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail "${start}…" for els@timmerwerk.nl`);
  }

  beforeAll(async () => {
    t = await startTestApp({ QUIET_HOURS: 'off' });
    owner = t.client();
    await owner.signUp('els@timmerwerk.nl', 'Els');
    orgId = (await owner.post('/api/organisations', { name: 'Timmerwerk Els', sector: 'F', region: 'twente', employees: 14 })).body.id;
    const round = (await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Voorjaarsscan', closesAt: inDays(5) })).body;
    roundId = round.id;
    for (let i = 0; i < 5; i++) await t.client().post(`/api/survey/${round.shareUrl.split('/s/')[1]}`, { answers });
  });
  afterAll(() => t.close());

  it('plans the session only after closing, sends it with an .ics, and moves it with the same event', async () => {
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
    const mail = await waitForSubject('Vervolggesprek gepland');
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
    await owner.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${inDays(12)}T10:00` });
    expect((await owner.delete(`/api/rounds/${roundId}/follow-up`)).status).toBe(204);
    expect((await owner.get(`/api/rounds/${roundId}/follow-up`)).body.followUp).toBeNull();
    await deliver();
    const mail = await waitForSubject('Vervolggesprek gaat niet door');
    const ics = mail.attachments.find((a) => a.filename === 'vervolggesprek.ics')!.content.toString();
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`UID:follow-up-${roundId}@groeiwijzer`);
    // Planned again for the day-before reminder below.
    await owner.put(`/api/rounds/${roundId}/follow-up`, { startsAt: `${inDays(11)}T09:00` });
  });

  it('reminds the owner the day before the session, once', async () => {
    const job = t.app.get(FollowUpJob);
    expect(await job.remindSessions()).toBe(0); // 11 days ahead
    const dayBefore = new Date(Date.now() + 10.5 * 86_400_000);
    const [a, b] = await Promise.all([job.remindSessions(dayBefore), job.remindSessions(dayBefore)]);
    expect(a + b).toBe(1);
    await deliver(2);
    const reminder = await waitForSubject('Morgen: vervolggesprek');
    expect(reminder?.attachments.some((x) => x.filename === 'vervolggesprek.ics')).toBe(true);
  });

  it('invites to scan again after 6 and 12 months, naming the weak spot, unless a new round started', async () => {
    const job = t.app.get(FollowUpJob);
    const sixMonths = new Date(Date.now() + 183 * 86_400_000);
    const [a, b] = await Promise.all([job.remindRescans(sixMonths), job.remindRescans(sixMonths)]);
    expect(a + b).toBe(1);
    expect(await job.remindRescans(sixMonths)).toBe(0);
    await deliver(3);
    const rescan = await waitForSubject('6 maanden later');
    expect(rescan.text).toContain('Het zwakke punt was toen "Leiderschap gericht op ontwikkelen"');
    expect(rescan.text).toContain(`/organisaties/${orgId}/scans/nieuw`);

    // A new round was started: no 12-month reminder.
    await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Najaarsscan', closesAt: inDays(20) });
    await t.db.query(`UPDATE scan_rounds SET created_at = now() + interval '200 days' WHERE title = 'Najaarsscan'`);
    expect(await job.remindRescans(new Date(Date.now() + 366 * 86_400_000))).toBe(0);
  });
});
