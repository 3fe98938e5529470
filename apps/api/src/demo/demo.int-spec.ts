import { ItemsRepository } from '../catalogue/items.repository';
import { InsightsRefreshJob } from '../insights/insights-refresh.job';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from './demo-data';

/** What a newcomer sees after `npm start`: the loop alive on the demo data. */
describe('the demo data', () => {
  let t: TestApp;
  const signIn = async (role: (typeof DEMO_ACCOUNTS)[number]['role']) => {
    const client = t.client();
    const r = await client.post('/api/auth/login', { email: DEMO_ACCOUNTS.find((a) => a.role === role)!.email, password: DEMO_PASSWORD });
    expect(r.status).toBe(200);
    return client;
  };

  beforeAll(async () => {
    // The demo loads with the real clock, as `npm start` does.
    t = await startTestApp();
    t.clock.set(new Date());
    expect(await t.db.transaction((m) => loadDemoData(m, t.app.get(ItemsRepository)))).toBe(true);
  });
  afterAll(() => t.close());

  it("gives each demo company's weak spots eligible offers of every kind, each with contact details", async () => {
    const owner = await signIn('owner');
    const organisations = (await owner.get('/api/organisations')).body as { id: string; name: string }[];
    expect(organisations).toHaveLength(3);
    for (const organisation of organisations) {
      const r = (await owner.get(`/api/organisations/${organisation.id}/recommendations`)).body;
      expect([organisation.name, r.basedOn.mode]).toEqual([organisation.name, 'weak_spots']);
      expect([organisation.name, r.gaps]).toEqual([organisation.name, []]);
      for (const group of r.groups) {
        const kinds = new Set(group.items.map((i: { item: { kind: string } }) => i.item.kind));
        expect([organisation.name, group.aspect, [...kinds].sort()]).toEqual([organisation.name, group.aspect, ['coach', 'scheme', 'training']]);
      }
    }
    const items = await t.db.query(`SELECT title FROM catalogue_items WHERE status = 'published' AND contact_email IS NULL AND url IS NULL`);
    expect(items).toEqual([]);
  });

  it('has an action plan with a step in every column, and a coach with a request in every state', async () => {
    const owner = await signIn('owner');
    const [metal] = (await owner.get('/api/organisations')).body.filter((o: { name: string }) => o.name.startsWith('Metaal'));
    const plan = (await owner.get(`/api/organisations/${metal.id}/plan`)).body as { status: string }[];
    expect([...new Set(plan.map((s) => s.status))].sort()).toEqual(['doing', 'done', 'idea', 'planned']);

    const coach = await signIn('coach');
    const inbox = (await coach.get('/api/coach/inbox')).body;
    expect([...new Set(inbox.referrals.map((r: { status: string }) => r.status))].sort()).toEqual(
      ['accepted', 'cancelled', 'completed', 'declined', 'lapsed', 'requested'],
    );
    expect(inbox.open).toBe(2);
    // The accepted request shows what its consent covers; the withdrawn one nothing.
    const accepted = inbox.referrals.find((r: { status: string }) => r.status === 'accepted');
    expect(accepted.shared.weakSpots.length).toBeGreaterThan(0);
    expect(accepted.contact).toMatchObject({ email: 'eigenaar@demo.groeiwijzer.nl' });
  });

  it('fills the insights: 30+ companies with 2–3 closed rounds, a gap without offer, unmet searches, 60+ offers with contact details', async () => {
    await t.app.get(InsightsRefreshJob).refresh(t.clock.now());
    const publisher = await signIn('publisher');
    const [{ n: items }] = await t.db.query(`SELECT count(*)::int AS n FROM catalogue_items WHERE status = 'published' AND (contact_email IS NOT NULL OR url IS NOT NULL)`);
    expect(items).toBeGreaterThanOrEqual(60);
    const twente = (await publisher.get('/api/insights/demand?region=twente')).body;
    const total = twente.cells.find((c: { sector: string | null }) => c.sector === null);
    expect(total.organisations).toBeGreaterThanOrEqual(30);
    expect(twente.trend.filter((r: { organisations?: number }) => r.organisations).length).toBeGreaterThanOrEqual(2);
    const zwolle = (await publisher.get('/api/insights/demand?region=regio-zwolle')).body;
    expect(zwolle.gaps).toContainEqual(expect.objectContaining({ aspect: 'outside_connection', publishedOffers: 0, band: 'none' }));
    expect(zwolle.pooling.length).toBeGreaterThan(0);
    const unmet = zwolle.unmetSearches.map((u: { q: string }) => u.q);
    expect(unmet).toContain('stage begeleiden mbo');
    expect(unmet).not.toContain('cursus lassen zaterdag');
    // The owner's report has a trend over its three rounds.
    const owner = await signIn('owner');
    const [metal] = (await owner.get('/api/organisations')).body.filter((o: { name: string }) => o.name.startsWith('Metaal'));
    const rounds = (await owner.get(`/api/organisations/${metal.id}/rounds`)).body as { id: string }[];
    expect(rounds).toHaveLength(3);
  });
});

