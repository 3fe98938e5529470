import { startTestApp, type TestApp } from '../testing/test-app';

describe('publishers and the admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ ADMIN_EMAIL: 'beheer@groeiwijzer.nl', ADMIN_PASSWORD: 'beheer-wachtwoord-lang' });
  });
  afterAll(() => t.close());

  it('a new publisher waits for the admin; only the admin can approve it', async () => {
    const editor = t.client();
    await editor.signUp('redactie@sectortafel.nl');
    const created = await editor.post('/api/publishers', { name: 'Sectortafel Bouw & Infra', regions: ['twente', 'achterhoek'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', name: 'Sectortafel Bouw & Infra' });
    expect((await editor.get('/api/auth/me')).body.publishers).toEqual([{ id: created.body.id, name: 'Sectortafel Bouw & Infra' }]);

    const selfApprove = await editor.post(`/api/admin/publishers/${created.body.id}/approve`);
    expect(selfApprove.status).toBe(403);

    const admin = t.client();
    const login = await admin.post('/api/auth/login', { email: 'beheer@groeiwijzer.nl', password: 'beheer-wachtwoord-lang' });
    expect(login.status).toBe(200);
    expect((await admin.get('/api/auth/me')).body.isAdmin).toBe(true);
    const pending = await admin.get('/api/admin/publishers?status=pending');
    expect(pending.body.map((p: { id: string }) => p.id)).toContain(created.body.id);
    const approved = await admin.post(`/api/admin/publishers/${created.body.id}/approve`);
    expect(approved.status).toBe(200);
    expect((await editor.get(`/api/publishers/${created.body.id}`)).body.status).toBe('approved');
  });

  it('checks regions and keeps other publishers private', async () => {
    const editor = t.client();
    await editor.signUp('redactie@leerwerkloket.nl');
    const bad = await editor.post('/api/publishers', { name: 'Loket', regions: ['twente', 'mars'], website: 'geen-url' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['regions', 'website']);
    const { body: own } = await editor.post('/api/publishers', { name: 'Leerwerkloket Twente', regions: ['twente'] });
    const stranger = t.client();
    await stranger.signUp('vreemde@bedrijf.nl');
    expect((await stranger.get(`/api/publishers/${own.id}`)).status).toBe(404);
  });

  it('members add colleagues with an account, who then edit the publisher too; the last editor stays', async () => {
    const editor = t.client();
    const me = await editor.signUp('hoofdredactie@sectortafel-zorg.nl');
    const { body: publisher } = await editor.post('/api/publishers', { name: 'Sectortafel Zorg', regions: ['twente'] });
    const colleague = t.client();
    const them = await colleague.signUp('collega@sectortafel-zorg.nl');
    expect((await colleague.get(`/api/publishers/${publisher.id}`)).status).toBe(404);

    const unknown = await editor.post(`/api/publishers/${publisher.id}/members`, { email: 'nog-geen-account@zorg.nl' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.fields).toEqual({ email: 'heeft nog geen account bij Groeiwijzer' });
    const added = await editor.post(`/api/publishers/${publisher.id}/members`, { email: 'Collega@Sectortafel-Zorg.nl' });
    expect(added.status).toBe(201);
    expect(added.body.map((m: { email: string }) => m.email).sort()).toEqual(['collega@sectortafel-zorg.nl', 'hoofdredactie@sectortafel-zorg.nl']);
    expect((await colleague.get('/api/auth/me')).body.publishers).toEqual([{ id: publisher.id, name: 'Sectortafel Zorg' }]);
    expect((await colleague.get(`/api/publishers/${publisher.id}/items`)).status).toBe(200);

    const outsider = t.client();
    await outsider.signUp('buitenstaander@zorg.nl');
    expect((await outsider.post(`/api/publishers/${publisher.id}/members`, { email: 'buitenstaander@zorg.nl' })).status).toBe(404);

    expect((await colleague.delete(`/api/publishers/${publisher.id}/members/${me.id}`)).status).toBe(204);
    const last = await colleague.delete(`/api/publishers/${publisher.id}/members/${them.id}`);
    expect(last.status).toBe(409);
    expect(last.body.error).toBe('last_member');
    expect((await editor.get(`/api/publishers/${publisher.id}`)).status).toBe(404);
  });
});
