import { startTestApp, type TestApp } from '../testing/test-app';
import { type HttpClient } from '../testing/http-client';

const bakery = { name: 'Bakkerij De Vries', sector: 'G', region: 'twente', employees: 8, kvkNumber: '12345678' };

describe('organisations through the HTTP API', () => {
  let t: TestApp;
  let owner: HttpClient;
  let other: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    owner = t.client();
    other = t.client();
    await owner.signUp('owner@bakkerij.nl');
    await other.signUp('other@concurrent.nl');
  });
  afterAll(() => t.close());

  it('creates an organisation with its size class; the creator becomes owner', async () => {
    // A new owner of its own: the organisation list below is theirs alone, whatever ran before.
    const owner = t.client();
    await owner.signUp(`eigenaar-${Math.random().toString(36).slice(2, 8)}@bakkerij.nl`);
    const r = await owner.post('/api/organisations', bakery);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ ...bakery, sizeClass: 'micro' });
    expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const me = await owner.get('/api/auth/me');
    expect(me.body.organisations).toEqual([{ id: r.body.id, name: bakery.name, role: 'owner' }]);
    const list = await owner.get('/api/organisations');
    expect(list.body.map((o: { id: string }) => o.id)).toEqual([r.body.id]);
  });

  it('edits the profile; the size class follows the employee count', async () => {
    const { body: created } = await owner.post('/api/organisations', { ...bakery, name: 'Groeiende Bakker' });
    const r = await owner.patch(`/api/organisations/${created.id}`, { employees: 60 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ employees: 60, sizeClass: 'medium', name: 'Groeiende Bakker' });
    expect((await owner.get(`/api/organisations/${created.id}`)).body.sizeClass).toBe('medium');
  });

  it('answers 404 for another organisation, whether it exists or not', async () => {
    const { body: created } = await owner.post('/api/organisations', { ...bakery, name: 'Geheim BV' });
    const read = await other.get(`/api/organisations/${created.id}`);
    const missing = await other.get('/api/organisations/00000000-0000-4000-8000-000000000000');
    const malformed = await other.get('/api/organisations/not-a-uuid');
    expect([read.status, missing.status, malformed.status]).toEqual([404, 404, 404]);
    expect(read.body).toEqual(missing.body);
    const write = await other.patch(`/api/organisations/${created.id}`, { name: 'Overgenomen' });
    expect(write.status).toBe(404);
    expect((await owner.get(`/api/organisations/${created.id}`)).body.name).toBe('Geheim BV');
    expect((await other.get('/api/organisations')).body).toEqual([]);
  });

  it('asks who you are before anything else', async () => {
    const anonymous = t.client();
    expect((await anonymous.get('/api/organisations')).status).toBe(401);
    const r = await anonymous.post('/api/organisations', bakery);
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: 'unauthenticated', message: 'Log eerst in.' });
  });

  it('names every bad field, and writes nothing', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM organisations');
    const r = await owner.post('/api/organisations', { name: 'B', sector: 'Z', region: 'atlantis', employees: 250, kvkNumber: '123', website: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.fields).toEqual({
      name: 'moet minstens 2 tekens hebben',
      sector: 'is geen SBI-sectieletter (A tot en met U)',
      region: 'is geen bekende arbeidsmarktregio',
      employees: 'mag hoogstens 249 zijn',
      kvkNumber: 'moet uit 8 cijfers bestaan',
      website: 'is geen bekend veld',
    });
    const typed = await owner.post('/api/organisations', { ...bakery, employees: '12' });
    expect(typed.body.fields).toEqual({ employees: 'moet een heel getal zijn' });
    const { body: created } = await owner.post('/api/organisations', bakery);
    const erase = await owner.patch(`/api/organisations/${created.id}`, { name: null });
    expect(erase.status).toBe(400);
    expect(erase.body.fields).toEqual({ name: 'is verplicht' });
    const after = await t.db.query('SELECT count(*)::int AS n FROM organisations');
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it('rejects a body that is not JSON with a clear error', async () => {
    const r = await owner.request('POST', '/api/organisations', '{"name": ', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'invalid_json', message: 'De gegevens zijn geen geldige JSON.' });
  });

  it('accepts a bodiless POST that says it is JSON, and refuses prototype poisoning', async () => {
    const logout = await t.client().request('POST', '/api/auth/logout', '', { 'content-type': 'application/json' });
    expect(logout.status).toBe(204);
    const poisoned = await owner.request('POST', '/api/organisations', '{"__proto__": {"admin": true}, "name": "X"}', { 'content-type': 'application/json' });
    expect(poisoned.status).toBe(400);
  });

  it('leaves nothing half-written when the request fails halfway', async () => {
    // Make the second write of the transaction (the owner membership) fail, as a crash would.
    await t.db.query(`CREATE FUNCTION fail_membership() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql`);
    await t.db.query(`CREATE TRIGGER fail_membership BEFORE INSERT ON organisation_members FOR EACH ROW EXECUTE FUNCTION fail_membership()`);
    try {
      const r = await owner.post('/api/organisations', { ...bakery, name: 'Halve Organisatie' });
      expect(r.status).toBe(500);
      expect(r.body.error).toBe('internal');
      expect(JSON.stringify(r.body)).not.toContain('boom');
      expect(await t.db.query(`SELECT 1 FROM organisations WHERE name = 'Halve Organisatie'`)).toHaveLength(0);
    } finally {
      await t.db.query(`DROP TRIGGER fail_membership ON organisation_members; DROP FUNCTION fail_membership()`);
    }
  });
});
