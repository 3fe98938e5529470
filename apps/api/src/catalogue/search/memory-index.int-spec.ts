import { ASPECT_KEYS, NATIONWIDE, REGIONS, SECTORS, SIZE_CLASSES } from '@groeiwijzer/domain';
import { type Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { CatalogueChanges } from '../catalogue-changes';
import { IndexKeeper } from './memory/index-keeper';
import { PostgresSearchEngine } from './postgres-engine';
import { type SearchParams } from './search-engine';

/** A small seeded random generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const some = <T>(xs: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(xs)))];
  return { next, pick, some, chance: (p: number) => next() < p };
}


const WORDS = [
  'subsidie', 'subsidies', 'regeling', 'opleiding', 'opleidingen', 'scholing', 'training', 'cursus', 'leiderschap', 'leidinggeven',
  'leidinggevenden', 'coach', 'begeleiding', 'samenwerken', 'samenwerking', 'vakmanschap', 'digitalisering', 'logistiek', 'bouw',
  'metaal', 'zorg', 'leercultuur', 'loopbaan', 'werkplezier', 'praktijkleren', 'coöperatie', 'ondernemers', 'mogelijkheden',
  'vergoeding', 'tegemoetkoming', 'leerwerkplekken', 'teamontwikkeling', 'stage', 'innovatie', 'werkgevers', 'het', 'voor', 'geen',
];
const sentence = (r: ReturnType<typeof random>, n: number) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');

/** Items straight into the database, as other instances or an import would leave them. */
async function insertItems(t: TestApp, publisherId: string, count: number, seed: number, titled: (i: number) => string = () => ''): Promise<void> {
  const r = random(seed);
  for (let i = 0; i < count; i++) {
    const kind = r.pick(['scheme', 'training', 'coach'] as const);
    const status = r.chance(0.85) ? 'published' : r.pick(['draft', 'archived']);
    const validUntil = r.chance(0.1) ? t.clock.day(-3) : r.chance(0.5) ? t.clock.day(200) : null;
    const validFrom = r.chance(0.05) ? t.clock.day(20) : null;
    await t.db.query(
      `INSERT INTO catalogue_items (publisher_id, kind, status, approved, title, summary, description, aspects, regions, sectors, size_classes,
         provider, valid_from, valid_until, published_at, aspect_names)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now() - make_interval(days => $15), '')`,
      [
        publisherId, kind, status, kind !== 'coach' || r.chance(0.9), `${titled(i)}${sentence(r, 3)}`, sentence(r, 8), sentence(r, 20),
        r.some(ASPECT_KEYS, 2), r.chance(0.2) ? [NATIONWIDE] : r.some(REGIONS.slice(0, 6).map((x) => x.key), 3),
        r.chance(0.4) ? [] : r.some(SECTORS.slice(0, 5).map((s) => s.code), 2), r.chance(0.5) ? [] : r.some(SIZE_CLASSES, 2),
        r.pick(['Sectortafel Bouw', 'Leerwerkloket Twente', 'OOM']), validFrom, validUntil, Math.floor(r.next() * 400),
      ],
    );
  }
  await t.db.query(
    `INSERT INTO catalogue_lexicon (word) SELECT DISTINCT w FROM catalogue_items, regexp_split_to_table(lower(unaccent(title || ' ' || summary || ' ' || description)), '[^a-z0-9]+') w
      WHERE length(w) >= 3 ON CONFLICT DO NOTHING`,
  );
}

describe('the in-memory search index', () => {
  let t: TestApp;
  let publisherId: string;
  const params = (q: string, extra: Partial<SearchParams> = {}): SearchParams => ({ q, page: 1, perPage: 10, today: t.clock.today(), ...extra });

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: publisherId }] = await t.db.query(`INSERT INTO publishers (name, regions, status, approved_at) VALUES ('Sectortafel Test', ARRAY['twente'], 'approved', now()) RETURNING id`);
  });
  afterAll(() => t.close());

  it('finds exactly what the SQL statement finds: the same totals, facets and (for small results) items', async () => {
    await insertItems(t, publisherId, 600, 7);
    // A few items with a rare craft in their title, one to six of each: searches of these find a
    // handful, where the same items (not only totals) can be compared.
    const RARE = ['zeefdrukwerk', 'boekbinderij', 'zilversmidse', 'hoefsmidse', 'rietdekkerij', 'orgelbouwers', 'klokkengieterij', 'tegelzetterij'];
    await insertItems(t, publisherId, 28, 8, (i) => `${RARE[i % RARE.length]}${i % 3 === 0 ? ` ${RARE[(i + 3) % RARE.length]}` : ''} `);
    const memory = new PostgresSearchEngine(t.db, { searchMemoryIndex: true, searchRefreshMs: 60_000 });
    const sql = new PostgresSearchEngine(t.db, { searchMemoryIndex: false, searchRefreshMs: 60_000 });
    // The index in a worker thread (the default of the running API) answers exactly as on the main thread.
    const threaded = new PostgresSearchEngine(t.db, { searchMemoryIndex: true, searchRefreshMs: 60_000, searchIndexThread: true });
    expect((threaded as unknown as { thread: unknown }).thread).not.toBeNull();
    const r = random(11);
    const queries: SearchParams[] = [params(''), params('', { region: 'twente', kind: 'training' }), params('het voor'), params('zzzzqq')];
    for (let i = 0; i < 100; i++) {
      const words = [r.pick(WORDS), r.pick(WORDS)].slice(0, r.chance(0.5) ? 1 : 2);
      // Prefixes while typing, and typos (a letter dropped).
      if (r.chance(0.3)) words[words.length - 1] = words[words.length - 1].slice(0, 2 + Math.floor(r.next() * 4));
      else if (r.chance(0.3)) words[0] = words[0].slice(0, 2) + words[0].slice(3);
      const filters: Partial<SearchParams> = {};
      if (r.chance(0.3)) filters.region = r.pick([...REGIONS.slice(0, 6).map((x) => x.key), NATIONWIDE]);
      if (r.chance(0.2)) filters.kind = r.pick(['scheme', 'training', 'coach'] as const);
      if (r.chance(0.2)) filters.sector = r.pick(SECTORS.slice(0, 5).map((s) => s.code));
      if (r.chance(0.2)) filters.sizeClass = r.pick(SIZE_CLASSES);
      if (r.chance(0.2)) filters.aspect = r.pick(ASPECT_KEYS);
      queries.push(params(words.join(' ') + (r.chance(0.5) ? ' ' : ''), { ...filters, page: r.chance(0.2) ? 2 : 1 }));
    }
    // Partial matches: a word no item has, and three or four words of which few items have all.
    for (let i = 0; i < 30; i++) {
      const words = i % 2 ? [r.pick(WORDS), 'kantoortuin'] : [r.pick(WORDS), r.pick(WORDS), r.pick(WORDS), ...(r.chance(0.5) ? [r.pick(WORDS)] : [])];
      queries.push(params(`${words.join(' ')} `, r.chance(0.3) ? { kind: r.pick(['scheme', 'training', 'coach'] as const) } : {}));
    }
    // Rare words: alone, typed while typing, with a typo, with a filter, and beside a common word.
    for (const [i, word] of RARE.entries()) {
      queries.push(params(word), params(`${word.slice(0, 5)}`), params(`${word.slice(0, 3)}${word.slice(4)} `), params(`${word} ${r.pick(WORDS)} `));
      queries.push(params(`${word} `, { kind: (['scheme', 'training', 'coach'] as const)[i % 3] }), params(`${word} `, { region: r.pick(REGIONS.slice(0, 6).map((x) => x.key)) }));
    }
    let nonEmpty = 0;
    let highlighted = 0;
    let smallCompared = 0;
    try {
      for (const q of queries) {
        const [a, b, c] = [await memory.search(q), await sql.search(q), await threaded.search(q)];
        const label = JSON.stringify(q);
        expect({ label, total: a.total, facets: a.facets }).toEqual({ label, total: b.total, facets: b.facets });
        expect({ label, threaded: c }).toEqual({ label, threaded: a });
        if (b.total <= q.perPage && q.page === 1) expect({ label, ids: a.hits.map((h) => h.id).sort() }).toEqual({ label, ids: b.hits.map((h) => h.id).sort() });
        if (b.total > 0 && b.total <= q.perPage && q.page === 1) smallCompared++;
        // The same words marked as ts_headline marks them (HighlightAll), in the hits both show.
        const sqlMarks = new Map(b.hits.map((h) => [h.id, h.highlight]));
        const both = a.hits.filter((h) => sqlMarks.has(h.id));
        expect({ label, highlights: both.map((h) => h.highlight) }).toEqual({ label, highlights: both.map((h) => sqlMarks.get(h.id)) });
        highlighted += both.filter((h) => h.highlight.title.includes('<mark>') || h.highlight.summary.includes('<mark>')).length;
        if (b.total > 0) nonEmpty++;
      }
    } finally {
      await threaded.onApplicationShutdown();
    }
    // The comparison means something only when most searches find items, and hits are marked.
    expect(nonEmpty).toBeGreaterThan(40);
    expect(highlighted).toBeGreaterThan(100);
    // …and when enough searches find a handful, whose items are compared one by one.
    expect(smallCompared).toBeGreaterThan(20);
  });

  it('reads changes written by anyone, a late commit of a long transaction included, and forgets deleted items', async () => {
    const memory = new PostgresSearchEngine(t.db, { searchMemoryIndex: true, searchRefreshMs: 60_000 });
    const keeper = (memory as unknown as { keeper: { refresh(): Promise<void> } }).keeper;
    const titled = async (word: string) => (await memory.search(params(`${word} `))).hits.map((h) => h.title);
    const insert = async (title: string) => {
      const [{ id }] = await t.db.query(
        `INSERT INTO catalogue_items (publisher_id, kind, status, approved, title, summary, aspects, regions, provider, published_at)
         VALUES ($1, 'training', 'published', true, $2, 'Een korte training.', ARRAY['leadership'], ARRAY['twente'], 'OOM', now()) RETURNING id`,
        [publisherId, title],
      );
      return id as string;
    };
    const early = await insert('Vlechtwerk voor beginners');
    expect(await titled('vlechtwerk')).toEqual(['Vlechtwerk voor beginners']);

    // A long transaction changes the item and commits only after a later change was read.
    const slow = new Client({ connectionString: t.databaseUrl });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`UPDATE catalogue_items SET title = 'Mandenvlechten voor gevorderden' WHERE id = $1`, [early]);
      await insert('Pottenbakken in de praktijk');
      await keeper.refresh();
      expect(await titled('pottenbakken')).toEqual(['Pottenbakken in de praktijk']);
      expect(await titled('mandenvlechten')).toEqual([]);
      await slow.query('COMMIT');
    } finally {
      await slow.end();
    }
    await keeper.refresh();
    expect(await titled('mandenvlechten')).toEqual(['Mandenvlechten voor gevorderden']);
    expect(await titled('vlechtwerk')).toEqual([]);

    // Archived by another instance, then deleted outright.
    await t.db.query(`UPDATE catalogue_items SET status = 'archived' WHERE title LIKE 'Pottenbakken%'`);
    await keeper.refresh();
    expect(await titled('pottenbakken')).toEqual([]);
    await t.db.query(`DELETE FROM catalogue_items WHERE id = $1`, [early]);
    await keeper.refresh();
    expect(await titled('mandenvlechten')).toEqual([]);
  });

  it('uses a change committed through this instance in its very next search', async () => {
    const client = t.client();
    await client.signUp('redacteur-geheugen@sectortafel.nl');
    const [{ id: userId }] = await t.db.query(`SELECT id FROM users WHERE email = 'redacteur-geheugen@sectortafel.nl'`);
    await t.db.query(`INSERT INTO publisher_members (publisher_id, user_id) VALUES ($1, $2)`, [publisherId, userId]);
    const created = await client.post<{ id: string }>(`/api/publishers/${publisherId}/items`, {
      kind: 'training', title: 'Glasblazen voor de glastuinbouw', summary: 'Praktische training op locatie.', aspects: ['work_content'],
      regions: ['twente'], sectors: [], sizeClasses: [], provider: 'OOM', costEur: 0, format: 'online',
    });
    expect(created.status).toBe(201);
    expect((await client.post(`/api/items/${created.body.id}/publish`)).status).toBe(200);
    // No waiting: the write marked this instance's index as behind.
    const found = await client.get<{ hits: { id: string }[] }>('/api/search?q=glasblazen');
    expect(found.body.hits.map((h) => h.id)).toEqual([created.body.id]);
  });

  it('never answers from a read that is only half applied: a change committed here waits for the read in progress', async () => {
    // The background read is held up while it asks PostgreSQL for the new words' lexemes, after
    // it has taken the rows but before they are in the index.
    let release: () => void = () => undefined;
    let holding = false;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const db = {
      query: async (sql: string, values?: unknown[]) => {
        const result = await t.db.query(sql, values);
        if (holding && sql.includes('unnest($1::text[]) AS w')) await gate;
        return result;
      },
    };
    const keeper = new IndexKeeper(db, { refreshMs: 60_000 });
    await keeper.fresh();
    const before = (await keeper.fresh()).count;
    await t.db.query(
      `INSERT INTO catalogue_items (publisher_id, kind, status, approved, title, summary, aspects, regions, provider, published_at)
       VALUES ($1, 'training', 'published', true, 'Zeefdrukken voor starters', 'Een korte training.', ARRAY['leadership'], ARRAY['twente'], 'OOM', now())`,
      [publisherId],
    );
    keeper.markDirty(); // what committing through the API does
    holding = true;
    const background = keeper.refresh();
    let answered = false;
    const search = keeper.fresh().then((index) => {
      answered = true;
      return index.count;
    });
    await new Promise((r) => setTimeout(r, 300)); // the held read cannot finish in this time
    expect(answered).toBe(false);
    release();
    await background;
    expect(await search).toBe(before + 1);
  });

  it('knows a stop word as one (no lexeme), also when asked again, and a catalogue word by PostgreSQL\'s lexeme', async () => {
    const keeper = new IndexKeeper(t.db, { refreshMs: 60_000 });
    await keeper.fresh();
    await keeper.learnWords(['Subsidie voor de opleiding van het personeel']);
    for (let round = 0; round < 2; round++) {
      expect(['de', 'het', 'voor', 'van'].map((w) => keeper.lexemeOf(w))).toEqual([null, null, null, null]);
    }
    const [{ lexeme }] = await t.db.query(`SELECT (to_tsvector('gw_dutch', 'opleiding')::text) AS lexeme`);
    expect(`'${keeper.lexemeOf('opleiding')}':1`).toBe(lexeme);
  });
});

