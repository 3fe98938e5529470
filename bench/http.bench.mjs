// Issue 2: GET /api/health and an authenticated GET /api/auth/me, 50 connections.
// Targets on 2 cores: me p95 ≤ 20 ms, and me at least half the throughput of health.
import { load, ms, startPlatform, table, tempDir } from './lib.mjs';

export async function httpBench({ duration = Number(process.env.BENCH_SECONDS ?? 8) } = {}) {
  const platform = await startPlatform({ env: { DATA_DIR: tempDir('gw-bench-'), DEMO_DATA: 'false' } });
  try {
    const email = `bench-${Date.now()}@example.nl`;
    const reg = await fetch(`${platform.baseUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'bench-password-123', name: 'Bench' }),
    });
    if (reg.status !== 201) throw new Error(`register failed: ${reg.status}`);
    const cookie = reg.headers.getSetCookie()[0].split(';')[0];
    await fetch(`${platform.baseUrl}/api/organisations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'Bench BV', sector: 'C', region: 'twente', employees: 20 }),
    });
    // Warm up both paths (JIT, connection pool) before measuring.
    await load({ url: `${platform.baseUrl}/api/health`, duration: 2 });
    await load({ url: `${platform.baseUrl}/api/auth/me`, headers: { cookie }, duration: 2 });
    // Three alternating runs of each; the median run (by p95) is the figure: this machine is
    // shared, and one 10-second sample can catch a noisy neighbour.
    const healthRuns = [];
    const meRuns = [];
    for (let i = 0; i < 3; i++) {
      healthRuns.push(await load({ url: `${platform.baseUrl}/api/health`, duration }));
      meRuns.push(await load({ url: `${platform.baseUrl}/api/auth/me`, headers: { cookie }, duration }));
    }
    const median = (runs) => runs.slice().sort((a, b) => a.p95 - b.p95)[1];
    const health = median(healthRuns);
    const me = median(meRuns);
    const all = (runs) => runs.map((r) => r.p95.toFixed(1)).join(', ');
    console.log(`\nHTTP API, 50 connections, 3 runs of ${duration} s each, median run shown (autocannon; percentiles over every response)\n`);
    console.log(
      table(
        ['endpoint', 'requests/s', 'p50', 'p95', 'p99', 'errors', 'p95 of the 3 runs'],
        [
          ['GET /api/health', health.rps.toFixed(0), ms(health.p50), ms(health.p95), ms(health.p99), health.errors, all(healthRuns)],
          ['GET /api/auth/me (signed in)', me.rps.toFixed(0), ms(me.p50), ms(me.p95), ms(me.p99), me.errors, all(meRuns)],
        ],
      ),
    );
    const ratio = me.rps / health.rps;
    const checks = [
      ['me p95 ≤ 20 ms', ms(me.p95), me.p95 <= 20],
      ['me throughput ≥ 0.5 × health', ratio.toFixed(2), ratio >= 0.5],
      ['no errors (all runs)', String([...healthRuns, ...meRuns].reduce((n, r) => n + r.errors, 0)), [...healthRuns, ...meRuns].every((r) => r.errors === 0)],
    ];
    console.log('\n' + table(['target', 'measured', 'met'], checks.map(([t, m, ok]) => [t, m, ok ? 'yes' : 'NO'])));
    return checks.every((c) => c[2]);
  } finally {
    await platform.stop();
  }
}
