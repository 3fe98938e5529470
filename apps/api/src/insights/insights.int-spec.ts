import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type AspectKey, ASPECT_KEYS, cellKey, derivableCells, relations, SECTORS, SIZE_CLASSES, TOTAL } from '@groeiwijzer/domain';
import { organisationOwner, signedIn } from '../testing/access-fixtures';
import { ADMIN, adminClient, publisherEditor, published, training } from '../testing/catalogue-fixtures';
import { type HttpClient } from '../testing/http-client';
import { scannedOwner } from '../testing/matching-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { PublisherRemindersJob } from '../catalogue/publisher-reminders.job';
import { MailSender } from '../mail/mail-sender.service';
import { outsideQuietHours } from '../notifications/kinds';
import { ReminderBundler } from '../notifications/reminder-bundler.service';
import { InsightsRefreshJob } from './insights-refresh.job';

let t: TestApp;
/** An app of the describe block's own: the grid is one linked table set over every region, so a
 * test that must see a figure shown needs a database without other tests' small cells. */
function ownApp(env: Record<string, string> = {}): void {
  let previous: TestApp;
  beforeAll(async () => { previous = t; t = await startTestApp({ ...ADMIN, ...env }); }, 60_000);
  afterAll(async () => { await t?.close(); t = previous; });
}

const refresh = () => t.app.get(InsightsRefreshJob).refresh(t.clock.now());

/** An organisation with one closed round that met its threshold, written straight to the
 * database (many are needed; the real scan path is used once below). */
async function readyOrganisation(region: string, sector: string, employees: number, weak: AspectKey[] = ['leadership']): Promise<string> {
  const [org] = await t.db.query(`INSERT INTO organisations (name, sector, region, employees) VALUES ($1, $2, $3, $4) RETURNING id`,
    [`Bedrijf ${randomUUID().slice(0, 6)}`, sector, region, employees]);
  const aspects = Object.fromEntries(ASPECT_KEYS.map((a) => [a, weak.includes(a) ? 2.1 : 3.9]));
  await t.db.query(
    `INSERT INTO scan_rounds (organisation_id, title, instrument_version, status, closes_at, min_responses, share_token, closed_at, results)
     VALUES ($1, 'Leerscan', 1, 'closed', $2, 5, $3, $2, $4)`,
    [org.id, t.clock.now(), randomBytes(12).toString('hex'), JSON.stringify({ respondents: 6, withheld: false, aspects, view: { weakSpots: weak } })],
  );
  return org.id;
}

/** Every number in an answer, flattened: to show a hidden count appears nowhere. */
function figuresFor(body: { cells: { region: string | null; sector: string | null }[]; trend: unknown[]; gaps: { region: string }[] }, region: string) {
  return {
    cells: body.cells.filter((c) => c.region === region),
    trend: body.trend.filter((c) => (c as { region: string }).region === region && 'organisations' in (c as object)),
    gaps: body.gaps.filter((g) => g.region === region),
  };
}

