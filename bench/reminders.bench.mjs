// Issue 5: 10,000 due reminders delivered to a local SMTP peer — throughput and the time from
// due to accepted (p50/p99, target p99 ≤ 60 s) — and the same with two API instances on one
// database: duplicates = 0, lost = 0.
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { freshDatabase, ms, percentile, startPlatform, table } from './lib.mjs';

const N = 10_000;

/** A real SMTP server that records when it accepted each mail, and for whom. */
async function smtpPeer() {
  const accepted = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        const head = Buffer.concat(chunks).toString('utf8', 0, 4096);
        const key = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '';
        accepted.push({ at: Date.now(), key, to: session.envelope.rcptTo[0]?.address ?? '' });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, accepted, stop: () => new Promise((r) => server.close(r)) };
}

async function run(instances) {
  const db = await freshDatabase(`bench_reminders_${instances}`);
  const smtp = await smtpPeer();
  const env = { ...db.env, SMTP_URL: smtp.url, MAIL_POLL_MS: '100', QUIET_HOURS: 'off', DEMO_DATA: 'false' };
  const apps = [await startPlatform({ env })];
  // The second instance shares the first one's database (embedded or not).
  for (let i = 1; i < instances; i++) apps.push(await startPlatform({ env: { ...env, DATABASE_URL: db.url } }));
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    // 10,000 people, one reminder each, all due at the same moment (like a morning's run of jobs).
    const [{ due }] = (await client.query(
      `WITH ins AS (
         INSERT INTO reminder_queue (idempotency_key, email, kind, subject, text_body, html_body, unsubscribe_url, due_at)
         SELECT 'bench:' || g, 'persoon' || g || '@bench.example.nl', 'plan', 'Stap ' || g || ' is aan de beurt',
                'Waarom het telt: kleine stappen houden leren gaande. Doe stap ' || g,
                '<!doctype html><html><body><p>Doe stap ' || g || '</p></body></html>', 'http://localhost/api/unsubscribe/x' || g, now()
           FROM generate_series(1, $1) g RETURNING due_at)
       SELECT (extract(epoch FROM min(due_at)) * 1000)::float8 AS due FROM ins`, [N])).rows;
    const deadline = Date.now() + 600_000;
    while (new Set(smtp.accepted.map((a) => a.key)).size < N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 3000)); // time for late doubles to show
    const unique = new Set(smtp.accepted.map((a) => a.key)).size;
    const delays = smtp.accepted.map((a) => a.at - due).sort((a, b) => a - b);
    const first = Math.min(...smtp.accepted.map((a) => a.at));
    const last = Math.max(...smtp.accepted.map((a) => a.at));
    return {
      instances,
      accepted: smtp.accepted.length,
      duplicates: smtp.accepted.length - unique,
      lost: N - unique,
      throughput: smtp.accepted.length / Math.max(0.001, (last - first) / 1000),
      p50: percentile(delays, 50),
      p99: percentile(delays, 99),
      max: delays[delays.length - 1],
    };
  } finally {
    await client.end();
    for (const app of apps.reverse()) await app.stop();
    await smtp.stop();
    await db.drop();
  }
}

export async function remindersBench() {
  const one = await run(1);
  const two = await run(2);
  const rows = [one, two].map((r) => [
    `${r.instances} instance${r.instances > 1 ? 's' : ''}`, `${r.accepted}`, `${r.throughput.toFixed(0)} mails/s`,
    ms(r.p50), ms(r.p99), r.p99 <= 60_000 ? 'yes' : 'NO', `${r.duplicates}`, `${r.lost}`, r.duplicates === 0 && r.lost === 0 ? 'yes' : 'NO',
  ]);
  console.log(table(['10,000 due reminders', 'accepted', 'throughput', 'due→accepted p50', 'p99 (≤ 60 s)', 'met', 'duplicates', 'lost', 'none doubled/lost'], rows));
  return [one, two].every((r) => r.p99 <= 60_000 && r.duplicates === 0 && r.lost === 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const met = await remindersBench();
  process.exit(met ? 0 : 1);
}
