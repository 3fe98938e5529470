import { type INestApplication } from '@nestjs/common';
import { type OwnerReferral } from '@groeiwijzer/contracts';
import { MailSender } from '../mail/mail-sender.service';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { createApp } from '../platform/http';
import { JsonLogger } from '../platform/json-logger';
import { ADMIN } from '../testing/catalogue-fixtures';
import { catalogue, fitting, scannedOwner } from '../testing/matching-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ReferralDeadlinesJob } from './referral-deadlines.job';

/** A moment in the Netherlands, `YYYY-MM-DDTHH:mm`. */
const at = (local: string) => {
  const summer = new Date(`${local}:00+02:00`);
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(summer);
  return hour === local.slice(11, 13) ? summer : new Date(`${local}:00+01:00`);
};

describe('referral deadlines: a reminder after 5 Dutch working days, a lapse after 10', () => {
  let t: TestApp;
  /** A second API process on the same database, as in production with two replicas. */
  let second: INestApplication;

  beforeAll(async () => {
    // Sessions that outlive the weeks the clock moves on.
    t = await startTestApp({ ...ADMIN, QUIET_HOURS: 'off', SESSION_IDLE_MINUTES: '43200', SESSION_ABSOLUTE_HOURS: '2160' });
    second = await createApp({ config: t.config, databaseUrl: t.databaseUrl, smtpUrl: t.smtp.url, mailMode: 'smtp', clock: t.clock }, new JsonLogger('silent'));
    await second.init();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  async function deliver(): Promise<void> {
    await t.app.get(ReminderBundler).releaseDue(t.clock.now());
    await t.app.get(MailSender).sendDue();
  }

  async function mail(to: string, subject: string) {
    for (let i = 0; i < 100; i++) {
      const found = t.smtp.to(to).find((m) => m.subject?.startsWith(subject));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail "${subject}…" to ${to}: ${t.smtp.to(to).map((m) => m.subject).join(' | ')}`);
  }

  /** Both processes run the job at the same moment; returns what they did together. */
  async function runBoth(local: string) {
    const now = at(local);
    t.clock.set(now);
    const [a, b] = await Promise.all([t.app.get(ReferralDeadlinesJob).run(now), second.get(ReferralDeadlinesJob).run(now)]);
    return { reminded: a.reminded + b.reminded, lapsed: a.lapsed + b.lapsed };
  }

  /** An owner and two coaches in a region of the test's own, the request made at `local`. */
  async function requested(local: string, region: string) {
    t.clock.set(at(local));
    const owner = await scannedOwner(t, { weak: ['leadership', 'work_content'], region });
    const cat = await catalogue(t);
    const first = fitting(t, 'coach', 'leadership', region, { title: 'Coach Piet' });
    // The next best: the same fit, but without entrepreneurial experience.
    const next = fitting(t, 'coach', 'leadership', region, { title: 'Coach Sanne', coach: { coachType: 'hr-adviseur', entrepreneurExperience: false, capacity: 3 } });
    const firstId = await cat.add(first);
    const nextId = await cat.add(next);
    const asked = await owner.client.post<OwnerReferral>(`/api/organisations/${owner.organisationId}/referrals`, {
      coachItemId: firstId, message: 'Wij zoeken hulp bij leidinggeven.', share: 'summary', aspect: 'leadership',
    });
    expect(asked.status).toBe(201);
    return { owner, referral: asked.body, first: { id: firstId, email: first.contactEmail! }, next: { id: nextId, email: next.contactEmail! } };
  }

  it('across Koningsdag, Bevrijdingsdag and Hemelvaart: reminded once after the 5th working day, lapsed after the 10th, forwarded in one click', async () => {
    // Thursday 22 April 2027. Working days after it: Fri 23, Mon 26, (Tue 27 Koningsdag), Wed 28,
    // Thu 29, Fri 30 = 5th; Mon 3 May, Tue 4, (Wed 5 Bevrijdingsdag, Thu 6 Hemelvaart), Fri 7,
    // Mon 10, Tue 11 = 10th.
    const { owner, referral, first, next } = await requested('2027-04-22T10:00', 'midden-limburg');
    expect(new Date(referral.answerBy!).getTime()).toBe(at('2027-05-12T00:00').getTime() - 1);

    expect(await runBoth('2027-04-30T23:30')).toEqual({ reminded: 0, lapsed: 0 });
    expect(await runBoth('2027-05-01T09:00')).toEqual({ reminded: 1, lapsed: 0 });
    // Delivered before the clock moves on: the reminder bundler's day is the clock's.
    await deliver();
    const reminder = await mail(first.email, 'Herinnering:');
    expect(reminder.subject).toContain('wacht op je antwoord');
    expect(reminder.text).toContain('dinsdag 11 mei');
    // A reminder, so with a one-click way out of referral reminders.
    expect(reminder.headerLines.some((h) => h.key === 'list-unsubscribe-post')).toBe(true);
    expect(await runBoth('2027-05-03T09:00')).toEqual({ reminded: 0, lapsed: 0 });
    await deliver();
    expect(t.smtp.to(first.email).filter((m) => m.subject?.startsWith('Herinnering:'))).toHaveLength(1);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM reminder_queue WHERE email = $1`, [first.email]))[0].n).toBe(1);

    expect(await runBoth('2027-05-11T23:30')).toEqual({ reminded: 0, lapsed: 0 });
    expect(await runBoth('2027-05-12T00:30')).toEqual({ reminded: 0, lapsed: 1 });
    expect(await runBoth('2027-05-12T08:00')).toEqual({ reminded: 0, lapsed: 0 });
    const lapsed = await mail(owner.email, 'Geen antwoord van Coach Piet');
    expect(lapsed.text).toContain('binnen 10 werkdagen niet geantwoord');
    expect(lapsed.text).toContain(`/organisaties/${owner.organisationId}/aanvragen/${referral.id}`);
    expect(t.smtp.to(owner.email).filter((m) => m.subject?.startsWith('Geen antwoord'))).toHaveLength(1);

    const [seen] = (await owner.client.get<OwnerReferral[]>(`/api/organisations/${owner.organisationId}/referrals`)).body;
    expect(seen).toMatchObject({ status: 'lapsed', canForward: true });
    expect(seen.events.map((e) => e.type)).toEqual(['requested', 'reminded', 'lapsed']);

    const forwarded = await owner.client.post<OwnerReferral>(`/api/referrals/${referral.id}/forward`);
    expect(forwarded.status).toBe(201);
    expect(forwarded.body).toMatchObject({ coach: { itemId: next.id, title: 'Coach Sanne' }, message: 'Wij zoeken hulp bij leidinggeven.', share: 'summary', aspect: 'leadership' });
    await mail(next.email, 'Hulpvraag van');
  });

  it('across Christmas and New Year, in winter time', async () => {
    // Tuesday 22 December 2026: Wed 23, Thu 24, (Fri 25, Sat, Sun), Mon 28, Tue 29, Wed 30 = 5th;
    // Thu 31, (Fri 1 January), Mon 4, Tue 5, Wed 6, Thu 7 January = 10th.
    const { owner, referral, first } = await requested('2026-12-22T09:00', 'noord-limburg');
    expect(new Date(referral.answerBy!).getTime()).toBe(at('2027-01-08T00:00').getTime() - 1);
    expect(await runBoth('2026-12-30T22:00')).toEqual({ reminded: 0, lapsed: 0 });
    expect(await runBoth('2026-12-31T00:01')).toEqual({ reminded: 1, lapsed: 0 });
    await deliver();
    expect((await mail(first.email, 'Herinnering:')).text).toContain('donderdag 7 januari');
    expect(await runBoth('2027-01-07T23:59')).toEqual({ reminded: 0, lapsed: 0 });
    expect(await runBoth('2027-01-08T07:00')).toEqual({ reminded: 0, lapsed: 1 });
    await mail(owner.email, 'Geen antwoord van Coach Piet');
  });

  it('an answer in time stops both the reminder and the lapse', async () => {
    const { referral, first } = await requested('2027-03-01T10:00', 'zuid-limburg');
    const coach = t.client();
    await coach.signUp(first.email, 'Piet', 'een-lang-wachtwoord');
    expect((await coach.post(`/api/referrals/${referral.id}/accept`)).status).toBe(200);
    expect(await runBoth('2027-03-20T10:00')).toEqual({ reminded: 0, lapsed: 0 });
    expect((await t.db.query(`SELECT status, reminded_at FROM referrals WHERE id = $1`, [referral.id]))[0]).toEqual({ status: 'accepted', reminded_at: null });
  });
});
