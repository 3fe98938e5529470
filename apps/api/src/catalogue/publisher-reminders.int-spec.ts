import { MailSender } from '../mail/mail-sender.service';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { startTestApp, type TestApp } from '../testing/test-app';
import { isoWeek, PublisherRemindersJob } from './publisher-reminders.job';
import { ADMIN, publisherEditor, published, scheme, training } from '../testing/catalogue-fixtures';

describe('reminders for publishers: stale items and the weekly demand digest', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  async function deliver(): Promise<void> {
    await t.db.query(`UPDATE reminder_queue SET due_at = now() WHERE status = 'pending'`);
    await t.app.get(ReminderBundler).releaseDue(new Date(Date.now() + 1000)).catch(() => 0);
    // Quiet hours at the real clock are not the point here: release at a daytime moment too.
    await t.app.get(ReminderBundler).releaseDue(new Date(`${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}T11:00:00+01:00`));
    await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
    await t.app.get(MailSender).sendDue();
  }

  it('tells the members which items were not verified for 12 months, once, then again after 30 days', async () => {
    const { editor, publisherId } = await publisherEditor(t, { name: 'Leerwerkloket Oost' });
    const me = (await editor.get('/api/auth/me')).body.user;
    const old = await published(editor, publisherId, scheme({ title: 'Oude regeling' }));
    await published(editor, publisherId, training({ title: 'Verse training' }));
    await t.db.query(`UPDATE catalogue_items SET verified_on = current_date - interval '13 months' WHERE id = $1`, [old]);

    const job = t.app.get(PublisherRemindersJob);
    const [a, b] = await Promise.all([job.remindStale(), job.remindStale()]);
    expect(a + b).toBe(1);
    await deliver();
    const [mail] = await t.smtp.waitFor(me.email, 1);
    expect(mail.subject).toBe('1 item(s) van Leerwerkloket Oost al een jaar niet gecontroleerd');
    expect(mail.text).toContain('• Oude regeling');
    expect(mail.text).not.toContain('Verse training');
    expect(mail.text).toContain(`/uitgever/${publisherId}?status=needsVerification`);

    expect(await job.remindStale()).toBe(0);
    await t.db.query(`UPDATE catalogue_items SET verification_reminded_on = current_date - 31 WHERE id = $1`, [old]);
    expect(await job.remindStale()).toBe(1);
    // Verified: no more reminders.
    await editor.post(`/api/items/${old}/verify`);
    await t.db.query(`UPDATE catalogue_items SET verification_reminded_on = current_date - 31 WHERE id = $1`, [old]);
    expect(await job.remindStale()).toBe(0);
  });

  it('sends a weekly digest of what was searched in the publisher’s regions, and what found nothing', async () => {
    const { editor, publisherId } = await publisherEditor(t, { name: 'Sectortafel Zorg Twente' });
    const me = (await editor.get('/api/auth/me')).body.user;
    await t.db.query(`DELETE FROM search_log`);
    const visitor = t.client();
    for (const q of ['subsidie', 'subsidie', 'robotlassen', 'robotlassen', 'robotlassen']) await visitor.get(`/api/search?q=${q}%20&region=twente`);
    await visitor.get('/api/search?q=havenkranen%20&region=rijnmond'); // another region: not in this digest
    await new Promise((r) => setTimeout(r, 1300)); // the search log is written in batches each second

    const job = t.app.get(PublisherRemindersJob);
    await job.sendDigests();
    await job.sendDigests(); // same week: nothing new
    await deliver();
    const mails = (await t.smtp.waitFor(me.email, 1)).filter((m) => m.subject?.startsWith('Vraag van deze week'));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Vraag van deze week voor Sectortafel Zorg Twente: 1 zoekvragen zonder aanbod');
    expect(mails[0].text).toContain('"robotlassen" (3×)');
    expect(mails[0].text).toContain('"subsidie" (2×)'); // searched most, and found something
    expect(mails[0].text).not.toContain('havenkranen');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM publisher_digests WHERE publisher_id = $1 AND week = $2`, [publisherId, isoWeek(new Date().toISOString().slice(0, 10))]);
    expect(n).toBe(1);
  });

  it('numbers ISO weeks correctly around the new year', () => {
    expect(isoWeek('2026-11-28')).toBe('2026-W48');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
  });
});