describe('GET /api/insights/demand: the threshold', () => {
  ownApp();

  it('leaves a cell of 4 organisations out everywhere (cell, totals, trend, gaps, CSV) and shows it at 5', async () => {
    const region = 'zeeland';
    const { editor } = await publisherEditor(t, { regions: [region] });
    for (let i = 0; i < 4; i++) await readyOrganisation(region, 'C', 12);
    // One organisation whose round did not reach its threshold does not count at all.
    const [withheld] = await t.db.query(`INSERT INTO organisations (name, sector, region, employees) VALUES ('Te klein', 'C', $1, 12) RETURNING id`, [region]);
    await t.db.query(`INSERT INTO scan_rounds (organisation_id, title, instrument_version, status, closes_at, min_responses, share_token, closed_at, results)
      VALUES ($1, 'Leerscan', 1, 'closed', $2, 5, $3, $2, '{"respondents":3,"withheld":true,"aspects":{}}')`, [withheld.id, t.clock.now(), randomBytes(12).toString('hex')]);
    await refresh();

    const four = await editor.get(`/api/insights/demand?region=${region}`);
    expect(four.status).toBe(200);
    expect(figuresFor(four.body, region)).toEqual({ cells: [], trend: [], gaps: [] });
    expect(four.body.suppressed).toEqual(expect.arrayContaining([
      { region, sector: null, sizeClass: null, reason: 'too_few' },
      { region, sector: 'C', sizeClass: null, reason: 'too_few' },
      { region, sector: 'F', sizeClass: null, reason: 'no_data' },
    ]));
    // No reason carries a count.
    for (const s of four.body.suppressed) expect(Object.keys(s).sort()).toEqual(['reason', 'region', 'sector', 'sizeClass']);
    const small = await editor.get(`/api/insights/demand?region=${region}&sector=C&sizeClass=small`);
    expect(small.body.cells).toEqual([]);
    for (const table of ['cells', 'trend', 'gaps', 'pooling']) {
      const csv = await editor.get(`/api/insights/demand.csv?region=${region}&table=${table}`);
      expect(csv.status).toBe(200);
      // The region appears only with a reason, never with a figure.
      const lines = String(csv.body).split('\n').filter((line: string) => line.includes(region));
      for (const line of lines) expect(line).toMatch(/^[^,]+,zeeland,[^,]+,[^,]+,,(,)*(too_few|no_data|protects_another)$/);
      if (table !== 'trend') expect(lines).toEqual([]);
    }

    // The fifth, through the real scan: five employees answer, the owner closes the round.
    await scannedOwner(t, { weak: ['leadership', 'collaboration'], region, sector: 'C', employees: 12 });
    await refresh();
    const five = await editor.get(`/api/insights/demand?region=${region}`);
    const total = five.body.cells.find((c: { sector: string | null }) => c.sector === null);
    expect(total).toMatchObject({ region, organisations: 5, weakest: ['leadership'] });
    expect(total.aspects.leadership).toBeLessThan(total.aspects.work_content);
    expect(five.body.cells.find((c: { sector: string | null }) => c.sector === 'C')).toMatchObject({ organisations: 5 });
    expect(five.body.trend.at(-1)).toMatchObject({ region, organisations: 5 });
    expect(five.body.gaps).toEqual([expect.objectContaining({ region, aspect: 'leadership', organisationsWeak: 5, publishedOffers: expect.any(Number) })]);
    expect(new Date(five.body.asOf).getTime()).toBeLessThanOrEqual(t.clock.now().getTime());
    const csv = await editor.get(`/api/insights/demand.csv?region=${region}&table=cells`);
    expect(String(csv.body)).toContain(`${region},C,*,5`);
    // No eligible offer for leadership: a "gezamenlijke vraag"; publishing one answers it at once.
    expect(five.body.gaps[0]).toMatchObject({ publishedOffers: 0, band: 'none' });
    expect(five.body.pooling).toEqual([{ region, aspect: 'leadership', organisations: 5, sectors: ['C'], sizeClasses: ['small'] }]);
    const { publisherId } = await publisherEditor(t, { regions: [region] }).then(async (p) => {
      await published(p.editor, p.publisherId, training({ aspects: ['leadership'], regions: [region] }));
      return p;
    });
    expect(publisherId).toEqual(expect.any(String));
    const after = await editor.get(`/api/insights/demand?region=${region}`);
    expect(after.body.gaps[0]).toMatchObject({ aspect: 'leadership', organisationsWeak: 5, publishedOffers: 1, offersByKind: { training: 1 }, gapIndex: 5, band: 'adequate' });
    expect(after.body.pooling).toEqual([]);
  }, 60_000);
});

