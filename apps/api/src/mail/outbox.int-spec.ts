import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { OutboxRepository } from './outbox.repository';
import { MailSender } from './mail-sender.service';
import { OutboxService } from './outbox.service';

describe('the outbox and its sender, against a real SMTP peer', () => {
  let t: TestApp;
  let outbox: OutboxService;
  let sender: MailSender;

  // The background sender of the app is slowed right down, so each test drives delivery itself.
  beforeAll(async () => {
    t = await startTestApp({ MAIL_POLL_MS: '60000', ADMIN_EMAIL: 'beheer@groeiwijzer.nl', ADMIN_PASSWORD: 'beheer-wachtwoord-lang' });
    outbox = t.app.get(OutboxService);
    sender = t.app.get(MailSender);
  });
  afterAll(() => t.close());

  const mail = (key: string, to: string) => ({
    idempotencyKey: key, kind: 'test', to, subject: `Onderwerp ${key}`, text: `Tekst ${key}`, html: `<p>Tekst ${key}</p>`,
  });

  it('sends nothing for a change that was rolled back, and once for a key enqueued twice', async () => {
    await t.app.get(DataSource).transaction(async (m) => {
      await outbox.enqueue(m, mail('rolled-back', 'weg@example.nl'));
      throw new Error('the change fails');
    }).catch(() => undefined);
    await t.app.get(DataSource).transaction(async (m) => {
      await outbox.enqueue(m, mail('twice', 'twee@example.nl'));
      await outbox.enqueue(m, mail('twice', 'twee@example.nl'));
    });
    await sender.sendDue();
    expect(t.smtp.to('weg@example.nl')).toHaveLength(0);
    expect(t.smtp.to('twee@example.nl')).toHaveLength(1);
  });

  it('keeps mail while SMTP refuses, backs off, and delivers every mail once when it recovers', async () => {
    const to = ['a@example.nl', 'b@example.nl', 'c@example.nl'];
    await t.app.get(DataSource).transaction(async (m) => {
      for (const address of to) await outbox.enqueue(m, mail(`retry-${address}`, address));
    });
    t.smtp.refuseNext = 2;
    expect(await sender.sendDue()).toBe(1);
    const waiting = await t.db.query(`SELECT to_address, status, attempts, next_attempt_at > now() AS later, last_error FROM mail_outbox WHERE idempotency_key LIKE 'retry-%' AND status <> 'sent'`);
    expect(waiting).toHaveLength(2);
    for (const row of waiting) {
      expect(row).toMatchObject({ status: 'pending', attempts: 1, later: true });
      expect(row.last_error).toContain('451');
    }
    expect(await sender.sendDue()).toBe(0); // backing off: not yet due
    await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
    expect(await sender.sendDue()).toBe(2);
    for (const address of to) expect(t.smtp.to(address)).toHaveLength(1);
  });

  it('with two senders on one database, each mail goes out exactly once', async () => {
    const to = Array.from({ length: 60 }, (_, i) => `ontvanger${i}@example.nl`);
    await t.app.get(DataSource).transaction(async (m) => {
      for (const address of to) await outbox.enqueue(m, mail(`pair-${address}`, address));
    });
    // A second instance's sender: same database, its own SMTP connection.
    const second = new MailSender(new OutboxRepository(t.app.get(DataSource)), t.config, t.smtp.url);
    const [a, b] = await Promise.all([sender.sendDue(), second.sendDue()]);
    await second.onApplicationShutdown();
    expect(a + b).toBe(60);
    for (const address of to) expect(t.smtp.to(address)).toHaveLength(1);
    const [{ sent }] = await t.db.query(`SELECT count(*)::int AS sent FROM mail_outbox WHERE idempotency_key LIKE 'pair-%' AND status = 'sent'`);
    expect(sent).toBe(60);
  });

  it('shows the admin what is pending, sent and failed, and sends a failed mail again', async () => {
    await t.app.get(DataSource).transaction((m) => outbox.enqueue(m, mail('delivered', 'heel@example.nl')));
    await sender.sendDue();
    await t.app.get(DataSource).transaction((m) => outbox.enqueue(m, mail('given-up', 'kapot@example.nl')));
    await t.db.query(`UPDATE mail_outbox SET status = 'dead', attempts = 8, last_error = '550 mailbox full' WHERE idempotency_key = 'given-up'`);

    const someone = t.client();
    await someone.signUp('gewoon@example.nl');
    expect((await someone.get('/api/admin/outbox')).status).toBe(403);

    const admin = t.client();
    await admin.post('/api/auth/login', { email: 'beheer@groeiwijzer.nl', password: 'beheer-wachtwoord-lang' });
    const view = await admin.get('/api/admin/outbox?status=dead');
    expect(view.status).toBe(200);
    expect(view.body.counts.dead).toBe(1);
    expect(view.body.counts.sent).toBeGreaterThan(0);
    expect(view.body.mails).toEqual([expect.objectContaining({ to: 'kapot@example.nl', status: 'dead', attempts: 8, lastError: '550 mailbox full' })]);
    expect(JSON.stringify(view.body)).not.toContain('Tekst given-up');

    expect((await admin.post(`/api/admin/outbox/${view.body.mails[0].id}/resend`)).body).toEqual({ status: 'pending' });
    await sender.sendDue();
    expect(t.smtp.to('kapot@example.nl')).toHaveLength(1);
    expect((await admin.get('/api/admin/outbox?status=dead')).body.counts.dead).toBe(0);
  });
});
