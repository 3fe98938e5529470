import { startApp, type RunningApp } from './support/app';

/** Each API process answers searches from its own in-memory index. These run two built API
 * processes on one database and check that a change committed anywhere is found (and an
 * archived item gone) on both within the second. */
describe('search on two API processes', () => {
  const apps: RunningApp[] = [];
  afterAll(async () => {
    for (const app of apps.splice(0).reverse()) await app.stop();
  });

  /** Milliseconds until `check` holds for the search on every app (polled every 20 ms). */
  async function until(q: string, check: (ids: string[]) => boolean, limitMs = 5000): Promise<number> {
    const started = performance.now();
    for (;;) {
      const ids = await Promise.all(apps.map(async (app) => {
        const r = await fetch(`${app.baseUrl}/api/search?q=${encodeURIComponent(q)}%20`);
        return ((await r.json()) as { hits: { id: string }[] }).hits.map((h) => h.id);
      }));
      if (ids.every(check)) return performance.now() - started;
      if (performance.now() - started > limitMs) throw new Error(`not on every instance after ${limitMs} ms: ${JSON.stringify(ids)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('finds a change on both within a second, also one a long transaction commits late, and drops archived items', async () => {
    const first = await startApp();
    apps.push(first);
    apps.push(await startApp({}, { sharedWith: first }));
    const [{ id: publisherId }] = (await first.db.query(
      `INSERT INTO publishers (name, regions, status, approved_at) VALUES ('Sectortafel Glas', ARRAY['twente'], 'approved', now()) RETURNING id`,
    )).rows;
    const insert = async (title: string) => (await first.db.query(
      `INSERT INTO catalogue_items (publisher_id, kind, status, approved, title, summary, aspects, regions, provider, published_at)
       VALUES ($1, 'training', 'published', true, $2, 'Een korte training op locatie.', ARRAY['work_content'], ARRAY['twente'], 'Glasschool', now())
       RETURNING id`,
      [publisherId, title],
    )).rows[0].id as string;

    // Written by "another instance": neither API process made this change.
    const glas = await insert('Glasblazen voor beginners');
    expect(await until('glasblazen', (ids) => ids.includes(glas))).toBeLessThan(1000);

    // A transaction that began earlier commits after a later change was already read.
    const { Client } = await import('pg');
    const slow = new Client({ connectionString: first.databaseUrl });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`UPDATE catalogue_items SET title = 'Glasgraveren voor gevorderden' WHERE id = $1`, [glas]);
      const later = await insert('Glasschilderen in de praktijk');
      await until('glasschilderen', (ids) => ids.includes(later));
      await slow.query('COMMIT');
    } finally {
      await slow.end();
    }
    expect(await until('glasgraveren', (ids) => ids.includes(glas))).toBeLessThan(1000);
    expect(await until('glasblazen', (ids) => !ids.includes(glas))).toBeLessThan(1000);

    await first.db.query(`UPDATE catalogue_items SET status = 'archived' WHERE id = $1`, [glas]);
    expect(await until('glasgraveren', (ids) => ids.length === 0)).toBeLessThan(1000);
  });
});