describe('the in-memory search index in a worker thread (SEARCH_INDEX_THREAD=true)', () => {
  let t: TestApp;
  let publisherId: string;
  const threadOf = (t: TestApp) => (t.app.get(PostgresSearchEngine) as unknown as { thread: { worker: Worker | null } | null }).thread;

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_INDEX_THREAD: 'true' });
    [{ id: publisherId }] = await t.db.query(`INSERT INTO publishers (name, regions, status, approved_at) VALUES ('Sectortafel Draad', ARRAY['twente'], 'approved', now()) RETURNING id`);
  });
  afterAll(() => t.close());

  it('uses a change committed through this instance in its very next search: the mark goes to the thread before the search', async () => {
    expect(threadOf(t)).not.toBeNull();
    const client = t.client();
    await client.signUp('redacteur-draad@sectortafel.nl');
    const [{ id: userId }] = await t.db.query(`SELECT id FROM users WHERE email = 'redacteur-draad@sectortafel.nl'`);
    await t.db.query(`INSERT INTO publisher_members (publisher_id, user_id) VALUES ($1, $2)`, [publisherId, userId]);
    // The thread has read the catalogue before the change.
    expect((await client.get<{ total: number }>('/api/search?q=kantklossen')).body.total).toBe(0);
    const created = await client.post<{ id: string }>(`/api/publishers/${publisherId}/items`, {
      kind: 'training', title: 'Kantklossen voor de textielsector', summary: 'Een praktische training op locatie.', aspects: ['work_content'],
      regions: ['twente'], sectors: [], sizeClasses: [], provider: 'OOM', costEur: 0, format: 'online',
    });
    expect(created.status).toBe(201);
    expect((await client.post(`/api/items/${created.body.id}/publish`)).status).toBe(200);
    const found = await client.get<{ hits: { id: string; title: string }[] }>('/api/search?q=kantklossen');
    expect(found.body.hits.map((h) => h.id)).toEqual([created.body.id]);
    // Highlights come from the main thread's words.
    expect(found.body.hits[0].title).toContain('Kantklossen');
  });

  it('starts the thread again when it dies: the next search reads the catalogue anew and answers', async () => {
    const engine = t.app.get(PostgresSearchEngine);
    const thread = threadOf(t) as { worker: Worker | null };
    await t.db.query(
      `INSERT INTO catalogue_items (publisher_id, kind, status, approved, title, summary, aspects, regions, provider, published_at)
       VALUES ($1, 'training', 'published', true, 'Edelsmeden in de praktijk', 'Een korte training.', ARRAY['leadership'], ARRAY['twente'], 'OOM', now())`,
      [publisherId],
    );
    await t.app.get(CatalogueChanges).committed(t.db);
    const q = { q: 'edelsmeden ', page: 1, perPage: 10, today: t.clock.today() };
    expect((await engine.search(q)).total).toBe(1);
    const worker = thread.worker as Worker;
    expect(worker).not.toBeNull();
    await worker.terminate();
    expect((await engine.search(q)).total).toBe(1);
    expect(thread.worker).not.toBeNull();
    expect(thread.worker).not.toBe(worker);
  });
});
