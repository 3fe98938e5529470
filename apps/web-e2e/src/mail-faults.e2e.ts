import { startApp, type RunningApp } from './support/app';
import { eventually } from './support/expect';

/** Mail that never gets lost and never arrives twice, when processes die or run side by side.
 * These run the built API as separate processes on one database, with a real SMTP peer. */
describe('the outbox under faults', () => {
  const apps: RunningApp[] = [];
  afterEach(async () => {
    // The first app owns the database and the SMTP peer: stop the others first.
    for (const app of apps.splice(0).reverse()) await app.stop();
  });

  const ENV = { MAIL_POLL_MS: '50', MAIL_LOCK_SECONDS: '2', QUIET_HOURS: 'off' };
  const subjects = (app: RunningApp) => app.smtp.messages.map((m) => m.subject ?? '');
  const count = async (app: RunningApp, sql: string) => ((await app.db.query(sql)).rows[0] as { n: number }).n;
  /** Waits until no mail can leave any more: every outbox row sent or given up, none waiting or
   * claimed. A message reaches the SMTP peer before its row is marked sent, so from then on
   * the peer holds everything that was ever sent, doubles included. */
  const outboxSettled = (app: RunningApp) =>
    eventually(
      () => count(app, `SELECT count(*)::int AS n FROM mail_outbox WHERE status NOT IN ('sent', 'dead')`),
      (n) => n === 0,
      'every outbox row sent or given up',
      30_000,
    );

  it('a sender killed in the middle of a batch and started again loses nothing and sends nothing twice', async () => {
    const first = await startApp(ENV);
    apps.push(first);
    first.smtp.delayMs = 25;
    await first.db.query(
      `INSERT INTO mail_outbox (idempotency_key, kind, to_address, subject, text_body, html_body)
       SELECT 'fault:' || g, 'test', 'persoon' || g || '@bedrijf.nl', 'Uitnodiging ' || g, 'Hallo ' || g, '<p>Hallo ' || g || '</p>'
         FROM generate_series(1, 120) g`,
    );
    // Killed while the 31st mail is on the wire, before the SMTP server accepted it.
    await new Promise<void>((resolve) => {
      first.smtp.onReceive = (index) => {
        if (index !== 30) return;
        first.smtp.onReceive = null;
        void first.kill().then(resolve);
      };
    });
    const beforeRestart = first.smtp.messages.length;
    expect(beforeRestart).toBe(30);
    const [{ sending }] = (await first.db.query(`SELECT count(*)::int AS sending FROM mail_outbox WHERE status = 'sending'`)).rows;
    expect(sending).toBeGreaterThan(0); // claimed by the dead sender, not delivered

    apps.push(await startApp(ENV, { sharedWith: first }));
    await eventually(async () => first.smtp.messages.length, (n) => n >= 120, 'all 120 mails delivered', 30_000);
    await outboxSettled(first);
    const got = subjects(first);
    expect(got).toHaveLength(120);
    expect(new Set(got).size).toBe(120);
    const { rows } = await first.db.query(`SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status`);
    expect(rows).toEqual([{ status: 'sent', n: 120 }]);
  });

  it('two API processes on one database send each person one reminder mail, bundling the rest', async () => {
    const a = await startApp(ENV);
    apps.push(a);
    apps.push(await startApp(ENV, { sharedWith: a }));
    // 300 reminders for 200 people, due now: 100 people have two.
    await a.db.query(
      `INSERT INTO reminder_queue (idempotency_key, email, kind, subject, text_body, html_body, unsubscribe_url, due_at)
       SELECT 'twee:' || g, 'medewerker' || (g % 200) || '@bedrijf.nl', 'scan', 'Herinnering ' || g, 'Vul de vragenlijst in ' || g,
              '<!doctype html><html><body><p>Vul de vragenlijst in ' || g || '</p></body></html>',
              'http://localhost/api/unsubscribe/token-' || g, now()
         FROM generate_series(1, 300) g`,
    );
    await eventually(async () => a.smtp.messages.length, (n) => n >= 200, '200 reminder mails delivered', 30_000);
    // A second bundle for someone would be written to the outbox together with marking the
    // reminders mailed: once none is pending and the outbox is settled, nothing more can go out.
    await eventually(
      () => count(a, `SELECT count(*)::int AS n FROM reminder_queue WHERE status = 'pending'`),
      (n) => n === 0,
      'every reminder bundled',
      30_000,
    );
    await outboxSettled(a);
    expect(a.smtp.messages).toHaveLength(200);
    const perPerson = new Map<string, number>();
    for (const m of a.smtp.messages) {
      const to = (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0].address!;
      perPerson.set(to, (perPerson.get(to) ?? 0) + 1);
    }
    expect(perPerson.size).toBe(200);
    expect([...perPerson.values()].every((n) => n === 1)).toBe(true);
    expect(subjects(a).filter((s) => s.startsWith('2 herinneringen van Groeiwijzer'))).toHaveLength(100);
    const { rows } = await a.db.query(`SELECT status, count(*)::int AS n FROM reminder_queue GROUP BY status`);
    expect(rows).toEqual([{ status: 'mailed', n: 300 }]);
  });
});
