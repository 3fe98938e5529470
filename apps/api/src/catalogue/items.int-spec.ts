import { startTestApp, type TestApp } from '../testing/test-app';
import { adminClient, ADMIN, coach, publisherEditor, published, scheme, training } from '../testing/catalogue-fixtures';

describe('publishing catalogue items', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  it('goes from draft to published to archived; only published items are public', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const created = await editor.post(`/api/publishers/${publisherId}/items`, training());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', kind: 'training', publisherId, approved: true, needsVerification: false });
    const id = created.body.id;
    const visitor = t.client();
    expect((await visitor.get(`/api/items/${id}`)).status).toBe(404);

    const pub = await editor.post(`/api/items/${id}/publish`);
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe('published');
    const seen = await visitor.get(`/api/items/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ title: 'Leidinggeven aan leren op de werkvloer', costEur: 450, training: { durationHours: 12 } });

    const archived = await editor.post(`/api/items/${id}/archive`);
    expect(archived.body.status).toBe('archived');
    expect((await visitor.get(`/api/items/${id}`)).status).toBe(404);
    const list = await editor.get(`/api/publishers/${publisherId}/items`);
    expect(list.body.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([[id, 'archived']]);
  });

  it('a publisher edits only its own items', async () => {
    const a = await publisherEditor(t);
    const b = await publisherEditor(t);
    const id = await published(a.editor, a.publisherId, scheme());
    expect((await b.editor.patch(`/api/items/${id}`, { title: 'Overgenomen titel' })).status).toBe(404);
    expect((await b.editor.post(`/api/items/${id}/archive`)).status).toBe(404);
    expect((await b.editor.get(`/api/publishers/${a.publisherId}/items`)).status).toBe(404);
    expect((await b.editor.post(`/api/publishers/${a.publisherId}/items`, scheme())).status).toBe(404);
    const edited = await a.editor.patch(`/api/items/${id}`, { title: 'SLIM-regeling 2027' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'SLIM-regeling 2027', status: 'published', kind: 'scheme' });
  });

  it('a publisher that is not approved yet makes drafts but cannot publish', async () => {
    const { editor, publisherId } = await publisherEditor(t, { approved: false });
    const created = await editor.post(`/api/publishers/${publisherId}/items`, training());
    expect(created.status).toBe(201);
    const pub = await editor.post(`/api/items/${created.body.id}/publish`);
    expect(pub.status).toBe(409);
    expect(pub.body.error).toBe('publisher_not_approved');
  });

  it('checks every field per kind and names each problem in the user\'s language', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const bad = await editor.post(`/api/publishers/${publisherId}/items`, {
      ...scheme(), title: 'x', aspects: ['geluk'], regions: ['mars'], sectors: ['Z'], url: 'javascript:alert(1)', costEur: -5,
      validFrom: '2026-05-01', validUntil: '2026-04-01', coach: { coachType: 'consularis' }, colour: 'blauw',
      scheme: { windows: [{ opens: '2026-06-01', closes: '2026-05-01' }], fundingShare: 1.5 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual({
      title: 'moet minstens 3 tekens hebben',
      aspects: 'bevat iets dat geen aspect is (geluk)',
      regions: 'is geen bekende arbeidsmarktregio',
      sectors: 'is geen SBI-sectieletter (A tot en met U)',
      url: 'is geen geldig webadres',
      costEur: 'moet minstens 0 zijn',
      validUntil: 'moet op of na 2026-05-01 liggen',
      coach: 'hoort niet bij dit soort aanbod',
      colour: 'is geen bekend veld',
      'scheme.windows.0.closes': 'moet op of na 2026-06-01 liggen',
      'scheme.fundingShare': 'mag hoogstens 1 zijn',
      'scheme.eligibility': 'is verplicht',
    });
    editor.locale = 'en';
    const coachBad = await editor.post(`/api/publishers/${publisherId}/items`, { ...coach(), contactEmail: undefined, coach: { coachType: 'goeroe', capacity: 0 } });
    expect(coachBad.body.fields).toEqual({
      contactEmail: 'is required',
      'coach.coachType': 'is not a valid choice',
      'coach.entrepreneurExperience': 'is required',
      'coach.capacity': 'must be at least 1',
    });
    const trainingBad = await editor.post(`/api/publishers/${publisherId}/items`, { ...training(), costEur: undefined, format: 'per post' });
    expect(trainingBad.body.fields).toEqual({ costEur: 'is required', format: 'is not a valid choice' });
    const patchKind = await editor.patch(`/api/items/${(await editor.post(`/api/publishers/${publisherId}/items`, training())).body.id}`, { kind: 'coach' });
    expect(patchKind.status).toBe(400);
    expect(patchKind.body.fields).toEqual({ kind: 'is not a known field' });
  });

  it('renders descriptions as safe HTML: no scripts, no event handlers, no script links', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const id = await published(editor, publisherId, training({
      description: '**Let op** <script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3)) [site](https://www.example.nl)',
    }));
    const { body } = await t.client().get(`/api/items/${id}`);
    expect(body.descriptionHtml).toContain('<strong>Let op</strong>');
    expect(body.descriptionHtml).toContain('&lt;script&gt;');
    // Whatever was typed is text: no script or image element, no tag with an event handler, no script link.
    expect(body.descriptionHtml).not.toMatch(/<script|<img|<[a-z][^>]*\son\w+=|href="javascript/i);
    expect(body.descriptionHtml).toContain('[klik](javascript:alert(3))');
    expect(body.descriptionHtml).toContain('<a href="https://www.example.nl" rel="nofollow noopener noreferrer">site</a>');
  });

  it('a coach appears only after the admin approves it, and its account sees the coach item in me', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const coachAccount = t.client();
    await coachAccount.signUp('henk.coach@example.nl');
    const created = await editor.post(`/api/publishers/${publisherId}/items`, coach({ contactEmail: 'Henk.Coach@example.nl' }));
    expect(created.body).toMatchObject({ approved: false, status: 'draft', contactEmail: 'henk.coach@example.nl' });
    const early = await editor.post(`/api/items/${created.body.id}/publish`);
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('coach_not_approved');
    expect((await coachAccount.get('/api/auth/me')).body.coachItemId).toBeNull();

    expect((await editor.post(`/api/admin/items/${created.body.id}/approve`)).status).toBe(403);
    const admin = await adminClient(t);
    const pending = await admin.get('/api/admin/items?pending=coach');
    expect(pending.body.map((i: { id: string }) => i.id)).toContain(created.body.id);
    const approved = await admin.post(`/api/admin/items/${created.body.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ approved: true, status: 'published' });
    expect((await t.client().get(`/api/items/${created.body.id}`)).status).toBe(200);
    expect((await coachAccount.get('/api/auth/me')).body.coachItemId).toBe(created.body.id);
  });

  it('flags items not verified for 12 months until the publisher confirms them', async () => {
    const { editor, publisherId } = await publisherEditor(t);
    const id = await published(editor, publisherId, scheme({ title: 'Oude regeling' }));
    await t.db.query(`UPDATE catalogue_items SET verified_on = $2::date - interval '13 months' WHERE id = $1`, [id, t.clock.today()]);
    const list = await editor.get(`/api/publishers/${publisherId}/items`);
    expect(list.body[0]).toMatchObject({ id, needsVerification: true });
    const verified = await editor.post(`/api/items/${id}/verify`);
    expect(verified.body.needsVerification).toBe(false);
  });
});