describe('the weekly digest of a publisher', () => {
  ownApp();

  it('puts the largest gaps and the "gezamenlijke vraag" of the publisher’s regions in its weekly digest, never a hidden one', async () => {
    // Five weak on collaboration in Groningen (a gap without offer), four in Flevoland (hidden).
    for (let i = 0; i < 5; i++) await readyOrganisation('groningen', 'G', 30, ['collaboration']);
    for (let i = 0; i < 4; i++) await readyOrganisation('flevoland', 'G', 30, ['collaboration']);
    await refresh();
    const { editor } = await publisherEditor(t, { name: 'Sectortafel Handel Noord', regions: ['groningen', 'flevoland'] });
    const me = (await editor.get('/api/auth/me')).body.user;
    await t.app.get(PublisherRemindersJob).sendDigests();
    const at = outsideQuietHours(t.clock.now());
    t.clock.set(at);
    await t.app.get(ReminderBundler).releaseDue(at);
    await t.app.get(MailSender).sendDue();
    const [mail] = (await t.smtp.waitFor(me.email, 1)).filter((m) => m.subject?.startsWith('Vraag van deze week'));
    expect(mail.text).toContain("Grootste tekorten in jullie regio's:");
    expect(mail.text).toContain('• Groningen, Samenwerken en teamontwikkeling: 5 bedrijven zwak, geen aanbod');
    expect(mail.text).toContain('1 gezamenlijke vraag/vragen zonder aanbod');
    expect(mail.text).toContain('/inzichten');
    expect(mail.text).not.toContain('Flevoland');
  }, 60_000);
});

describe('GET /api/insights/demand', () => {
  ownApp();

  it('lets no filter pair, total or margin be subtracted down to a hidden cell', async () => {
    const region = 'drenthe';
    const layout: [string, string, number][] = [
      ['C', 'micro', 3], ['C', 'small', 4], ['C', 'medium', 2], ['F', 'small', 6], ['F', 'micro', 1], ['G', 'small', 7], ['G', 'medium', 5], ['Q', 'micro', 2],
    ];
    const employees: Record<string, number> = { micro: 5, small: 20, medium: 80 };
    const truth = new Map<string, number>();
    for (const [sector, size, n] of layout) {
      for (let i = 0; i < n; i++) await readyOrganisation(region, sector, employees[size], i % 2 ? ['leadership'] : ['outside_connection']);
      for (const key of [cellKey(region, sector, size), cellKey(region, TOTAL, size), cellKey(region, sector, TOTAL), cellKey(region, TOTAL, TOTAL)]) truth.set(key, (truth.get(key) ?? 0) + n);
    }
    await refresh();
    const { editor } = await publisherEditor(t, { regions: [region] });
    const shown = new Map<string, number>();
    for (const sector of [undefined, ...SECTORS.map((s) => s.code)]) for (const size of [undefined, ...SIZE_CLASSES]) {
      const query = [`region=${region}`, sector && `sector=${sector}`, size && `sizeClass=${size}`].filter(Boolean).join('&');
      const r = await editor.get(`/api/insights/demand?${query}`);
      expect(r.status).toBe(200);
      for (const c of r.body.cells) {
        const key = cellKey(c.region, c.sector ?? TOTAL, c.sizeClass ?? TOTAL);
        // Every figure shown is the cell's own, and from at least 5 organisations.
        expect(c.organisations).toBeGreaterThanOrEqual(5);
        expect(c.organisations).toBe(truth.get(key));
        shown.set(key, c.organisations);
      }
    }
    // Something is shown (which cells depends on the other regions too: the country's margins link them).
    expect(shown.size).toBeGreaterThan(0);
    // The attacker has every figure of every filter combination: all relations within the region at once.
    const keys = [...truth.keys()];
    const unknown = new Set(keys.filter((k) => !shown.has(k)));
    expect(unknown.has(cellKey(region, 'C', 'micro'))).toBe(true);
    const rels = relations(keys).filter((r) => r.parent.startsWith(`${region}|`));
    expect(derivableCells(keys, unknown, rels)).toEqual([]);
    // And the plain subtraction of every pair: margin minus its shown cells is 0 or ≥ 5.
    for (const rel of rels) {
      const parent = shown.get(rel.parent);
      if (parent === undefined) continue;
      const rest = parent - rel.children.reduce((s, c) => s + (shown.get(c) ?? 0), 0);
      expect(rest === 0 || rest >= 5).toBe(true);
    }
  }, 120_000);

  it('answers only publishers (their own regions) and admins; bad filters name the field', async () => {
    const anonymous = await t.client().get('/api/insights/demand');
    expect(anonymous.status).toBe(401);
    const owner = await organisationOwner(t, 'eigenaar');
    expect((await owner.client.get('/api/insights/demand')).status).toBe(403);
    const { editor } = await publisherEditor(t, { regions: ['twente'] });
    expect((await editor.get('/api/insights/demand?region=rijnmond')).status).toBe(403);
    expect((await editor.get('/api/insights/demand.csv?region=rijnmond')).status).toBe(403);
    const pending = await publisherEditor(t, { regions: ['twente'], approved: false });
    expect((await pending.editor.get('/api/insights/demand?region=twente')).status).toBe(403);
    const bad = await editor.get('/api/insights/demand?sector=Z&sizeClass=huge&region=nergens');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['region', 'sector', 'sizeClass']);
    await refresh();
    const period = await editor.get('/api/insights/demand?period=1999-Q1');
    expect(period.status).toBe(400);
    expect(Object.keys(period.body.fields)).toEqual(['period']);
    const own = await editor.get('/api/insights/demand');
    expect(own.status).toBe(200);
    expect(new Set([...own.body.cells, ...own.body.suppressed].map((c: { region: string }) => c.region))).toEqual(new Set(['twente']));
    const admin = await adminClient(t);
    // Only admins rebuild the grid on demand.
    expect((await editor.post('/api/admin/insights/refresh')).status).toBe(403);
    const rebuilt = await admin.post('/api/admin/insights/refresh');
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body.asOf).toEqual(expect.any(String));
    // The platform overview: admins only; regional counts only as the protected grid shows them.
    expect((await editor.get('/api/admin/overview')).status).toBe(403);
    const overview = await admin.get('/api/admin/overview');
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({ threshold: 5, organisations: { total: expect.any(Number) }, rounds: { open: expect.any(Number) }, mail: expect.any(Object) });
    for (const r of overview.body.regions) expect('organisations' in r ? r.organisations >= 5 : ['too_few', 'protects_another', 'no_data'].includes(r.reason)).toBe(true);
    const all = await admin.get('/api/insights/demand?sector=C');
    expect(all.status).toBe(200);
    expect(new Set([...all.body.cells, ...all.body.suppressed].map((c: { region: string | null }) => c.region)).has(null)).toBe(true);
  }, 60_000);
});

