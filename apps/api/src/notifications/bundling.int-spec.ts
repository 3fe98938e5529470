import { type ParsedMail } from 'mailparser';
import { layout } from '../mail/templates';
import { MailSender } from '../mail/mail-sender.service';
import { startTestApp, type TestApp } from '../testing/test-app';
import { type ReminderKind } from './kinds';
import { NotificationsService } from './notifications.service';
import { ReminderBundler } from './reminder-bundler.service';

const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? '';

/** A moment in the Netherlands, e.g. at('2026-11-30', 10) = 10:00 Amsterdam time (CET, +01:00). */
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+01:00`);

describe('reminders: at most one mail per person per day, the rest bundled; quiet hours', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function remind(to: string, kind: ReminderKind, key: string, subject: string, dueAt: Date): Promise<boolean> {
    return t.db.transaction((m) => t.app.get(NotificationsService).enqueueReminder(m, {
      idempotencyKey: key, kind, to, locale: 'nl', dueAt,
      mail: { subject, ...layout('nl', { greeting: 'Hallo,', lines: [`Waarom: ${subject}`], action: { label: 'Doen', url: `https://groeiwijzer.example/${key}` }, footer: 'Groet' }) },
    }));
  }

  async function deliver(now: Date): Promise<number> {
    const mails = await t.app.get(ReminderBundler).releaseDue(now);
    await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
    await t.app.get(MailSender).sendDue();
    return mails;
  }

  it('sends one mail that bundles the reminders due that day, each with its own action and unsubscribe link', async () => {
    const morning = at('2030-03-04', 9);
    await remind('ans@bouw.nl', 'plan', 'b-1', 'Stap "Cursus VCA" is bijna aan de beurt', morning);
    await remind('ans@bouw.nl', 'schemes', 'b-2', 'SLIM-regeling sluit over 7 dagen', morning);
    await remind('ans@bouw.nl', 'referrals', 'b-3', 'Coach Henk heeft je aanvraag aangenomen', morning);
    await remind('ans@bouw.nl', 'referrals', 'b-3', 'dubbel', morning); // same key: queued once
    await remind('bert@bouw.nl', 'plan', 'b-4', 'Stap "Teamoverleg" is aan de beurt', morning);

    expect(await deliver(at('2030-03-04', 10))).toBe(2);
    const [bundle] = await t.smtp.waitFor('ans@bouw.nl', 1);
    expect(bundle.subject).toMatch(/^3 herinneringen van Groeiwijzer: /);
    for (const key of ['b-1', 'b-2', 'b-3']) expect(bundle.text).toContain(`https://groeiwijzer.example/${key}`);
    expect(bundle.text).not.toContain('dubbel');
    expect((bundle.text?.match(/\/api\/unsubscribe\//g) ?? []).length).toBe(4); // one per part + all
    expect(header(bundle, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const [single] = await t.smtp.waitFor('bert@bouw.nl', 1);
    expect(single.subject).toBe('Stap "Teamoverleg" is aan de beurt');

    // Later that day a new reminder falls due: it waits for tomorrow.
    await remind('ans@bouw.nl', 'plan', 'b-5', 'Stap "Opleidingsplan" is aan de beurt', at('2030-03-04', 14));
    expect(await deliver(at('2030-03-04', 15))).toBe(0);
    expect(t.smtp.to('ans@bouw.nl')).toHaveLength(1);
    expect(await deliver(at('2030-03-05', 8))).toBe(1);
    const [, next] = await t.smtp.waitFor('ans@bouw.nl', 2);
    expect(next.subject).toBe('Stap "Opleidingsplan" is aan de beurt');
  });

  it('sends nothing between 21:00 and 07:00, and the day’s mail goes once even with two instances', async () => {
    expect(await remind('cor@bouw.nl', 'plan', 'q-1', 'Avondherinnering', at('2030-03-06', 22))).toBe(true);
    const [queued] = await t.db.query(`SELECT due_at FROM reminder_queue WHERE idempotency_key = 'q-1'`);
    expect(queued.due_at.toISOString()).toBe(at('2030-03-07', 7).toISOString());
    expect(await deliver(at('2030-03-06', 23))).toBe(0);
    const bundler = t.app.get(ReminderBundler);
    const [a, b] = await Promise.all([bundler.releaseDue(at('2030-03-07', 7)), bundler.releaseDue(at('2030-03-07', 7))]);
    expect(a + b).toBe(1);
    await deliver(at('2030-03-07', 8));
    // The app's own sender may have taken the mail a moment earlier: wait for it to arrive.
    expect((await t.smtp.waitFor('cor@bouw.nl', 1)).map((m) => m.subject)).toEqual(['Avondherinnering']);
  });

  it('sends nothing to someone who switched that kind off, and one click on a bundle stops all reminders', async () => {
    await t.app.get(NotificationsService).setPreferences('dirk@bouw.nl', { plan: false });
    expect(await remind('dirk@bouw.nl', 'plan', 'u-1', 'Planstap', at('2030-03-10', 9))).toBe(false);
    await remind('dirk@bouw.nl', 'schemes', 'u-2', 'Regeling sluit', at('2030-03-10', 9));
    await remind('dirk@bouw.nl', 'rescan', 'u-3', 'Tijd voor een nieuwe scan', at('2030-03-10', 9));
    await deliver(at('2030-03-10', 10));
    const [bundle] = await t.smtp.waitFor('dirk@bouw.nl', 1);
    expect(bundle.text).not.toContain('Planstap');
    const url = /^<(.+)>$/.exec(header(bundle, 'list-unsubscribe'))![1].replace(/^https?:\/\/[^/]+/, t.baseUrl);
    const click = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(await click.json()).toEqual({ status: 'unsubscribed', kind: 'all' });
    await remind('dirk@bouw.nl', 'schemes', 'u-4', 'Nog een regeling', at('2030-03-11', 9));
    expect(await deliver(at('2030-03-11', 10))).toBe(0);
    expect(t.smtp.to('dirk@bouw.nl')).toHaveLength(1);
  });
});

describe('reminders around midnight, with quiet hours off (a test setup)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ QUIET_HOURS: 'off' });
  });
  afterAll(() => t.close());

  it('mails a reminder once when two instances release it on either side of midnight', async () => {
    const evening = at('2030-05-06', 23);
    await t.db.transaction((m) => t.app.get(NotificationsService).enqueueReminder(m, {
      idempotencyKey: 'midnight-1', kind: 'plan', to: 'els@bouw.nl', locale: 'nl',
      mail: { subject: 'Planstap morgen', ...layout('nl', { greeting: 'Hallo,', lines: ['Morgen is het zover.'], action: { label: 'Bekijk', url: 'https://groeiwijzer.example/plan' }, footer: 'Groet' }) },
    }, evening));
    const bundler = t.app.get(ReminderBundler);
    const [a, b] = await Promise.all([
      bundler.releaseDue(new Date(evening.getTime() + 59 * 60_000 + 59_000)), // 23:59:59 on the 6th
      bundler.releaseDue(new Date(evening.getTime() + 60 * 60_000 + 1_000)), // 00:00:01 on the 7th
    ]);
    expect(a + b).toBe(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'els@bouw.nl'`);
    expect(n).toBe(1);
    // The day of the instance that found nothing left stays free for other reminders.
    const days = await t.db.query(`SELECT day::text AS day FROM reminder_days WHERE email = 'els@bouw.nl'`);
    expect(days).toHaveLength(1);
  });
});
