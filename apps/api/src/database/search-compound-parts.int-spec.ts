import { startTestApp, type TestApp } from '../testing/test-app';
import { SearchCompoundParts1764402500000 } from './migrations/1764402500000-search-compound-parts';

describe('migration: compound parts for the items written before', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('stores the parts of each item\'s compounds against the whole word list, keeping aspect names and "Engels English"', async () => {
    t = await startTestApp();
    const [{ id: publisherId }] = await t.db.query(
      `INSERT INTO publishers (name, regions, status, approved_at) VALUES ('Sectortafel Migratie', ARRAY['twente'], 'approved', now()) RETURNING id`);
    const insert = async (title: string, language: string | null) => {
      const [{ id }] = await t.db.query(
        `INSERT INTO catalogue_items (publisher_id, kind, status, approved, title, summary, description, aspects, regions, sectors, size_classes,
           provider, language, aspect_names)
         VALUES ($1, 'training', 'published', true, $2, 'Kort en praktisch.', '', ARRAY['leadership'], ARRAY['twente'], '{}', '{}', 'Opleider', $3,
                 'Leiderschap Leadership') RETURNING id`,
        [publisherId, title, language]);
      return id as string;
    };
    // Written before the word "kantoor" came into the catalogue: not split then.
    const old = await insert('Kantoorinrichting voor teams', 'en');
    const plain = await insert('Leiderschap in de bouw', null);
    await t.db.query(`INSERT INTO catalogue_lexicon (word) VALUES ('kantoor'), ('inrichting') ON CONFLICT DO NOTHING`);

    const runner = t.db.createQueryRunner();
    try {
      await new SearchCompoundParts1764402500000().up(runner);
    } finally {
      await runner.release();
    }
    const rows: { id: string; aspect_names: string }[] = await t.db.query(`SELECT id, aspect_names FROM catalogue_items WHERE id = ANY($1::uuid[])`, [[old, plain]]);
    const extras = new Map(rows.map((r) => [r.id, r.aspect_names]));
    expect(extras.get(old)).toContain('kantoor');
    expect(extras.get(old)).toContain('inrichting');
    expect(extras.get(old)).toContain('Engels English');
    expect(extras.get(old)).toContain('Leadership');
    expect(extras.get(plain)).not.toContain('Engels English');
    // Found by the part, through the stored search vector.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM catalogue_items WHERE search_vector @@ to_tsquery('gw_dutch', 'inrichting') AND id = $1`, [old]);
    expect(n).toBe(1);
  });
});
