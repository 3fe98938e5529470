import { type RecommendationsResponse } from '@groeiwijzer/contracts';
import { PublisherRemindersJob } from '../catalogue/publisher-reminders.job';
import { MailSender } from '../mail/mail-sender.service';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { ADMIN, publisherEditor } from '../testing/catalogue-fixtures';
import { catalogue, fitting, scannedOwner } from '../testing/matching-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

/* Publishers of a region hear when its coaches run out: a weak spot whose eligible coaches are
 * all full is recorded as such, and the weekly digest says so (a count only from 5 companies). */
describe('coach shortage: recorded by the recommendations, told to the region\'s publishers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN, QUIET_HOURS: 'off' });
  });
  afterAll(() => t.close());

  async function digestFor(email: string) {
    for (let i = 0; i < 100; i++) {
      await t.app.get(ReminderBundler).releaseDue(t.clock.now());
      await t.app.get(MailSender).sendDue();
      const found = t.smtp.to(email).find((m) => m.subject?.startsWith('Vraag van deze week'));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no digest for ${email}`);
  }

  /** `companies` organisations in `region` look for help with leadership; its one coach is full. */
  async function shortage(region: string, companies: number): Promise<void> {
    const cat = await catalogue(t);
    const coachId = await cat.add(fitting(t, 'coach', 'leadership', region, { coach: { coachType: 'consularis', entrepreneurExperience: true, capacity: 1 } }));
    const first = await scannedOwner(t, { region });
    expect((await first.client.post(`/api/organisations/${first.organisationId}/referrals`, { coachItemId: coachId, message: 'Graag hulp', share: 'none' })).status).toBe(201);
    for (let n = 0; n < companies; n++) {
      const owner = await scannedOwner(t, { weak: ['leadership', 'collaboration'], region });
      const r = await owner.client.get<RecommendationsResponse>(`/api/organisations/${owner.organisationId}/recommendations`);
      expect(r.body.gaps).toEqual(expect.arrayContaining([expect.objectContaining({ aspect: 'leadership', kind: 'coach', reason: 'none_eligible' })]));
    }
    const rows = await t.db.query(`SELECT cause, count(*)::int AS n FROM matching_gaps WHERE region = $1 AND kind = 'coach' AND aspect = 'leadership' GROUP BY cause`, [region]);
    expect(rows).toEqual([{ cause: 'full', n: companies }]);
  }

  it('names the number of companies from 5 on, and only that coaches are full below it', async () => {
    await shortage('gooi-en-vechtstreek', 5);
    await shortage('zaanstreek-waterland', 2);
    const { editor } = await publisherEditor(t, { regions: ['gooi-en-vechtstreek', 'zaanstreek-waterland', 'haaglanden'] });
    const me = (await editor.get('/api/auth/me')).body.user.email as string;
    await t.app.get(PublisherRemindersJob).sendDigests();
    const digest = await digestFor(me);
    expect(digest.text).toContain('In Gooi en Vechtstreek vonden 5 bedrijven geen coach met plek.');
    expect(digest.text).toContain('Coaches in Zaanstreek/Waterland zijn vol.');
    expect(digest.text).not.toMatch(/Zaanstreek\/Waterland vonden \d/);
    expect(digest.text).not.toContain('Haaglanden');
  });

  it('a coach gap where no coach exists at all is not a shortage', async () => {
    const region = 'holland-rijnland';
    const owner = await scannedOwner(t, { weak: ['leadership', 'collaboration'], region });
    await owner.client.get(`/api/organisations/${owner.organisationId}/recommendations`);
    expect(await t.db.query(`SELECT DISTINCT cause FROM matching_gaps WHERE organisation_id = $1 AND kind = 'coach'`, [owner.organisationId])).toEqual([{ cause: 'none' }]);
  });
});