describe('unmet searches', () => {
  // Sessions stay alive over the days the test moves the clock.
  ownApp({ SESSION_IDLE_MINUTES: String(60 * 24 * 30), SESSION_ABSOLUTE_HOURS: String(24 * 30) });
  async function searchFrom(client: HttpClient, q: string, region: string): Promise<void> {
    const r = await client.get(`/api/search?q=${encodeURIComponent(q)}&region=${region}`);
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(0);
  }
  async function logged(q: string, count: number): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM search_events WHERE q = $1`, [q]);
      if (row.n >= count) return;
      if (Date.now() > deadline) throw new Error(`searches for ${q} not logged: ${row.n} of ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  async function unmetFor(editor: HttpClient, region: string, q: string) {
    const r = await editor.get(`/api/insights/demand?region=${region}`);
    expect(r.status).toBe(200);
    return (r.body.unmetSearches as { q: string; count: number }[]).find((u) => u.q === q);
  }

  it('counts a query only once 5 distinct sessions searched it, each on a day of its own', async () => {
    const region = 'friesland';
    const q = `cursus zeefdrukken leidinggeven ${randomBytes(3).toString('hex')}`;
    const { editor } = await publisherEditor(t, { regions: [region] });
    const people = await Promise.all([0, 1, 2, 3, 4].map((i) => signedIn(t, `zoeker${i}`)));
    // One person on five days, and four people on one day: not five sessions on five days.
    for (let day = 0; day < 5; day++) {
      await searchFrom(people[0].client, q, region);
      t.clock.advanceDays(1);
    }
    for (const p of people.slice(1)) await searchFrom(p.client, q, region);
    await logged(q, 9);
    await refresh();
    expect(await unmetFor(editor, region, q)).toBeUndefined();
    // The others on days of their own: now five sessions on five days.
    for (const p of people.slice(2)) {
      t.clock.advanceDays(1);
      await searchFrom(p.client, q, region);
    }
    await logged(q, 12);
    await refresh();
    const found = await unmetFor(editor, region, q);
    // Mapped to what it is about: an aspect of the model and the kind of offer asked for.
    expect(found).toMatchObject({ q, count: 12, region, aspects: ['leadership'], kinds: ['training'] });
    const csv = await editor.get(`/api/insights/demand.csv?region=${region}&table=unmet`);
    expect(String(csv.body)).toContain(`${q},${region},12,leadership,training,`);
    // Nothing in the table says who searched.
    const columns: { column_name: string }[] = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'search_events'`);
    expect(columns.map((c) => c.column_name).sort()).toEqual(['day', 'id', 'q', 'region', 'result_count', 'session_key', 'stem_key']);
  }, 60_000);
});

describe('recorded searches', () => {
  it('are written in batches, and the last batch when the app stops', async () => {
    const own = await startTestApp();
    const q = `lasrobot cursus ${randomBytes(3).toString('hex')}`;
    try {
      const r = await own.client().get(`/api/search?q=${encodeURIComponent(q)}&region=twente`);
      expect(r.status).toBe(200);
    } finally {
      await own.app.close();
    }
    const db = new Client({ connectionString: own.databaseUrl });
    await db.connect();
    try {
      const rows = (await db.query(`SELECT q, region, result_count FROM search_events WHERE q = $1`, [q])).rows;
      expect(rows).toEqual([{ q, region: 'twente', result_count: 0 }]);
    } finally {
      await db.end();
      await own.smtp.stop();
      const admin = new Client({ connectionString: process.env.GW_TEST_ADMIN_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${new URL(own.databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});

describe('GET /api/publishers/:id/funnel', () => {
  ownApp();
  it('counts views and clicks per item and month for the publisher only; another publisher gets 404', async () => {
    const { editor, publisherId } = await publisherEditor(t, { regions: ['twente'] });
    const itemId = await published(editor, publisherId, training({ regions: ['twente'] }));
    const visitor = t.client();
    expect((await visitor.get(`/api/items/${itemId}`)).status).toBe(200);
    expect((await visitor.get(`/api/items/${itemId}`)).status).toBe(200);
    // The publisher's own look does not count.
    expect((await editor.get(`/api/items/${itemId}`)).status).toBe(200);
    expect((await visitor.post(`/api/items/${itemId}/clicks`, { target: 'website' })).status).toBe(204);
    expect((await visitor.post(`/api/items/${itemId}/clicks`, { target: 'fax' })).status).toBe(400);
    expect((await visitor.post(`/api/items/${randomUUID()}/clicks`, { target: 'website' })).status).toBe(404);
    const deadline = Date.now() + 10_000;
    let item: { totals: Record<string, number>; months: { month: string }[] } | undefined;
    for (;;) {
      const r = await editor.get(`/api/publishers/${publisherId}/funnel`);
      expect(r.status).toBe(200);
      item = r.body.items.find((i: { id: string }) => i.id === itemId);
      if (item?.totals.views === 2 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(item?.totals).toEqual({ views: 2, contactClicks: 0, websiteClicks: 1, planAdds: 0, referrals: 0, feedback: 0 });
    expect(item?.months.map((m) => m.month)).toEqual([t.clock.today().slice(0, 7)]);
    // A month without contact clicks counts 0 of them, not null.
    expect(item?.months[0]).toMatchObject({ views: 2, contactClicks: 0, websiteClicks: 1 });

    const other = await publisherEditor(t, { regions: ['twente'] });
    expect((await other.editor.get(`/api/publishers/${publisherId}/funnel`)).status).toBe(404);
    const owner = await organisationOwner(t, 'eigenaar');
    expect((await owner.client.get(`/api/publishers/${publisherId}/funnel`)).status).toBe(404);
    expect((await editor.get(`/api/publishers/${publisherId}/funnel?from=2026-05-01&to=2026-01-01`)).status).toBe(400);
  }, 60_000);
});
