import { randomUUID } from 'node:crypto';
import { NOWHERE, organisationOwner } from '../testing/access-fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';

const TOKEN = 'metrics-token-for-the-test-0123456789';

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One sample's value from the Prometheus text, or undefined when it is not there. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[3] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[4]);
  }
  return undefined;
}

describe('GET /metrics (Prometheus)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => t.close());

  const scrape = async () => {
    const r = await t.client().get('/metrics', { authorization: `Bearer ${TOKEN}` });
    expect(r.status).toBe(200);
    return { text: String(r.body), type: r.headers.get('content-type') };
  };

  it('asks for the token: none or a wrong one gets 401 and no figures', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token' }, { authorization: TOKEN }];
    for (const headers of attempts) {
      const r = await t.client().get('/metrics', headers);
      expect(r.status).toBe(401);
      expect(JSON.stringify(r.body)).not.toContain('groeiwijzer_');
    }
    const { type } = await scrape();
    expect(type).toMatch(/^text\/plain/);
  });

  it('measures request latency per route pattern, never per concrete URL', async () => {
    const owner = await organisationOwner(t, 'metrics');
    expect((await t.client().get('/api/health')).status).toBe(200);
    expect((await owner.client.get(`/api/organisations/${owner.organisationId}`)).status).toBe(200);
    expect((await owner.client.get(`/api/organisations/${NOWHERE}`)).status).toBe(404);
    const { text } = await scrape();
    expect(sample(text, 'groeiwijzer_http_request_duration_seconds_count', { method: 'GET', route: '/api/health', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'groeiwijzer_http_request_duration_seconds_count', { method: 'GET', route: '/api/organisations/:id', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'groeiwijzer_http_request_duration_seconds_count', { method: 'GET', route: '/api/organisations/:id', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(owner.organisationId);
    expect(text).not.toContain(NOWHERE);
  });

  it('shows queue depth, the oldest due row and dead mail', async () => {
    await t.db.query(
      `INSERT INTO mail_outbox (idempotency_key, kind, to_address, subject, text_body, html_body, status, attempts)
       VALUES ($1, 'test', 'x@example.nl', 's', 't', 'h', 'dead', 8)`,
      [`metrics-${randomUUID()}`],
    );
    // A catalogue change no external engine has taken yet (there is none in this setup): the
    // search index freshness is its age.
    await t.db.query(`INSERT INTO search_sync (item_id, queued_at, next_attempt_at) VALUES ($1, now() - interval '1 hour', now() - interval '1 hour')`, [randomUUID()]);
    const { text } = await scrape();
    expect(sample(text, 'groeiwijzer_queue_dead', { queue: 'outbox' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'groeiwijzer_queue_waiting', { queue: 'search_sync' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'groeiwijzer_queue_oldest_due_seconds', { queue: 'search_sync' })).toBeGreaterThanOrEqual(3500);
    expect(sample(text, 'groeiwijzer_queue_waiting', { queue: 'reminders' })).toBeDefined();
  });

  it('shows the database pool and the jobs that ran, with their lag', async () => {
    // The outbox sender polls every 100 ms in tests.
    const { text } = await waitFor(scrape, ({ text }) => (sample(text, 'groeiwijzer_job_runs_total', { job: 'outbox-sender', result: 'ok' }) ?? 0) >= 1, 'an outbox run');
    expect(sample(text, 'groeiwijzer_job_lag_seconds', { job: 'outbox-sender' })).toBeLessThan(60);
    expect(sample(text, 'groeiwijzer_job_last_success_timestamp_seconds', { job: 'outbox-sender' })).toBeGreaterThan(0);
    expect(sample(text, 'groeiwijzer_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'groeiwijzer_db_pool_max')).toBe(t.config.databasePoolSize);
    expect(sample(text, 'groeiwijzer_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});

describe('GET /metrics in production without a token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', DATABASE_URL: 'postgres://unused@127.0.0.1/unused', SMTP_URL: 'smtp://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('is not there: the figures are never public in production', async () => {
    const r = await t.client().get('/metrics');
    expect(r.status).toBe(404);
    expect(JSON.stringify(r.body)).not.toContain('groeiwijzer_');
  });
});
