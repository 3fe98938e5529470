import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Metrics of the process itself and of its jobs. Jobs run per process, and a job method cannot
 * take injected services in a decorator, so these live in one registry for the process (as
 * prom-client's own default registry would); `/metrics` merges it with the app's registry. */
export const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry, prefix: 'groeiwijzer_' });

const runs = new Counter({
  name: 'groeiwijzer_job_runs_total',
  help: 'Runs of each periodic or queue job, by result (ok: finished, failed: threw).',
  labelNames: ['job', 'result'] as const,
  registers: [processRegistry],
});
const duration = new Histogram({
  name: 'groeiwijzer_job_duration_seconds',
  help: 'How long one run of each job took.',
  labelNames: ['job'] as const,
  buckets: [0.005, 0.02, 0.1, 0.5, 2, 10, 60],
  registers: [processRegistry],
});
const lastSuccess = new Map<string, number>();
new Gauge({
  name: 'groeiwijzer_job_last_success_timestamp_seconds',
  help: 'When each job last finished a run without throwing (Unix time).',
  labelNames: ['job'] as const,
  registers: [processRegistry],
  collect() {
    this.reset();
    for (const [job, at] of lastSuccess) this.set({ job }, at / 1000);
  },
});
new Gauge({
  name: 'groeiwijzer_job_lag_seconds',
  help: 'Seconds since each job last finished a run: far above its interval means it is stuck or failing.',
  labelNames: ['job'] as const,
  registers: [processRegistry],
  collect() {
    this.reset();
    const now = Date.now();
    for (const [job, at] of lastSuccess) this.set({ job }, (now - at) / 1000);
  },
});

/** Runs one job run and records it (the job system, `platform/jobs.ts`, runs every job through it). Operations time, so the real clock (not the app's Clock). */
export async function trackJob<T>(job: string, run: () => Promise<T>): Promise<T> {
  const end = duration.startTimer({ job });
  try {
    const result = await run();
    runs.inc({ job, result: 'ok' });
    lastSuccess.set(job, Date.now());
    return result;
  } catch (error) {
    runs.inc({ job, result: 'failed' });
    throw error;
  } finally {
    end();
  }
}
