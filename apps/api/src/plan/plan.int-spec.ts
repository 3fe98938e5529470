import { type PlanStep } from '@groeiwijzer/contracts';
import { NOWHERE, organisationOwner, rowOf } from '../testing/access-fixtures';
import { ADMIN, publisherEditor, training } from '../testing/catalogue-fixtures';
import { type HttpClient } from '../testing/http-client';
import { publishedScheme } from '../testing/plan-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The board as the owner sees it: per column the step titles, top to bottom. */
async function columns(owner: HttpClient, orgId: string): Promise<Record<string, string[]>> {
  const r = await owner.get<PlanStep[]>(`/api/organisations/${orgId}/plan`);
  expect(r.status).toBe(200);
  const out: Record<string, string[]> = {};
  for (const step of r.body) (out[step.status] ??= []).push(step.title);
  // Positions are 0..n-1 in every column, in the order the list gives.
  for (const status of Object.keys(out)) {
    expect(r.body.filter((s) => s.status === status).map((s) => s.position)).toEqual(out[status].map((_, i) => i));
  }
  return out;
}

describe('the action plan (ontwikkelplan): steps on a board', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  async function addStep(owner: HttpClient, orgId: string, body: Record<string, unknown>): Promise<PlanStep> {
    const r = await owner.post<PlanStep>(`/api/organisations/${orgId}/plan`, { aspect: 'leadership', ...body });
    expect(r.status).toBe(201);
    return r.body;
  }

  it('adds a step written freely and one from a recommendation in one click (the item\'s title), changes and deletes them', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'plan-crud');
    const opens = t.clock.day(-10);
    const closes = t.clock.day(40);
    const { itemId } = await publishedScheme(t, [{ opens: t.clock.day(-400), closes: t.clock.day(-300) }, { opens, closes }], 'Regeling leren op de werkvloer');

    const free = await addStep(owner, organisationId, { title: '  Werkoverleg met een leervraag  ', aspect: 'collaboration' });
    expect(free).toMatchObject({
      organisationId, title: 'Werkoverleg met een leervraag', aspect: 'collaboration', itemId: null, item: null, dueDate: null,
      status: 'idea', position: 0, responsible: null, checklist: [], note: null, doneAt: null, result: null,
    });
    const oneClick = await addStep(owner, organisationId, { itemId, aspect: 'learning_organisation' });
    // The window shown is the one open now, not the past one.
    expect(oneClick).toMatchObject({
      title: 'Regeling leren op de werkvloer', itemId, status: 'idea', position: 1,
      item: { id: itemId, kind: 'scheme', title: 'Regeling leren op de werkvloer', window: { opens, closes } },
    });
    const full = await addStep(owner, organisationId, {
      title: 'Offerte training coachend leidinggeven', status: 'planned', dueDate: t.clock.day(30), responsible: 'Fatma',
      checklist: [{ text: 'Drie aanbieders bellen', done: false }], note: 'Budget vragen in maart.',
    });
    expect(full).toMatchObject({ status: 'planned', position: 0, dueDate: t.clock.day(30), responsible: 'Fatma', note: 'Budget vragen in maart.' });

    expect(await columns(owner, organisationId)).toEqual({
      idea: ['Werkoverleg met een leervraag', 'Regeling leren op de werkvloer'], planned: ['Offerte training coachend leidinggeven'],
    });

    const changed = await owner.patch<PlanStep>(`/api/plan/${full.id}`, {
      checklist: [{ text: 'Drie aanbieders bellen', done: true }, { text: 'Kiezen', done: false }], note: null, responsible: '  Jan  ', dueDate: null,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: 'Offerte training coachend leidinggeven', checklist: [{ text: 'Drie aanbieders bellen', done: true }, { text: 'Kiezen', done: false }],
      note: null, responsible: 'Jan', dueDate: null, status: 'planned',
    });
    // Done, and back: the moment it became done is kept only while it is done.
    const done = await owner.patch<PlanStep>(`/api/plan/${full.id}`, { status: 'done' });
    expect(done.body.doneAt).toBe(done.body.updatedAt);
    expect((await owner.patch<PlanStep>(`/api/plan/${full.id}`, { status: 'doing' })).body.doneAt).toBeNull();
    // Unlinking the item keeps the title.
    expect((await owner.patch<PlanStep>(`/api/plan/${oneClick.id}`, { itemId: null })).body).toMatchObject({ itemId: null, item: null, title: 'Regeling leren op de werkvloer' });

    expect((await owner.delete(`/api/plan/${free.id}`)).status).toBe(204);
    expect(await columns(owner, organisationId)).toEqual({ idea: ['Regeling leren op de werkvloer'], doing: ['Offerte training coachend leidinggeven'] });
    expect((await owner.patch(`/api/plan/${free.id}`, { title: 'Weer terug' })).status).toBe(404);
  });

  it('reorders like a keyboard does (up, down, to the next column) and keeps every column numbered without gaps', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'plan-order');
    const ids: Record<string, string> = {};
    for (const title of ['Stap A', 'Stap B', 'Stap C', 'Stap D']) ids[title] = (await addStep(owner, organisationId, { title })).id;
    const move = async (title: string, body: Record<string, unknown>) => {
      const r = await owner.patch<PlanStep>(`/api/plan/${ids[title]}`, body);
      expect(r.status).toBe(200);
      return r.body;
    };
    // ↑: C one place up.
    expect((await move('Stap C', { position: 1 })).position).toBe(1);
    expect(await columns(owner, organisationId)).toEqual({ idea: ['Stap A', 'Stap C', 'Stap B', 'Stap D'] });
    // ↓: A one place down.
    await move('Stap A', { position: 1 });
    expect(await columns(owner, organisationId)).toEqual({ idea: ['Stap C', 'Stap A', 'Stap B', 'Stap D'] });
    // ↓ at the bottom: stays at the bottom.
    await move('Stap D', { position: 4 });
    expect(await columns(owner, organisationId)).toEqual({ idea: ['Stap C', 'Stap A', 'Stap B', 'Stap D'] });
    // →: B to the next column (at its bottom), then A to the top of it.
    expect(await move('Stap B', { status: 'planned' })).toMatchObject({ status: 'planned', position: 0 });
    expect(await move('Stap A', { status: 'planned', position: 0 })).toMatchObject({ status: 'planned', position: 0 });
    expect(await columns(owner, organisationId)).toEqual({ idea: ['Stap C', 'Stap D'], planned: ['Stap A', 'Stap B'] });
  });

  it('keeps the order consistent when two moves arrive at the same moment', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'plan-race');
    const ids: Record<string, string> = {};
    for (const title of ['Een', 'Twee', 'Drie', 'Vier']) ids[title] = (await addStep(owner, organisationId, { title })).id;
    ids.Vijf = (await addStep(owner, organisationId, { title: 'Vijf', status: 'planned' })).id;
    // Either order gives the same board: Drie to the bottom of "planned", Vier to the top of "idea".
    const [x, y] = await Promise.all([
      owner.patch(`/api/plan/${ids.Drie}`, { status: 'planned' }),
      owner.patch(`/api/plan/${ids.Vier}`, { position: 0 }),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(await columns(owner, organisationId)).toEqual({ idea: ['Vier', 'Een', 'Twee'], planned: ['Vijf', 'Drie'] });

    // Many at once, and a new step among them: whatever the order, no place is taken twice or skipped.
    const results = await Promise.all([
      owner.patch(`/api/plan/${ids.Een}`, { status: 'doing', position: 0 }),
      owner.patch(`/api/plan/${ids.Twee}`, { status: 'doing', position: 0 }),
      owner.patch(`/api/plan/${ids.Vijf}`, { status: 'idea', position: 1 }),
      owner.patch(`/api/plan/${ids.Vier}`, { position: 5 }),
      owner.post(`/api/organisations/${organisationId}/plan`, { title: 'Zes', aspect: 'collaboration', status: 'doing' }),
      owner.delete(`/api/plan/${ids.Drie}`),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 201, 204]);
    const board = await columns(owner, organisationId);
    expect(Object.values(board).flat().sort()).toEqual(['Een', 'Twee', 'Vier', 'Vijf', 'Zes']);
    expect(board.doing.slice().sort()).toEqual(['Een', 'Twee', 'Zes']);
  });

  it('answers 404 to the owner of another organisation on every route, as for an id that does not exist', async () => {
    const mine = await organisationOwner(t, 'plan-eigen');
    const other = await organisationOwner(t, 'plan-ander');
    const step = await addStep(mine.client, mine.organisationId, { title: 'Alleen van ons', dueDate: t.clock.day(10) });
    const before = await rowOf(t, 'plan_steps', step.id);
    const routes: [string, string, unknown][] = [
      ['GET', `/api/organisations/${mine.organisationId}/plan`, undefined],
      ['POST', `/api/organisations/${mine.organisationId}/plan`, { title: 'Ingebroken', aspect: 'leadership' }],
      ['PATCH', `/api/plan/${step.id}`, { title: 'Overgenomen' }],
      ['PATCH', `/api/plan/${step.id}`, { status: 'done' }],
      ['GET', `/api/plan/${step.id}/calendar.ics`, undefined],
      ['DELETE', `/api/plan/${step.id}`, undefined],
    ];
    const missing = (await other.client.patch(`/api/plan/${NOWHERE}`, { title: 'Nergens' })).body;
    for (const [method, path, body] of routes) {
      const r = await other.client.request(method, path, body);
      expect([method, path, r.status]).toEqual([method, path, 404]);
      expect(r.body).toEqual(missing);
      // Unknown and malformed ids look the same.
      expect((await mine.client.request(method, path.replace(step.id, NOWHERE).replace(mine.organisationId, NOWHERE), body)).status).toBe(404);
      expect((await mine.client.request(method, path.replace(step.id, 'geen-id').replace(mine.organisationId, 'geen-id'), body)).status).toBe(404);
      expect((await t.client().request(method, path, body)).status).toBe(401);
    }
    expect(await rowOf(t, 'plan_steps', step.id)).toEqual(before);
    expect(await columns(mine.client, mine.organisationId)).toEqual({ idea: ['Alleen van ons'] });
  });

  it('refuses bad input with 400 naming each field, in the caller\'s language, and writes nothing', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'plan-fout');
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM plan_steps WHERE organisation_id = $1`, [organisationId]))[0].n;

    const bad = await owner.post(`/api/organisations/${organisationId}/plan`, {
      title: 'X', aspect: 'geluk', status: 'klaar', dueDate: '2027-02-30', responsible: 'r'.repeat(121),
      checklist: [{ text: ' ', done: 'ja' }], note: 'n'.repeat(2001), kleur: 'rood', position: 2,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual({
      title: 'moet minstens 2 tekens hebben', aspect: 'is geen geldige keuze', status: 'is geen geldige keuze', dueDate: 'is geen geldige datum',
      responsible: 'mag hoogstens 120 tekens hebben', 'checklist.0.text': 'is verplicht', 'checklist.0.done': 'moet ja of nee zijn (true of false)',
      note: 'mag hoogstens 2000 tekens hebben', kleur: 'is geen bekend veld', position: 'is geen bekend veld',
    });
    const tooLong = await owner.post(`/api/organisations/${organisationId}/plan`, {
      title: 't'.repeat(201), aspect: 'leadership', checklist: Array.from({ length: 31 }, (_, i) => ({ text: `Punt ${i}`, done: false })),
    });
    expect(tooLong.body.fields).toEqual({ title: 'mag hoogstens 200 tekens hebben', checklist: 'mag hoogstens 30 onderdelen hebben' });
    expect((await owner.post(`/api/organisations/${organisationId}/plan`, {})).body.fields).toEqual({ aspect: 'is verplicht' });
    expect((await owner.post(`/api/organisations/${organisationId}/plan`, { aspect: 'leadership' })).body.fields).toEqual({ title: 'is verplicht' });

    // An item must be a published catalogue item: not a draft, not unknown, not something else.
    const { editor, publisherId } = await publisherEditor(t);
    const draft = (await editor.post(`/api/publishers/${publisherId}/items`, training({ title: 'Nog een concept' }))).body.id as string;
    for (const itemId of [draft, NOWHERE, 'geen-id']) {
      const r = await owner.post(`/api/organisations/${organisationId}/plan`, { aspect: 'leadership', itemId, dueDate: t.clock.day(3 * 366 + 2) });
      expect(r.status).toBe(400);
      expect(r.body.fields).toEqual({
        itemId: 'is geen gepubliceerd aanbod uit de catalogus', title: 'is verplicht', dueDate: 'moet tussen een jaar geleden en drie jaar vooruit liggen',
      });
    }
    expect((await owner.post(`/api/organisations/${organisationId}/plan`, { title: 'Te oud', aspect: 'leadership', dueDate: t.clock.day(-367) })).body.fields)
      .toEqual({ dueDate: 'moet tussen een jaar geleden en drie jaar vooruit liggen' });
    expect(await count()).toBe(0);
    // A late step (due last month) is fine.
    const late = await addStep(owner, organisationId, { title: 'Al te laat', dueDate: t.clock.day(-30) });

    const before = await rowOf(t, 'plan_steps', late.id);
    owner.locale = 'en';
    const patch = await owner.patch(`/api/plan/${late.id}`, { title: null, aspect: null, status: null, position: -1, checklist: null, itemId: draft });
    expect(patch.status).toBe(400);
    expect(patch.body.message).toBe('Some fields are not filled in correctly.');
    expect(patch.body.fields).toEqual({ title: 'is required', aspect: 'is required', status: 'is required', position: 'must be at least 0', checklist: 'is required' });
    expect((await owner.patch(`/api/plan/${late.id}`, { itemId: draft, title: 'Nieuwe titel' })).body.fields).toEqual({ itemId: 'is not a published offer from the catalogue' });
    expect((await owner.patch(`/api/plan/${late.id}`, { dueDate: '2027-13-01' })).body.fields).toEqual({ dueDate: 'is not a valid date' });
    expect(await rowOf(t, 'plan_steps', late.id)).toEqual(before);
    expect(await count()).toBe(1);
  });

  it('gives the due date and the scheme\'s closing moment as a calendar file ("zet in agenda")', async () => {
    const { client: owner, organisationId } = await organisationOwner(t, 'plan-agenda');
    const closes = t.clock.day(20);
    const { itemId } = await publishedScheme(t, [{ opens: t.clock.day(-5), closes }], 'Regeling met een sluitdatum');
    const step = await addStep(owner, organisationId, { itemId, dueDate: t.clock.day(12) });
    const r = await owner.get(`/api/plan/${step.id}/calendar.ics`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = String(r.body).replace(/\r\n /g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${t.clock.day(12).replace(/-/g, '')}`);
    expect(ics).toContain('SUMMARY:Deadline: Regeling met een sluitdatum');
    expect(ics).toContain('SUMMARY:Aanvragen sluit: Regeling met een sluitdatum');
    // The end of the closing day in the Netherlands (22:59:59 or 21:59:59 UTC).
    expect(ics).toMatch(new RegExp(`DTEND:${closes.replace(/-/g, '')}T2[12]5959Z`));

    const nothing = await addStep(owner, organisationId, { title: 'Zonder datum' });
    expect((await owner.get(`/api/plan/${nothing.id}/calendar.ics`)).status).toBe(404);
  });
});
