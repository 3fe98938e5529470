import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { strFromU8, unzipSync } from 'fflate';
import { MailSender } from '../mail/mail-sender.service';
import { ADMIN, adminClient, publisherEditor } from '../testing/catalogue-fixtures';
import { type HttpClient } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { PrivacyService } from './privacy.service';

const DAY = 86_400_000;
const answers = (value: number) => Object.fromEntries(INSTRUMENT_V1.items.map((i) => [i.id, value]));
const tag = () => Math.random().toString(36).slice(2, 8);

describe('privacy rights: export and erasure, with an audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN, QUIET_HOURS: 'off' });
  });
  afterAll(() => t.close());

  async function mailAbout(to: string, subject: string) {
    for (let i = 0; i < 100; i++) {
      const mail = t.smtp.to(to).find((m) => m.subject?.includes(subject));
      if (mail) return mail;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail "${subject}" to ${to}`);
  }

  /** An owner with an organisation, a closed round with a report, and an invited employee. */
  async function organisation(): Promise<{ owner: HttpClient; email: string; orgId: string; roundId: string; employee: string }> {
    const owner = t.client();
    const email = `eigenaar-${tag()}@drukkerij.nl`;
    await owner.signUp(email, 'Dirk');
    const orgId = (await owner.post('/api/organisations', { name: `Drukkerij ${tag()}`, sector: 'C', region: 'twente', employees: 20 })).body.id;
    const round = (await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Voorjaarsscan', closesAt: t.clock.day(10) })).body;
    const employee = `medewerker-${tag()}@drukkerij.nl`;
    await owner.post(`/api/rounds/${round.id}/invitations`, { emails: [employee] });
    for (let i = 0; i < 5; i++) await t.client().post(`/api/survey/${round.shareUrl.split('/s/')[1]}`, { answers: answers(2 + (i % 3)), comment: `opmerking ${i}` });
    await owner.post(`/api/rounds/${round.id}/close`);
    await t.app.get(MailSender).sendDue();
    return { owner, email, orgId, roundId: round.id, employee };
  }

  it('exports everything about an organisation as JSON and as a zip of CSV files, the answers only as the report shows them', async () => {
    const o = await organisation();
    const json = await fetch(`${t.baseUrl}/api/organisations/${o.orgId}/export`, { headers: { cookie: o.owner.cookieHeader } });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(/attachment; filename="groeiwijzer-organisatie-\d{4}-\d{2}-\d{2}\.json"/);
    const data = (await json.json()) as Record<string, Record<string, unknown>[]>;
    expect(data.organisation[0].id).toBe(o.orgId);
    expect(data.members).toEqual([{ name: 'Dirk', email: o.email, role: 'owner' }]);
    expect(data.invitations[0].email).toBe(o.employee);
    expect(data.rounds[0]).toMatchObject({ title: 'Voorjaarsscan', status: 'closed', invited: 1, responded: 5 });
    expect(data.reports[0]).toMatchObject({ roundId: o.roundId, status: 'ready', respondents: 5 });
    // No answer row by row: what the report shows (behind the threshold), nothing more.
    expect(JSON.stringify(data)).not.toContain('"answers":{"wc1"');
    expect(data).not.toHaveProperty('responses');

    const zip = await fetch(`${t.baseUrl}/api/organisations/${o.orgId}/export?format=csv`, { headers: { cookie: o.owner.cookieHeader } });
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(
      ['dismissedRecommendations.csv', 'invitations.csv', 'members.csv', 'organisation.csv', 'planSteps.csv', 'referrals.csv', 'reports.csv', 'rounds.csv', 'selfAssessments.csv'],
    );
    expect(strFromU8(files['members.csv'])).toContain(`Dirk,${o.email},owner`);

    // Another organisation's owner, a bad format: refused, and the export is in the audit log.
    const stranger = await organisation();
    expect((await stranger.owner.get(`/api/organisations/${o.orgId}/export`)).status).toBe(404);
    expect((await o.owner.get(`/api/organisations/${o.orgId}/export?format=xml`)).body.fields).toEqual({ format: 'is geen geldige keuze' });
    const admin = await adminClient(t);
    const audit = (await admin.get(`/api/admin/audit?action=organisation.exported`)).body;
    expect(audit.filter((a: { target: { id: string } }) => a.target.id === o.orgId).map((a: { details: { format: string } }) => a.details.format).sort()).toEqual(['csv', 'json']);
    expect((await o.owner.get('/api/admin/audit')).status).toBe(403);
  });

  it('erases an organisation after the grace period announced by mail, unless an owner undoes it; its mail goes too', async () => {
    const o = await organisation();
    const asked = await o.owner.request('DELETE', `/api/organisations/${o.orgId}`);
    expect(asked.status).toBe(202);
    const eraseAfter = new Date(asked.body.eraseAfter);
    expect(Math.round((eraseAfter.getTime() - t.clock.now().getTime()) / DAY)).toBe(14);
    expect((await o.owner.get(`/api/organisations/${o.orgId}`)).body.eraseAfter).toBe(asked.body.eraseAfter);
    await t.app.get(MailSender).sendDue();
    const mail = await mailAbout(o.email, 'wordt op');
    expect(mail.text).toContain(`/organisaties/${o.orgId}`);

    // Undone within the period: nothing happens at its end.
    expect((await o.owner.post(`/api/organisations/${o.orgId}/restore`)).status).toBe(204);
    t.clock.set(new Date(eraseAfter.getTime() + DAY));
    await t.app.get(PrivacyService).eraseDue();
    expect(await t.db.query(`SELECT 1 FROM organisations WHERE id = $1`, [o.orgId])).toHaveLength(1);

    // Asked again and left: at the end it is gone, with its rounds, answers and mail.
    await o.owner.post('/api/auth/login', { email: o.email, password: 'een-lang-wachtwoord' });
    const again = await o.owner.request('DELETE', `/api/organisations/${o.orgId}`);
    const waitingMails = Number((await t.db.query(`SELECT count(*) FROM mail_outbox WHERE lower(to_address) = $1`, [o.employee]))[0].count);
    expect(waitingMails).toBeGreaterThan(0); // the invitation
    t.clock.set(new Date(new Date(again.body.eraseAfter).getTime() + 60_000));
    const [a, b] = await Promise.all([t.app.get(PrivacyService).eraseDue(), t.app.get(PrivacyService).eraseDue()]);
    expect(a.organisations + b.organisations).toBe(1);
    expect(await t.db.query(`SELECT 1 FROM organisations WHERE id = $1`, [o.orgId])).toHaveLength(0);
    expect(await t.db.query(`SELECT 1 FROM scan_rounds WHERE id = $1`, [o.roundId])).toHaveLength(0);
    expect(await t.db.query(`SELECT 1 FROM scan_responses WHERE round_id = $1`, [o.roundId])).toHaveLength(0);
    expect(await t.db.query(`SELECT 1 FROM mail_outbox WHERE lower(to_address) = $1 OR text_body LIKE '%' || $2 || '%'`, [o.employee, o.roundId])).toHaveLength(0);
    const admin = await adminClient(t);
    const erased = (await admin.get('/api/admin/audit?action=organisation')).body.filter((x: { target: { id: string } }) => x.target.id === o.orgId);
    expect(erased.map((x: { action: string }) => x.action)).toEqual(
      ['organisation.erased', 'organisation.erasure_requested', 'organisation.restored', 'organisation.erasure_requested'],
    );
    expect(erased[0].details).toMatchObject({ rounds: 1, addresses: 1 });
    expect(JSON.stringify(erased)).not.toContain('opmerking');
  });

  it('exports and erases an account; one that alone owns an organisation or edits a publisher must hand it over first', async () => {
    const o = await organisation();
    const exported = await fetch(`${t.baseUrl}/api/me/export`, { headers: { cookie: o.owner.cookieHeader } });
    const data = (await exported.json()) as Record<string, Record<string, unknown>[]>;
    expect(data.account[0].email).toBe(o.email);
    expect(data.organisations.map((x) => x.id)).toEqual([o.orgId]);
    expect(JSON.stringify(data)).not.toContain('password');

    const refused = await o.owner.request('DELETE', '/api/me');
    expect(refused.status).toBe(409);
    expect(refused.body.fields).toEqual({ organisations: 'jij bent de enige eigenaar' });
    const { editor } = await publisherEditor(t);
    expect((await editor.request('DELETE', '/api/me')).body.fields).toEqual({ publishers: 'jij bent de laatste redacteur' });

    // Someone without such duties goes, after the grace period; their mail and sessions too.
    const person = t.client();
    const email = `iemand-${tag()}@voorbeeld.nl`;
    const user = await person.signUp(email, 'Iemand');
    await person.patch('/api/me/notification-preferences', { plan: false });
    const asked = await person.request('DELETE', '/api/me');
    expect(asked.status).toBe(202);
    await t.app.get(MailSender).sendDue();
    expect((await mailAbout(email, 'wordt op')).text).toContain('/instellingen/account');
    t.clock.set(new Date(new Date(asked.body.eraseAfter).getTime() + 60_000));
    expect((await t.app.get(PrivacyService).eraseDue()).accounts).toBe(1);
    expect(await t.db.query(`SELECT 1 FROM users WHERE id = $1`, [user.id])).toHaveLength(0);
    expect(await t.db.query(`SELECT 1 FROM mail_outbox WHERE lower(to_address) = $1`, [email])).toHaveLength(0);
    expect(await t.db.query(`SELECT 1 FROM mail_preferences WHERE email = $1`, [email])).toHaveLength(0);
    expect((await person.get('/api/auth/me')).status).toBe(401);
  });
});
