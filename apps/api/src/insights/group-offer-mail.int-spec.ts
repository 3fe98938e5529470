import { randomBytes } from 'node:crypto';
import { type AspectKey, ASPECT_KEYS } from '@groeiwijzer/domain';
import { MailSender } from '../mail/mail-sender.service';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { signedIn } from '../testing/access-fixtures';
import { ADMIN, publisherEditor, published, training } from '../testing/catalogue-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { GroupOfferMailJob } from './group-offer-mail.job';

/** A weekday morning in the Netherlands, outside quiet hours (the clock the job is given). */
const MORNING = new Date('2031-03-04T10:00:00+01:00');

describe('"gezamenlijke vraag": one mail to opted-in owners when a group offer is published', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(ADMIN); }, 60_000);
  afterAll(() => t.close());

  /** An owner whose company (made through the API, with the opt-in as given) has a ready round
   * with these weak spots, written straight to the database. */
  async function company(region: string, opts: { weak: AspectKey[]; optIn: boolean; sector?: string; employees?: number }) {
    const person = await signedIn(t, 'eigenaar');
    const created = await person.client.post('/api/organisations', {
      name: `Bedrijf ${randomBytes(3).toString('hex')}`, sector: opts.sector ?? 'C', region, employees: opts.employees ?? 12,
      ...(opts.optIn ? { groupOfferMail: true } : {}),
    });
    expect(created.status).toBe(201);
    expect(created.body.groupOfferMail).toBe(opts.optIn);
    const aspects = Object.fromEntries(ASPECT_KEYS.map((a) => [a, opts.weak.includes(a) ? 2.1 : 3.9]));
    await t.db.query(
      `INSERT INTO scan_rounds (organisation_id, title, instrument_version, status, closes_at, min_responses, share_token, closed_at, results)
       VALUES ($1, 'Leerscan', 1, 'closed', now(), 5, $2, now(), $3)`,
      [created.body.id, randomBytes(12).toString('hex'), JSON.stringify({ respondents: 6, withheld: false, aspects, view: { weakSpots: opts.weak } })],
    );
    return { email: person.email, organisationId: created.body.id as string, client: person.client };
  }

  async function deliver(): Promise<void> {
    await t.app.get(ReminderBundler).releaseDue(new Date(MORNING.getTime() + 30 * 60_000));
    await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
    await t.app.get(MailSender).sendDue();
  }

  const run = () => t.app.get(GroupOfferMailJob).run(MORNING);

  it('tells the opted-in owners the offer is eligible for, once, and nobody else', async () => {
    const region = 'zeeland';
    const told = [await company(region, { weak: ['collaboration'], optIn: true }), await company(region, { weak: ['collaboration', 'leadership'], optIn: true, sector: 'F' })];
    const notOptedIn = await company(region, { weak: ['collaboration'], optIn: false });
    // Shares the need (counts for the 5) but the offer is not for its sector.
    const otherSector = await company(region, { weak: ['collaboration'], optIn: true, sector: 'Q' });
    await company(region, { weak: ['collaboration'], optIn: false, employees: 3 });
    // Weak on another aspect: not part of this demand.
    const otherAspect = await company(region, { weak: ['leadership'], optIn: true });
    await run(); // whatever was published before (nothing here) is looked at

    const { editor, publisherId } = await publisherEditor(t, { regions: [region] });
    const itemId = await published(editor, publisherId, training({
      title: 'Samen sterker: teamleren in Zeeland', aspects: ['collaboration'], regions: [region], sectors: ['C', 'F'], sizeClasses: [],
    }));
    expect(await run()).toEqual({ items: 1, mails: 2 });
    await deliver();
    for (const owner of told) {
      const [mail] = await t.smtp.waitFor(owner.email, 1);
      expect(mail.subject).toBe(`Nieuw in Zeeland: aanbod voor waar ${(await owner.client.get(`/api/organisations/${owner.organisationId}`)).body.name} aan wil werken`);
      expect(mail.text).toContain('Samen sterker: teamleren in Zeeland');
      expect(mail.text).toContain(`/catalogus/${itemId}`);
      expect(mail.text).toContain('/api/unsubscribe/');
      // Nothing about the other companies.
      expect(mail.text).not.toMatch(/\b[5-9] bedrijven\b/);
    }
    for (const other of [notOptedIn, otherSector, otherAspect]) expect(t.smtp.to(other.email)).toHaveLength(0);

    // Looked at once: a second run (or a second instance) mails nobody again.
    expect(await run()).toEqual({ items: 0, mails: 0 });
    // A second offer for the same need is no group offer any more: the first answers it.
    await published(editor, publisherId, training({ title: 'Teamdag', aspects: ['collaboration'], regions: [region], sectors: [], sizeClasses: [] }));
    expect(await run()).toEqual({ items: 1, mails: 0 });
    await deliver();
    for (const owner of told) expect(t.smtp.to(owner.email)).toHaveLength(1);
  });

  it('mails nobody when fewer than 5 companies share the need, or when an offer already answered it', async () => {
    const few = [];
    for (let i = 0; i < 4; i++) few.push(await company('drenthe', { weak: ['work_content'], optIn: true }));
    const { editor, publisherId } = await publisherEditor(t, { regions: ['drenthe', 'friesland'] });
    await published(editor, publisherId, training({ title: 'Vakmanschap in Drenthe', aspects: ['work_content'], regions: ['drenthe'], sectors: [], sizeClasses: [] }));
    expect((await run()).mails).toBe(0);

    const answered = [];
    for (let i = 0; i < 5; i++) answered.push(await company('friesland', { weak: ['outside_connection'], optIn: true }));
    // A nationwide offer (from a nationwide publisher) answers it first.
    const national = await publisherEditor(t);
    await published(national.editor, national.publisherId, training({ title: 'Netwerken voor het mkb', aspects: ['outside_connection'], regions: ['landelijk'], sectors: [], sizeClasses: [] }));
    await published(editor, publisherId, training({ title: 'Netwerken in Fryslân', aspects: ['outside_connection'], regions: ['friesland'], sectors: [], sizeClasses: [] }));
    const result = await run();
    // The nationwide one was the first answer: it is the group offer, the regional one is not.
    expect(result.mails).toBe(5);
    await deliver();
    for (const owner of [...few]) expect(t.smtp.to(owner.email)).toHaveLength(0);
    for (const owner of answered) {
      const mails = await t.smtp.waitFor(owner.email, 1);
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain('Netwerken voor het mkb');
    }
  });

  it('works through more items than one batch in one run (an import)', async () => {
    await run();
    const { editor, publisherId } = await publisherEditor(t, { regions: ['zuid-limburg'] });
    for (let i = 0; i < 51; i++) {
      await published(editor, publisherId, training({ title: `Cursus ${i} in Zuid-Limburg`, regions: ['zuid-limburg'], sectors: [], sizeClasses: [] }));
    }
    expect(await run()).toEqual({ items: 51, mails: 0 });
    expect(await run()).toEqual({ items: 0, mails: 0 });
  }, 60_000);

  it('keeps the opt-in on the organisation: owners switch it, bad values get a 400 naming the field', async () => {
    const owner = await company('flevoland', { weak: ['leadership'], optIn: false });
    const on = await owner.client.patch(`/api/organisations/${owner.organisationId}`, { groupOfferMail: true });
    expect(on.status).toBe(200);
    expect(on.body.groupOfferMail).toBe(true);
    for (const bad of [null, 'ja']) {
      const r = await owner.client.patch(`/api/organisations/${owner.organisationId}`, { groupOfferMail: bad });
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain('groupOfferMail');
    }
    const stranger = await signedIn(t, 'vreemde');
    expect((await stranger.client.patch(`/api/organisations/${owner.organisationId}`, { groupOfferMail: false })).status).toBe(404);
    expect((await owner.client.get(`/api/organisations/${owner.organisationId}`)).body.groupOfferMail).toBe(true);
  });
});
