import { ASPECTS, INSTRUMENT_V1 } from '@groeiwijzer/domain';
import { type HttpClient } from '../testing/http-client';
import { pdfText } from '../testing/pdf-text';
import { startTestApp, type TestApp } from '../testing/test-app';

const ITEMS = INSTRUMENT_V1.items;

/** Every statement answered `value`, except the overrides. */
function answers(value: number | null, overrides: Record<string, number | null> = {}): Record<string, number | null> {
  return { ...Object.fromEntries(ITEMS.map((i) => [i.id, value])), ...overrides };
}

const tokenOf = (url: string) => url.split('/s/')[1];

describe('the scan through the HTTP API', () => {
  let t: TestApp;
  let owner: HttpClient;
  let orgId: string;

  async function newRound(body: Record<string, unknown> = {}, client = owner, organisation = orgId) {
    const r = await client.post(`/api/organisations/${organisation}/rounds`, { title: 'Scan najaar', closesAt: t.clock.day(14), ...body });
    expect(r.status).toBe(201);
    return r.body as { id: string; shareUrl: string; minResponses: number; closesAt: string };
  }

  async function respond(shareUrl: string, body: Record<string, unknown>) {
    return t.client().post(`/api/survey/${tokenOf(shareUrl)}`, body);
  }

  /** An owner with an organisation of their own (sector C, Twente unless said otherwise). */
  async function newOrganisation(profile: { sector?: string; region?: string } = {}) {
    const client = t.client();
    await client.signUp(`eigenaar-${Math.random().toString(36).slice(2, 8)}@metaal.nl`, 'Eigenaar');
    const id = (await client.post('/api/organisations', { name: 'Metaal Twente', sector: 'C', region: 'twente', employees: 30, ...profile })).body.id as string;
    return { client, id };
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  // Every test has an owner and organisation of its own, so the tests run in any order.
  beforeEach(async () => {
    ({ client: owner, id: orgId } = await newOrganisation());
  });
  afterAll(() => t.close());

  it('serves the instrument: 30 statements on six aspects, in Dutch and English', async () => {
    const r = await t.client().get('/api/instrument');
    expect(r.status).toBe(200);
    expect(r.body.version).toBe(1);
    expect(r.body.items).toHaveLength(30);
    expect(r.body.aspects.map((a: { key: string }) => a.key)).toEqual(ASPECTS.map((a) => a.key));
    expect(r.body.scale.labels.nl).toHaveLength(5);
    expect(r.body.items[0].text.nl).toBeTruthy();
    expect(r.body.items[0].text.en).toBeTruthy();
  });

  it('starts a round with defaults, and refuses a closing date in the past or a threshold below 3', async () => {
    const round = await newRound();
    expect(round.minResponses).toBe(5);
    expect(round.shareUrl).toMatch(/\/s\/[\w-]{20,}$/);
    const list = await owner.get(`/api/organisations/${orgId}/rounds`);
    expect(list.body[0]).toMatchObject({ id: round.id, status: 'open', invited: 0, responded: 0 });
    const bad = await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'X', closesAt: '2020-01-01', minResponses: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual({ title: 'moet minstens 2 tekens hebben', minResponses: 'moet minstens 3 zijn' });
    const past = await owner.post(`/api/organisations/${orgId}/rounds`, { title: 'Oud', closesAt: '2020-01-01' });
    expect(past.body.fields).toEqual({ closesAt: 'moet in de toekomst liggen (en binnen een jaar)' });
  });

  it('invites by e-mail: personal links by mail, invalid and duplicate addresses reported', async () => {
    const round = await newRound();
    const r = await owner.post(`/api/rounds/${round.id}/invitations`, {
      emails: ['Piet@metaal.nl', 'geen-adres', 'kees@metaal.nl', 'piet@metaal.nl'],
    });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ invited: 2, duplicates: ['piet@metaal.nl'], invalid: ['geen-adres'] });
    const again = await owner.post(`/api/rounds/${round.id}/invitations`, { emails: ['kees@metaal.nl', 'anna@metaal.nl'] });
    expect(again.body).toEqual({ invited: 1, duplicates: ['kees@metaal.nl'], invalid: [] });

    const [mail] = await t.smtp.waitFor('piet@metaal.nl');
    expect(mail.subject).toContain('Metaal Twente');
    expect(mail.text).toContain('anoniem');
    const link = /(http\S+\/s\/[\w-]+)/.exec(mail.text ?? '')![1];
    // The closing date comes as a calendar entry.
    const [ics] = mail.attachments;
    expect(ics.filename).toBe('vragenlijst-sluit.ics');
    expect(ics.contentType).toBe('text/calendar');
    const calendar = ics.content.toString('utf8');
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toContain(`DTEND:${new Date(round.closesAt).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(link).not.toBe(round.shareUrl);

    // A personal link answers once.
    const info = await t.client().get(`/api/survey/${tokenOf(link)}`);
    expect(info.body).toMatchObject({ organisation: 'Metaal Twente', roundTitle: 'Scan najaar', kind: 'personal' });
    expect((await respond(link, { answers: answers(4) })).status).toBe(201);
    const twice = await respond(link, { answers: answers(1) });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toBe('already_answered');
    expect((await t.client().get(`/api/survey/${tokenOf(link)}`)).status).toBe(409);

    const detail = await owner.get(`/api/rounds/${round.id}`);
    // One answer waits until three are in: the count cannot tell who just answered.
    expect(detail.body).toMatchObject({ invited: 3, responded: 0 });
    // The owner sees counts, never who: no addresses or per-person state in any owner view.
    expect(JSON.stringify(detail.body)).not.toContain('piet@metaal.nl');
  });

  it('rejects bad answers with the statement named, and writes nothing', async () => {
    const round = await newRound({ groups: ['Werkplaats'] });
    const r = await respond(round.shareUrl, { answers: { wc1: 6, zz9: 3, rs1: 'ja' }, group: 'Kantine', extra: 1 });
    expect(r.status).toBe(400);
    expect(r.body.fields).toEqual({ extra: 'is geen bekend veld' });
    const r2 = await respond(round.shareUrl, { answers: { wc1: 6, zz9: 3, rs1: 'ja' }, group: 'Kantine' });
    expect(r2.body.fields).toEqual({
      'answers.wc1': 'moet 1 tot en met 5 zijn, of "weet ik niet"',
      'answers.zz9': 'is geen vraag van deze vragenlijst',
      'answers.rs1': 'moet 1 tot en met 5 zijn, of "weet ik niet"',
      group: 'is geen groep van deze scan',
    });
    expect((await respond(round.shareUrl, { answers: {} })).body.fields).toEqual({ answers: 'geef minstens één antwoord' });
    expect((await owner.get(`/api/rounds/${round.id}`)).body.responded).toBe(0);
  });

  it('withholds everything below the threshold: 4 responses say only how many are missing', async () => {
    const round = await newRound();
    for (let i = 0; i < 4; i++) await respond(round.shareUrl, { answers: answers(2), comment: `opmerking ${i}` });
    const open = await owner.get(`/api/rounds/${round.id}/report`);
    // While open, answers count in steps of at least three; at closing every one counts.
    expect(open.body).toEqual({ status: 'withheld', respondents: 3, required: 2, reason: 'round_open' });
    await owner.post(`/api/rounds/${round.id}/close`);
    const closed = await owner.get(`/api/rounds/${round.id}/report`);
    expect(closed.body).toEqual({ status: 'withheld', respondents: 4, required: 1, reason: 'too_few_responses' });
    expect((await owner.get(`/api/rounds/${round.id}/report.pdf`)).status).toBe(409);
  });

  it('scores a closed round as computed by hand, with strengths, weak spots, self-assessment and gaps', async () => {
    // A sector and region nobody else in this file uses: no benchmark, whatever ran before.
    ({ client: owner, id: orgId } = await newOrganisation({ sector: 'B', region: 'groningen' }));
    const round = await newRound();
    const wc = ITEMS.filter((i) => i.aspect === 'work_content').map((i) => i.id);
    const le = ITEMS.filter((i) => i.aspect === 'leadership').map((i) => i.id);
    const only = (ids: string[], value: number | null) => Object.fromEntries(ids.map((id) => [id, value]));
    // Everything 3, except work_content (hand-computed below) and leadership (all 2 = weakest).
    const base = (wcValue: number | null, extra: Record<string, number | null> = {}) => ({
      answers: { ...answers(3), ...only(wc, wcValue), ...only(le, 2), ...extra },
    });
    await respond(round.shareUrl, base(5));
    await respond(round.shareUrl, base(4, { comment: undefined } as never));
    await respond(round.shareUrl, base(4));
    await respond(round.shareUrl, base(2));
    await respond(round.shareUrl, { answers: { ...answers(3), ...only(le, 2), [wc[0]]: null }, comment: 'Meer tijd om te leren graag' });
    await owner.post(`/api/rounds/${round.id}/self-assessment`, { answers: answers(5) });
    await owner.post(`/api/rounds/${round.id}/close`);

    const r = await owner.get(`/api/rounds/${round.id}/report`);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ready');
    expect(r.body.respondents).toBe(5);
    const workContent = r.body.aspects.find((a: { key: string }) => a.key === 'work_content');
    // Pooled: 5×5 + 5×4 + 5×4 + 5×2 + 4×3 = 87 over 24 answers (one "weet ik niet").
    expect(workContent).toEqual({
      key: 'work_content', mean: 3.63, sd: expect.any(Number), favourable: 0.625, distribution: [0, 5, 4, 10, 5], n: 5,
    });
    // Sample sd: squared deviations from 3.625 sum to 25.625; √(25.625 / 23) = 1.06.
    expect(workContent.sd).toBe(1.06);
    expect(r.body.strengths[0]).toBe('work_content');
    expect(r.body.weakSpots[0]).toBe('leadership');
    expect(r.body.selfAssessment.leadership).toBe(5);
    expect(r.body.gaps[0]).toEqual({ key: 'leadership', employees: 2, owner: 5, gap: 3 });
    expect(r.body.comments).toEqual(['Meer tijd om te leren graag']);
    expect(r.body.benchmark).toBeNull();
    expect(r.body.trend).toEqual([]);

    // The PDF shows the same: aspect names and scores in its text.
    const pdf = await fetch(`${t.baseUrl}/api/rounds/${round.id}/report.pdf?locale=nl`, { headers: { cookie: owner.cookieHeader } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    const text = pdfText(bytes);
    for (const aspect of ASPECTS) expect(text).toContain(aspect.nl);
    expect(text).toContain('gemiddeld 3,63');
    expect(text).toContain('Voorstel agenda voor het vervolggesprek');
  });

  it('keeps responses unlinkable: no column or key ties a response to an invitation, a person or a moment', async () => {
    const columns = await t.db.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'scan_responses' ORDER BY column_name`,
    );
    expect(columns).toEqual([
      { column_name: 'answers', data_type: 'jsonb' },
      { column_name: 'comment', data_type: 'text' },
      { column_name: 'group_name', data_type: 'text' },
      { column_name: 'id', data_type: 'uuid' },
      { column_name: 'round_id', data_type: 'uuid' },
      { column_name: 'submitted_on', data_type: 'date' },
    ]);
    const keys = await t.db.query(
      `SELECT ccu.table_name FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        WHERE tc.table_name = 'scan_responses' AND tc.constraint_type = 'FOREIGN KEY'`,
    );
    expect(keys).toEqual([{ table_name: 'scan_rounds' }]);
    const invitationColumns = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'scan_invitations'`);
    expect(invitationColumns.map((c: { column_name: string }) => c.column_name)).not.toContain('responded_at');
  });

  it('hides a team that is too small, and the team that would give it away by subtraction', async () => {
    const round = await newRound({ groups: ['Werkplaats', 'Kantoor'] });
    for (let i = 0; i < 6; i++) await respond(round.shareUrl, { answers: answers(4), group: 'Werkplaats' });
    for (let i = 0; i < 2; i++) await respond(round.shareUrl, { answers: answers(1), group: 'Kantoor' });
    await owner.post(`/api/rounds/${round.id}/close`);
    const r = await owner.get(`/api/rounds/${round.id}/report`);
    expect(r.body.respondents).toBe(8);
    // Showing Werkplaats (6) next to the total (8) would reveal Kantoor's 2 answers.
    expect(r.body.groups).toEqual([]);

    const big = await newRound({ groups: ['Werkplaats', 'Kantoor'] });
    for (let i = 0; i < 6; i++) await respond(big.shareUrl, { answers: answers(4), group: 'Werkplaats' });
    for (let i = 0; i < 5; i++) await respond(big.shareUrl, { answers: answers(2), group: 'Kantoor' });
    await owner.post(`/api/rounds/${big.id}/close`);
    const shown = await owner.get(`/api/rounds/${big.id}/report`);
    expect(shown.body.groups.map((g: { name: string; respondents: number }) => [g.name, g.respondents])).toEqual([['Kantoor', 5], ['Werkplaats', 6]]);
    expect(shown.body.groups[0].aspects.work_content).toBe(2);
  });

  it('closes on its date by itself; a closed round turns respondents away kindly', async () => {
    const round = await newRound();
    t.clock.set(new Date(new Date(round.closesAt).getTime() + 60_000));
    const r = await respond(round.shareUrl, { answers: answers(3) });
    expect(r.status).toBe(410);
    expect(r.body).toEqual({ error: 'round_closed', message: 'Deze scan is gesloten. Je kunt niet meer antwoorden. Dank je wel voor je moeite.' });
    const [row] = await t.db.query(`SELECT status, results FROM scan_rounds WHERE id = $1`, [round.id]);
    expect(row.status).toBe('closed');
    expect(row.results).toEqual({ respondents: 0, withheld: true, aspects: {} });
  });

  it('keeps every round private to its organisation', async () => {
    const round = await newRound();
    const stranger = t.client();
    await stranger.signUp('vreemde@concurrent.nl');
    for (const [method, path] of [
      ['GET', `/api/rounds/${round.id}`],
      ['GET', `/api/rounds/${round.id}/report`],
      ['GET', `/api/rounds/${round.id}/report.pdf`],
      ['POST', `/api/rounds/${round.id}/close`],
      ['POST', `/api/rounds/${round.id}/report-share`],
      ['GET', `/api/organisations/${orgId}/rounds`],
    ] as const) {
      expect([method, path, (await stranger.request(method, path)).status]).toEqual([method, path, 404]);
    }
    const invite = await stranger.post(`/api/rounds/${round.id}/invitations`, { emails: ['x@y.nl'] });
    expect(invite.status).toBe(404);
    expect((await owner.get(`/api/rounds/${round.id}`)).body.status).toBe('open');
  });

  it('shares a read-only report with employees, without the owner’s self-assessment, until unshared', async () => {
    const round = await newRound();
    for (let i = 0; i < 5; i++) await respond(round.shareUrl, { answers: answers(3 + (i % 2)) });
    await owner.post(`/api/rounds/${round.id}/self-assessment`, { answers: answers(5) });
    await owner.post(`/api/rounds/${round.id}/close`);
    const shared = await owner.post(`/api/rounds/${round.id}/report-share`);
    const token = shared.body.reportShareUrl.split('/rapport/')[1];
    const view = await t.client().get(`/api/shared-reports/${token}`);
    expect(view.status).toBe(200);
    expect(view.body.status).toBe('ready');
    expect(view.body.selfAssessment).toBeNull();
    expect((await owner.request('DELETE', `/api/rounds/${round.id}/report-share`)).status).toBe(204);
    expect((await t.client().get(`/api/shared-reports/${token}`)).status).toBe(404);
  });

  it('shows the trend against earlier rounds, and a benchmark once five similar companies exist', async () => {
    // Construction (F): a sector only this test uses, so the count of similar companies is its own.
    ({ client: owner, id: orgId } = await newOrganisation({ sector: 'F' }));
    const first = await newRound({ title: 'Eerste' });
    for (let i = 0; i < 5; i++) await respond(first.shareUrl, { answers: answers(2) });
    await owner.post(`/api/rounds/${first.id}/close`);
    const second = await newRound({ title: 'Tweede' });
    for (let i = 0; i < 5; i++) await respond(second.shareUrl, { answers: answers(4) });
    await owner.post(`/api/rounds/${second.id}/close`);
    const report = (await owner.get(`/api/rounds/${second.id}/report`)).body;
    const titles = report.trend.map((p: { title: string }) => p.title);
    expect(titles.slice(-2)).toEqual(['Eerste', 'Tweede']);
    expect(report.trend.at(-1).aspects.work_content).toBe(4);
    expect(report.benchmark).toBeNull();

    // Five other construction companies with a closed round each.
    for (let k = 0; k < 5; k++) {
      const other = t.client();
      await other.signUp(`eigenaar${k}-${Math.random().toString(36).slice(2, 8)}@ander-bouw.nl`);
      const org = (await other.post('/api/organisations', { name: `Bouw ${k}`, sector: 'F', region: 'achterhoek', employees: 12 })).body.id;
      const round = await newRound({}, other, org);
      for (let i = 0; i < 5; i++) await respond(round.shareUrl, { answers: answers(k < 4 ? 3 : 5) });
      await other.post(`/api/rounds/${round.id}/close`);
      const benchmark = (await owner.get(`/api/rounds/${second.id}/report`)).body.benchmark;
      if (k < 4) expect(benchmark).toBeNull();
      else expect(benchmark).toEqual({ scope: 'sector', organisations: 5, aspects: expect.objectContaining({ work_content: 3.4 }) });
    }
  });
});
