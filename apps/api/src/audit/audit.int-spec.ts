import { ADMIN, adminClient } from '../testing/catalogue-fixtures';
import { catalogue, fitting, scannedOwner } from '../testing/matching-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The audit log holds who did what to tokens and consents, and never an answer or a message. */
describe('the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN, QUIET_HOURS: 'off' });
  });
  afterAll(() => t.close());

  const entriesFor = async (targetId: string) =>
    ((await (await adminClient(t)).get('/api/admin/audit')).body as { action: string; target: { id: string }; actor: { role: string }; details: object }[])
      .filter((e) => e.target.id === targetId);

  it('records API tokens made and revoked, and consent given and withdrawn, without what was written', async () => {
    const owner = await scannedOwner(t, { weak: ['leadership', 'collaboration'], region: 'flevoland' });
    const token = (await owner.client.post('/api/me/tokens', { name: 'koppeling' })).body;
    expect((await owner.client.request('DELETE', `/api/me/tokens/${token.id}`)).status).toBe(204);
    expect((await entriesFor(token.id)).map((e) => e.action).sort()).toEqual(['token.created', 'token.revoked']);

    const cat = await catalogue(t);
    const coach = await cat.add(fitting(t, 'coach', 'leadership', 'flevoland'));
    const asked = await owner.client.post(`/api/organisations/${owner.organisationId}/referrals`, {
      coachItemId: coach, message: 'Geheim bericht over Piet', share: 'summary',
    });
    expect(asked.status).toBe(201);
    await owner.client.request('DELETE', `/api/referrals/${asked.body.id}/consent`);
    const consent = await entriesFor(asked.body.id);
    expect(consent.map((e) => e.action).sort()).toEqual(['consent.given', 'consent.withdrawn']);
    expect(consent.find((e) => e.action === 'consent.given')!.details).toMatchObject({ scope: 'summary', coachItemId: coach });
    expect(JSON.stringify(consent)).not.toContain('Piet');
    // Filtering by a group of actions.
    const admin = await adminClient(t);
    const onlyConsent = (await admin.get('/api/admin/audit?action=consent')).body as { action: string }[];
    expect(onlyConsent.length).toBeGreaterThanOrEqual(2);
    expect(onlyConsent.every((e) => e.action.startsWith('consent.'))).toBe(true);
    expect((await admin.get('/api/admin/audit?from=gisteren')).body.fields).toEqual({ from: 'is niet geldig' });
  });
});
