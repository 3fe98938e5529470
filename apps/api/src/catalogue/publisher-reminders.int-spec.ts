import { MailSender } from '../mail/mail-sender.service';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { outsideQuietHours } from '../notifications/kinds';
import { SearchLogService } from './search/search-log.service';
import { startTestApp, type TestApp } from '../testing/test-app';
import { isoWeek, PublisherRemindersJob } from './publisher-reminders.job';
import { ADMIN, publisherEditor, published, scheme, training } from '../testing/catalogue-fixtures';

describe('reminders for publishers: stale items and the weekly demand digest', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  /** Delivers what is waiting: by night the clock moves on to 07:00, when reminders may leave. */
  async function deliver(): Promise<void> {
    const at = outsideQuietHours(t.clock.now());
    t.clock.set(at);
    await t.app.get(ReminderBundler).releaseDue(at);
    await t.app.get(MailSender).sendDue();
  }

  it('tells the members which items were not verified for 12 months, once, then again after 30 days', async () => {
    const { editor, publisherId } = await publisherEditor(t, { name: 'Leerwerkloket Oost' });
    const me = (await editor.get('/api/auth/me')).body.user;
    const old = await published(editor, publisherId, scheme({ title: 'Oude regeling' }));
    await published(editor, publisherId, training({ title: 'Verse training' }));
    await t.db.query(`UPDATE catalogue_items SET verified_on = $2::date - interval '13 months' WHERE id = $1`, [old, t.clock.today()]);

    const job = t.app.get(PublisherRemindersJob);
    const [a, b] = await Promise.all([job.remindStale(), job.remindStale()]);
    expect(a + b).toBe(1);
    const remindedOn = t.clock.today();
    await deliver();
    const [mail] = await t.smtp.waitFor(me.email, 1);
    expect(mail.subject).toBe('1 item(s) van Leerwerkloket Oost al een jaar niet gecontroleerd');
    expect(mail.text).toContain('• Oude regeling');
    expect(mail.text).not.toContain('Verse training');
    expect(mail.text).toContain(`/uitgever/${publisherId}?status=needsVerification`);

    expect(await job.remindStale()).toBe(0);
    t.clock.setLocal(`${t.clock.day(29, remindedOn)}T12:00`);
    expect(await job.remindStale()).toBe(0);
    t.clock.setLocal(`${t.clock.day(30, remindedOn)}T12:00`);
    expect(await job.remindStale()).toBe(1);
    // Verified: no more reminders, 31 days later either.
    await editor.post('/api/auth/login', { email: me.email, password: 'een-lang-wachtwoord' });
    expect((await editor.post(`/api/items/${old}/verify`)).status).toBe(200);
    t.clock.advanceDays(31);
    expect(await job.remindStale()).toBe(0);
  });

  it('sends a weekly digest of what was searched in the publisher’s regions, and what found nothing', async () => {
    // A region of its own: the searches counted below are this test's alone.
    const { editor, publisherId } = await publisherEditor(t, { name: 'Sectortafel Zorg Drenthe', regions: ['drenthe'] });
    const me = (await editor.get('/api/auth/me')).body.user;
    await published(editor, publisherId, scheme({ title: 'Subsidie voor scholing in de zorg', regions: ['drenthe'] }));
    const visitor = t.client();
    for (const q of ['subsidie', 'subsidie', 'robotlassen', 'robotlassen', 'robotlassen']) await visitor.get(`/api/search?q=${q}%20&region=drenthe`);
    await visitor.get('/api/search?q=havenkranen%20&region=rijnmond'); // another region: not in this digest
    await t.app.get(SearchLogService).flush(); // the log is written in batches off the request path

    const job = t.app.get(PublisherRemindersJob);
    const week = isoWeek(t.clock.today());
    await job.sendDigests();
    await job.sendDigests(); // same week: nothing new
    await deliver();
    const mails = (await t.smtp.waitFor(me.email, 1)).filter((m) => m.subject?.startsWith('Vraag van deze week'));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Vraag van deze week voor Sectortafel Zorg Drenthe: 1 zoekvragen zonder aanbod');
    expect(mails[0].text).toContain('"robotlassen" (3×)');
    expect(mails[0].text).toContain('"subsidie" (2×)'); // searched most, and found something
    expect(mails[0].text).not.toContain('havenkranen');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM publisher_digests WHERE publisher_id = $1 AND week = $2`, [publisherId, week]);
    expect(n).toBe(1);
  });

  it('adds how the publisher’s own offers did this month: views, clicks and the most viewed item, never another publisher’s', async () => {
    const { editor, publisherId } = await publisherEditor(t, { name: 'Opleidingshuis Zeeland', regions: ['zeeland'] });
    const me = (await editor.get('/api/auth/me')).body.user;
    const popular = await published(editor, publisherId, training({ title: 'Veilig werken op hoogte in Zeeland', regions: ['zeeland'] }));
    await published(editor, publisherId, training({ title: 'Heftruck voor beginners in Zeeland', regions: ['zeeland'] }));
    const other = await publisherEditor(t, { name: 'Een andere uitgever', regions: ['zeeland'] });
    const elsewhere = await published(other.editor, other.publisherId, training({ title: 'Aanbod van een ander', regions: ['zeeland'] }));

    const visitor = t.client();
    for (const id of [popular, popular, elsewhere, elsewhere, elsewhere]) expect((await visitor.get(`/api/items/${id}`)).status).toBe(200);
    expect((await visitor.post(`/api/items/${popular}/clicks`, { target: 'contact' })).status).toBe(204);
    // Views are counted off the request path: wait until all five are there.
    for (let tries = 0; ; tries++) {
      const [{ n }] = await t.db.query(`SELECT coalesce(sum(count), 0)::int AS n FROM item_events WHERE item_id = ANY($1) AND kind = 'view'`, [[popular, elsewhere]]);
      if (n === 5) break;
      if (tries > 100) throw new Error(`views recorded: ${n} of 5`);
      await new Promise((r) => setTimeout(r, 50));
    }

    await t.app.get(PublisherRemindersJob).sendDigests();
    await deliver();
    const [mail] = (await t.smtp.waitFor(me.email, 1)).filter((m) => m.subject?.startsWith('Vraag van deze week'));
    expect(mail.text).toContain('Jullie aanbod deze maand tot nu toe: 2 keer bekeken, 1 klikken naar contact of website, 0 keer in een ontwikkelplan gezet, 0 aanvragen voor een coach.');
    expect(mail.text).toContain('Het meest bekeken: Veilig werken op hoogte in Zeeland.');
    expect(mail.text).not.toContain('Aanbod van een ander');
  });

  it('numbers ISO weeks correctly around the new year', () => {
    expect(isoWeek('2026-11-28')).toBe('2026-W48');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
  });
});
