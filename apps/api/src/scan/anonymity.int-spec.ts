import { INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { MailSender } from '../mail/mail-sender.service';
import { type HttpClient } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { RoundResults } from './round-results.service';

const answers = (value: number) => Object.fromEntries(INSTRUMENT_V1.items.map((i) => [i.id, value]));
const DAY = 86_400_000;

/** What someone with a copy of the database could try: tie each stored answer to the invitation
 * (and so the person) it came from, through transaction ids, physical order or times. */
describe('answers nobody can tie to a person, not even with the database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SURVEY_MAX_PER_ADDRESS: '20' });
  });
  afterAll(() => t.close());

  async function owner(employees = 40): Promise<{ client: HttpClient; orgId: string }> {
    const client = t.client();
    await client.signUp(`eigenaar-${Math.random().toString(36).slice(2, 8)}@bouw.nl`, 'Eigenaar');
    const orgId = (await client.post('/api/organisations', { name: 'Bouwbedrijf Oost', sector: 'F', region: 'twente', employees })).body.id;
    return { client, orgId };
  }

  async function round(o: { client: HttpClient; orgId: string }) {
    const r = await o.client.post(`/api/organisations/${o.orgId}/rounds`, { title: 'Scan', closesAt: t.clock.day(14) });
    expect(r.status).toBe(201);
    return r.body as { id: string; shareUrl: string };
  }

  /** Personal links for `n` invitees, in the order they were invited. */
  async function invite(o: { client: HttpClient }, roundId: string, n: number): Promise<{ email: string; link: string }[]> {
    const tag = Math.random().toString(36).slice(2, 8);
    const emails = Array.from({ length: n }, (_, i) => `medewerker${i}-${tag}@bouw.nl`);
    expect((await o.client.post(`/api/rounds/${roundId}/invitations`, { emails })).status).toBe(201);
    await t.app.get(MailSender).sendDue();
    const out = [];
    for (const email of emails) {
      const [mail] = await t.smtp.waitFor(email);
      out.push({ email, link: /\/s\/([\w-]+)/.exec(mail.text ?? '')![1] });
    }
    return out;
  }

  it('leaves no transaction id, physical order or time that pairs an answer with its invitation', async () => {
    const o = await owner();
    const r = await round(o);
    const invited = await invite(o, r.id, 10);
    const created = await t.db.query(`SELECT id, xmin::text AS xmin FROM scan_invitations WHERE round_id = $1`, [r.id]);
    const counts: number[] = [];
    for (const [i, { link }] of invited.entries()) {
      // The comment says who it was, so the test can check that nothing else does.
      expect((await t.client().post(`/api/survey/${link}`, { answers: answers(1 + (i % 5)), comment: `antwoord ${i}` })).status).toBe(201);
      counts.push((await o.client.get(`/api/rounds/${r.id}`)).body.responded);
      if (i === 1) {
        // Two answers wait; their invitations were not written to (no new transaction id on
        // them), and the waiting answers carry no time or day at all.
        const now = await t.db.query(`SELECT id, xmin::text AS xmin FROM scan_invitations WHERE round_id = $1`, [r.id]);
        expect(now).toEqual(expect.arrayContaining(created));
        const columns = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'scan_response_inbox' ORDER BY 1`);
        expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['answers', 'comment', 'group_name', 'id', 'round_id']);
      }
    }
    // The owner sees answers arrive in steps of three, never one at a time.
    expect(counts).toEqual([0, 0, 3, 3, 3, 6, 6, 6, 9, 9]);
    // A used link answers no more, and says so.
    expect((await t.client().post(`/api/survey/${invited[4].link}`, { answers: answers(3) })).status).toBe(409);

    expect((await o.client.post(`/api/rounds/${r.id}/close`)).status).toBe(200);
    const stored: { xmin: string; ctid: string; comment: string; submitted_on: string }[] = await t.db.query(
      `SELECT xmin::text AS xmin, ctid::text AS ctid, comment, submitted_on::text AS submitted_on FROM scan_responses WHERE round_id = $1`, [r.id]);
    expect(stored).toHaveLength(10);
    // One transaction wrote them all ...
    expect(new Set(stored.map((s) => s.xmin)).size).toBe(1);
    // ... in an order that is not the order they came in (10! orders: the chance of this one is 1 in 3.6 million) ...
    const physical = [...stored].sort((a, b) => (a.ctid < b.ctid ? -1 : 1)).map((s) => Number(s.comment.split(' ')[1]));
    expect(physical).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // ... and with at most the day of a batch of three or more.
    const days = new Map<string, number>();
    for (const s of stored) days.set(s.submitted_on, (days.get(s.submitted_on) ?? 0) + 1);
    expect([...days.values()].every((n) => n >= 3)).toBe(true);
    // The invitations were marked answered in groups, never one alone.
    const marked: { xmin: string; n: number }[] = await t.db.query(
      `SELECT xmin::text AS xmin, count(*)::int AS n FROM scan_invitations WHERE round_id = $1 AND responded GROUP BY 1`, [r.id]);
    expect(marked.reduce((n, m) => n + m.n, 0)).toBe(10);
    expect(marked.every((m) => m.n >= 3 || m.xmin === stored[0].xmin)).toBe(true);
    expect(await t.db.query(`SELECT 1 FROM scan_response_inbox WHERE round_id = $1`, [r.id])).toHaveLength(0);
  });

  it('keeps only hashes of personal and report links, and forgets addresses 30 days after closing', async () => {
    const o = await owner();
    const r = await round(o);
    const [{ link, email }] = await invite(o, r.id, 1);
    const shared = (await o.client.post(`/api/rounds/${r.id}/report-share`)).body.reportShareUrl as string;
    const reportToken = shared.split('/rapport/')[1];
    const dump = JSON.stringify(await t.db.query(
      `SELECT (SELECT json_agg(i) FROM scan_invitations i WHERE round_id = $1) AS invitations,
              (SELECT json_agg(t) FROM scan_invitation_tokens t JOIN scan_invitations i ON i.id = t.invitation_id WHERE i.round_id = $1) AS links,
              (SELECT json_agg(r) FROM scan_rounds r WHERE id = $1) AS round`, [r.id]));
    expect(dump).not.toContain(link);
    expect(dump).not.toContain(reportToken);
    // The link still works (by its hash), the report link too; once re-shared the old one stops.
    expect((await t.client().get(`/api/survey/${link}`)).status).toBe(200);
    expect((await o.client.get(`/api/rounds/${r.id}`)).body).toMatchObject({ reportShared: true, reportShareUrl: null });
    await o.client.post(`/api/rounds/${r.id}/report-share`);
    expect((await t.client().get(`/api/shared-reports/${reportToken}`)).status).toBe(404);

    await t.client().post(`/api/survey/${link}`, { answers: answers(4) });
    await o.client.post(`/api/rounds/${r.id}/close`);
    t.clock.advance(29 * DAY);
    await t.app.get(RoundResults).moveWaiting();
    expect((await t.db.query(`SELECT email FROM scan_invitations WHERE round_id = $1`, [r.id]))[0].email).toBe(email);
    t.clock.advance(2 * DAY);
    await t.app.get(RoundResults).moveWaiting();
    expect((await t.db.query(`SELECT email FROM scan_invitations WHERE round_id = $1`, [r.id]))[0].email).toBeNull();
  });

  it('takes one answer per browser through the shared link, limits one address, and tells the owner of a burst', async () => {
    const o = await owner(200);
    const r = await round(o);
    const token = r.shareUrl.split('/s/')[1];
    const browser = t.client();
    expect((await browser.post(`/api/survey/${token}`, { answers: answers(4) })).status).toBe(201);
    const again = await browser.post(`/api/survey/${token}`, { answers: answers(1) });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('Vanaf dit apparaat is deze vragenlijst al ingevuld');
    expect((await browser.get(`/api/survey/${token}`)).status).toBe(409);

    // 60 "browsers" behind one address, all at once (60 answers in well under a second).
    const results = await Promise.all(Array.from({ length: 60 }, () => t.client().post(`/api/survey/${token}`, { answers: answers(5) })));
    const statuses = results.map((x) => x.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(19); // 20 per address per 10 minutes, the first one included
    expect(statuses.filter((s) => s === 429)).toHaveLength(41);
    expect(results.find((x) => x.status === 429)!.body.error).toBe('too_many_answers');
    const detail = (await o.client.get(`/api/rounds/${r.id}`)).body;
    expect(detail.alerts.map((a: { kind: string }) => a.kind).sort()).toEqual(['burst', 'refused']);
    expect(detail.alerts.find((a: { kind: string }) => a.kind === 'refused').count).toBe(41);

    // Ten minutes later the address may answer again.
    t.clock.advance(11 * 60_000);
    expect((await t.client().post(`/api/survey/${token}`, { answers: answers(5) })).status).toBe(201);
  });

  it('takes no more answers through the shared link than the company has employees', async () => {
    const o = await owner(6);
    const r = await round(o);
    const token = r.shareUrl.split('/s/')[1];
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await t.client().post(`/api/survey/${token}`, { answers: answers(3) })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 409, 409]);
    await o.client.post(`/api/rounds/${r.id}/close`);
    expect((await o.client.get(`/api/rounds/${r.id}/report`)).body.respondents).toBe(6);
  });

  it('lets the owner close the shared link (personal links keep working) and open it again', async () => {
    const o = await owner();
    const r = await round(o);
    const token = r.shareUrl.split('/s/')[1];
    const [{ link }] = await invite(o, r.id, 1);
    const stranger = t.client();
    await stranger.signUp(`vreemde-${Math.random().toString(36).slice(2, 8)}@elders.nl`);
    expect((await stranger.request('DELETE', `/api/rounds/${r.id}/shared-link`)).status).toBe(404);

    const closed = await o.client.request('DELETE', `/api/rounds/${r.id}/shared-link`);
    expect(closed.status).toBe(200);
    expect(closed.body.sharedLinkClosed).toBe(true);
    const refused = await t.client().post(`/api/survey/${token}`, { answers: answers(3) });
    expect(refused.status).toBe(410);
    expect(refused.body.error).toBe('link_closed');
    expect((await t.client().get(`/api/survey/${token}`)).status).toBe(410);
    expect((await t.client().post(`/api/survey/${link}`, { answers: answers(3) })).status).toBe(201);

    expect((await o.client.post(`/api/rounds/${r.id}/shared-link`)).body.sharedLinkClosed).toBe(false);
    expect((await t.client().post(`/api/survey/${token}`, { answers: answers(3) })).status).toBe(201);
  });
});
