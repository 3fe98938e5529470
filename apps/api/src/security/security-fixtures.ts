import { organisationOwner, uniqueEmail } from '../testing/access-fixtures';
import { training } from '../testing/catalogue-fixtures';
import { type HttpClient } from '../testing/http-client';
import { type TestApp } from '../testing/test-app';
import { type RecordKind } from './openapi-routes';

/** A signed-in person with one record of every kind the route walk knows: an organisation with an
 * open round, a publisher (pending) with a draft item and an open invitation, an API token. */
export async function ownerWithRecords(t: TestApp, who: string): Promise<{ client: HttpClient; ids: Record<RecordKind, string> }> {
  const owner = await organisationOwner(t, who);
  const c = owner.client;
  const ok = async (label: string, p: Promise<{ status: number; body: { id?: string } }>): Promise<{ id?: string }> => {
    const r = await p;
    if (r.status >= 300) throw new Error(`${label}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const round = await ok('round', c.post(`/api/organisations/${owner.organisationId}/rounds`, { title: `Scan ${who}`, closesAt: t.clock.day(14) }));
  const publisher = await ok('publisher', c.post('/api/publishers', { name: `Loket ${who}`, regions: ['twente'] }));
  const item = await ok('item', c.post(`/api/publishers/${publisher.id}/items`, training({ regions: ['twente'] })));
  const token = await ok('token', c.post('/api/me/tokens', { name: `script ${who}` }));
  await ok('invitation', c.post(`/api/publishers/${publisher.id}/members`, { email: uniqueEmail(`collega-${who}`) }));
  const invitations = await c.get<{ id: string }[]>(`/api/publishers/${publisher.id}/invitations`);
  return {
    client: c,
    ids: {
      organisation: owner.organisationId, round: round.id!, publisher: publisher.id!, item: item.id!,
      token: token.id!, user: owner.id, invitation: invitations.body[0].id,
    },
  };
}
