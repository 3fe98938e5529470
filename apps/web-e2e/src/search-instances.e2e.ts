import { startApp, type RunningApp } from './support/app';
import { eventually } from './support/expect';

/** Each API process answers searches from its own in-memory index. These run two built API
 * processes on one database and check that a change committed anywhere is found (and an
 * archived item gone) on both. How soon (the second) is measured by
 * bench/search-instances.bench.mjs: a timed test fails on a busy machine, not on a slow index. */
describe('search on two API processes', () => {
  const apps: RunningApp[] = [];
  afterAll(async () => {
    for (const app of apps.splice(0).reverse()) await app.stop();
  });

  /** Waits until `check` holds for the search on every app; fails with what each one last found. */
  const until = (q: string, check: (ids: string[]) => boolean, what: string) =>
    eventually(
      () => Promise.all(apps.map(async (app) => {
        const r = await fetch(`${app.baseUrl}/api/search?q=${encodeURIComponent(q)}%20`);
        return ((await r.json()) as { hits: { id: string }[] }).hits.map((h) => h.id);
      })),
      (ids) => ids.every(check),
      `${what}, on every instance`,
      20_000,
    );

  it('finds a change on both, also one a long transaction commits late, and drops archived items', async () => {
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
    await until('glasblazen', (ids) => ids.includes(glas), 'a new item found');

    // A transaction that began earlier commits after a later change was already read.
    const { Client } = await import('pg');
    const slow = new Client({ connectionString: first.databaseUrl });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`UPDATE catalogue_items SET title = 'Glasgraveren voor gevorderden' WHERE id = $1`, [glas]);
      const later = await insert('Glasschilderen in de praktijk');
      await until('glasschilderen', (ids) => ids.includes(later), 'a later item found');
      await slow.query('COMMIT');
    } finally {
      await slow.end();
    }
    await until('glasgraveren', (ids) => ids.includes(glas), 'the late commit found by its new title');
    await until('glasblazen', (ids) => !ids.includes(glas), 'the late commit gone under its old title');

    await first.db.query(`UPDATE catalogue_items SET status = 'archived' WHERE id = $1`, [glas]);
    await until('glasgraveren', (ids) => ids.length === 0, 'the archived item gone');
  });
});
