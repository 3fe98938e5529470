import { type HttpClient } from '../testing/http-client';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ADMIN, publisherEditor, published, scheme, training } from '../testing/catalogue-fixtures';
import { NOWHERE, rowOf, signedIn } from '../testing/access-fixtures';

/** Every way to change an item, as [label, method, path, body]. */
function changes(id: string) {
  return [
    ['edit', 'PATCH', `/api/items/${id}`, { title: 'Overgenomen door een ander' }],
    ['publish', 'POST', `/api/items/${id}/publish`, undefined],
    ['archive', 'POST', `/api/items/${id}/archive`, undefined],
    ['verify ("klopt nog")', 'POST', `/api/items/${id}/verify`, undefined],
  ] as const;
}

describe('catalogue items: only editors of the item\'s own publisher change them', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  /** Tries every change as `client`; returns [label, status] per change, and the 404 bodies. */
  async function tryEverything(client: HttpClient, id: string) {
    const outcomes: [string, number][] = [];
    const bodies: unknown[] = [];
    for (const [label, method, path, body] of changes(id)) {
      const r = await client.request(method, path, body);
      outcomes.push([label, r.status]);
      bodies.push(r.body);
    }
    return { outcomes, bodies };
  }

  async function notFoundBody(client: HttpClient) {
    const r = await client.post(`/api/items/${NOWHERE}/publish`);
    expect(r.status).toBe(404);
    return r.body;
  }

  it('an editor of another publisher cannot edit, publish, archive or verify a draft: 404, as if it did not exist, and the draft is untouched', async () => {
    const a = await publisherEditor(t);
    const b = await publisherEditor(t);
    const draft = await a.editor.post(`/api/publishers/${a.publisherId}/items`, training({ title: 'Concept van uitgever A' }));
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;
    const before = await rowOf(t, 'catalogue_items', id);

    const { outcomes, bodies } = await tryEverything(b.editor, id);
    expect(outcomes).toEqual([['edit', 404], ['publish', 404], ['archive', 404], ['verify ("klopt nog")', 404]]);
    const missing = await notFoundBody(b.editor);
    for (const body of bodies) expect(body).toEqual(missing);

    expect(await rowOf(t, 'catalogue_items', id)).toEqual(before);
    const own = await a.editor.get(`/api/publishers/${a.publisherId}/items`);
    expect(own.body.map((i: { id: string; status: string; title: string }) => [i.id, i.status, i.title])).toEqual([[id, 'draft', 'Concept van uitgever A']]);
    // Still a draft: nobody else sees it.
    expect((await b.editor.get(`/api/items/${id}`)).status).toBe(404);
    expect((await t.client().get(`/api/items/${id}`)).status).toBe(404);
  });

  it('an editor of another publisher cannot edit, archive, re-publish or verify a published item; the public sees it unchanged', async () => {
    const a = await publisherEditor(t);
    const b = await publisherEditor(t);
    const id = await published(a.editor, a.publisherId, scheme({ title: 'Regeling van uitgever A' }));
    // Due for verification: a "klopt nog" by B would reset this.
    await t.db.query(`UPDATE catalogue_items SET verified_on = $2::date - interval '13 months' WHERE id = $1`, [id, t.clock.today()]);
    const before = await rowOf(t, 'catalogue_items', id);
    const publicBefore = (await t.client().get(`/api/items/${id}`)).body;

    const { outcomes } = await tryEverything(b.editor, id);
    expect(outcomes).toEqual([['edit', 404], ['publish', 404], ['archive', 404], ['verify ("klopt nog")', 404]]);

    expect(await rowOf(t, 'catalogue_items', id)).toEqual(before);
    const publicAfter = await t.client().get(`/api/items/${id}`);
    expect(publicAfter.status).toBe(200);
    expect(publicAfter.body).toEqual(publicBefore);
    expect(publicAfter.body).toMatchObject({ title: 'Regeling van uitgever A', status: 'published', needsVerification: true });
    const search = await t.client().get(`/api/search?q=${encodeURIComponent('Overgenomen')}`);
    expect(search.body.hits.map((h: { id: string }) => h.id)).not.toContain(id);
  });

  it('an editor of another publisher cannot bring back an archived item', async () => {
    const a = await publisherEditor(t);
    const b = await publisherEditor(t);
    const id = await published(a.editor, a.publisherId, scheme({ title: 'Gearchiveerde regeling' }));
    expect((await a.editor.post(`/api/items/${id}/archive`)).status).toBe(200);
    const before = await rowOf(t, 'catalogue_items', id);

    const { outcomes } = await tryEverything(b.editor, id);
    expect(outcomes).toEqual([['edit', 404], ['publish', 404], ['archive', 404], ['verify ("klopt nog")', 404]]);
    expect(await rowOf(t, 'catalogue_items', id)).toEqual(before);
    expect((await t.client().get(`/api/items/${id}`)).status).toBe(404);
  });

  it('a signed-in user who edits for no publisher at all gets the same 404 and changes nothing', async () => {
    const a = await publisherEditor(t);
    const id = await published(a.editor, a.publisherId, training({ title: 'Training van uitgever A' }));
    const before = await rowOf(t, 'catalogue_items', id);
    const { client: outsider } = await signedIn(t, 'buitenstaander');

    const { outcomes } = await tryEverything(outsider, id);
    expect(outcomes).toEqual([['edit', 404], ['publish', 404], ['archive', 404], ['verify ("klopt nog")', 404]]);
    expect(await rowOf(t, 'catalogue_items', id)).toEqual(before);
  });

  it('asks an anonymous caller to sign in (401) before anything else, and changes nothing', async () => {
    const a = await publisherEditor(t);
    const id = await published(a.editor, a.publisherId, scheme({ title: 'Regeling voor iedereen zichtbaar' }));
    const before = await rowOf(t, 'catalogue_items', id);
    const anonymous = t.client();

    const { outcomes, bodies } = await tryEverything(anonymous, id);
    expect(outcomes).toEqual([['edit', 401], ['publish', 401], ['archive', 401], ['verify ("klopt nog")', 401]]);
    for (const body of bodies) expect(body).toEqual({ error: 'unauthenticated', message: 'Log eerst in.' });
    // Whether the id exists or is even an id does not matter: signing in comes first.
    expect((await anonymous.post(`/api/items/${NOWHERE}/verify`)).status).toBe(401);
    expect((await anonymous.post('/api/items/geen-id/publish')).status).toBe(401);
    expect(await rowOf(t, 'catalogue_items', id)).toEqual(before);
  });

  it('the publisher\'s own editor can do each of them (the control for the refusals above)', async () => {
    const a = await publisherEditor(t);
    const created = await a.editor.post(`/api/publishers/${a.publisherId}/items`, scheme({ title: 'Eigen regeling' }));
    const id = created.body.id as string;

    const edited = await a.editor.patch(`/api/items/${id}`, { title: 'Eigen regeling, bijgewerkt' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id, title: 'Eigen regeling, bijgewerkt', status: 'draft' });

    const pub = await a.editor.post(`/api/items/${id}/publish`);
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe('published');

    await t.db.query(`UPDATE catalogue_items SET verified_on = $2::date - interval '13 months' WHERE id = $1`, [id, t.clock.today()]);
    const verified = await a.editor.post(`/api/items/${id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body.needsVerification).toBe(false);
    const [{ fresh }] = await t.db.query(`SELECT verified_on = $2::date AS fresh FROM catalogue_items WHERE id = $1`, [id, t.clock.today()]);
    expect(fresh).toBe(true);

    const archived = await a.editor.post(`/api/items/${id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.status).toBe('archived');
  });

  it('membership decides, not who created the publisher: a colleague added later may edit, and loses that the moment they are removed', async () => {
    const a = await publisherEditor(t);
    const colleague = await signedIn(t, 'collega');
    const id = await published(a.editor, a.publisherId, training({ title: 'Training van het team' }));

    expect((await colleague.client.patch(`/api/items/${id}`, { title: 'Nog niet van mij' })).status).toBe(404);
    const added = await a.editor.post(`/api/publishers/${a.publisherId}/members`, { email: colleague.email });
    expect(added.status).toBe(201);
    const edit = await colleague.client.patch(`/api/items/${id}`, { title: 'Training van het team, 2027' });
    expect(edit.status).toBe(200);
    expect(edit.body.title).toBe('Training van het team, 2027');

    expect((await a.editor.delete(`/api/publishers/${a.publisherId}/members/${colleague.id}`)).status).toBe(204);
    const before = await rowOf(t, 'catalogue_items', id);
    const { outcomes } = await tryEverything(colleague.client, id);
    expect(outcomes).toEqual([['edit', 404], ['publish', 404], ['archive', 404], ['verify ("klopt nog")', 404]]);
    expect(await rowOf(t, 'catalogue_items', id)).toEqual(before);
  });
});
