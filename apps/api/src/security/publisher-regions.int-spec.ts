import { ADMIN, publisherEditor, scheme, training } from '../testing/catalogue-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The API, not the page, holds the rule: a publisher's items lie within its own regions, and
 * `landelijk` only for a publisher whose regions include it (docs/catalogue.md). */
describe("a publisher's items stay within its own regions", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(ADMIN);
  });
  afterAll(() => t.close());

  const regionsField = (allowed: string, value: string) => ({ regions: `mag alleen regio's van deze uitgever bevatten (${allowed}); niet: ${value}` });

  it('refuses on create a region the publisher was not approved for, and landelijk for a regional one', async () => {
    const { editor, publisherId } = await publisherEditor(t, { regions: ['twente'] });
    const other = await editor.post(`/api/publishers/${publisherId}/items`, training({ regions: ['twente', 'rijnmond'] }));
    expect(other.status).toBe(400);
    expect(other.body.fields).toEqual(regionsField('twente', 'rijnmond'));
    const nationwide = await editor.post(`/api/publishers/${publisherId}/items`, scheme({ regions: ['landelijk'] }));
    expect(nationwide.status).toBe(400);
    expect(nationwide.body.fields).toEqual(regionsField('twente', 'landelijk'));
    expect(await t.db.query(`SELECT 1 FROM catalogue_items WHERE publisher_id = $1`, [publisherId])).toEqual([]);
    expect((await editor.post(`/api/publishers/${publisherId}/items`, training({ regions: ['twente'] }))).status).toBe(201);
  });

  it('lets a national publisher offer nationwide items', async () => {
    const { editor, publisherId } = await publisherEditor(t, { regions: ['landelijk'] });
    const created = await editor.post(`/api/publishers/${publisherId}/items`, scheme({ regions: ['landelijk'] }));
    expect(created.status).toBe(201);
    expect((await editor.post(`/api/items/${created.body.id}/publish`)).status).toBe(200);
    expect((await editor.post(`/api/publishers/${publisherId}/items`, scheme({ regions: ['twente'] }))).status).toBe(400);
  });

  it('refuses an edit that moves an item out of the publisher\'s regions, and keeps the item as it was', async () => {
    const { editor, publisherId } = await publisherEditor(t, { regions: ['twente', 'achterhoek'] });
    const created = await editor.post(`/api/publishers/${publisherId}/items`, training({ regions: ['twente'] }));
    const moved = await editor.patch(`/api/items/${created.body.id}`, { regions: ['achterhoek', 'groot-amsterdam'] });
    expect(moved.status).toBe(400);
    expect(moved.body.fields).toEqual(regionsField('twente, achterhoek', 'groot-amsterdam'));
    expect((await editor.get(`/api/items/${created.body.id}`)).body.regions).toEqual(['twente']);
    expect((await editor.patch(`/api/items/${created.body.id}`, { regions: ['achterhoek'] })).status).toBe(200);
  });

  it('refuses to publish an item whose regions lie outside (written before the rule, or regions changed since)', async () => {
    const { editor, publisherId } = await publisherEditor(t, { regions: ['twente'] });
    const created = await editor.post(`/api/publishers/${publisherId}/items`, training({ regions: ['twente'] }));
    await t.db.query(`UPDATE catalogue_items SET regions = ARRAY['rijnmond'] WHERE id = $1`, [created.body.id]);
    const published = await editor.post(`/api/items/${created.body.id}/publish`);
    expect(published.status).toBe(400);
    expect(published.body.fields).toEqual(regionsField('twente', 'rijnmond'));
    expect((await editor.get(`/api/items/${created.body.id}`)).body.status).toBe('draft');
  });

  it('reports every import row outside the regions, and writes nothing', async () => {
    const { editor, publisherId } = await publisherEditor(t, { regions: ['twente'] });
    const rows = [
      training({ externalId: 'a', regions: ['twente'] }),
      training({ externalId: 'b', regions: ['landelijk'] }),
      training({ externalId: 'c', regions: ['twente', 'drenthe'] }),
    ];
    const r = await editor.post(`/api/publishers/${publisherId}/import?dryRun=false`, rows);
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      { row: 2, field: 'regions', message: "mag alleen regio's van deze uitgever bevatten (twente); niet: landelijk" },
      { row: 3, field: 'regions', message: "mag alleen regio's van deze uitgever bevatten (twente); niet: drenthe" },
    ]);
    expect(r.body.created).toBe(1);
    expect(await t.db.query(`SELECT 1 FROM catalogue_items WHERE publisher_id = $1`, [publisherId])).toEqual([]);
  });
});
