import { applyDecorators, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
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

/** Runs one job run and records it. Operations time, so the real clock (not the app's Clock). */
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

const logger = new Logger('Jobs');

/** What a run did, for its log line: counts only, and only when something happened. */
function logOutcome(job: string, outcome: unknown): void {
  if (typeof outcome === 'number' && outcome > 0) logger.log({ msg: `${job} done`, job, count: outcome });
  else if (outcome && typeof outcome === 'object' && Object.values(outcome).some((v) => typeof v === 'number' && v > 0)) {
    logger.log({ msg: `${job} done`, job, ...(outcome as Record<string, unknown>) });
  }
}

/** A periodic job: `@nestjs/schedule`'s `@Interval` under a name, with what every job needs
 * written once: each run recorded in the job metrics, its outcome (the counts the method returns)
 * logged when something happened, and a failure logged with the job's name instead of stopping
 * the schedule (the next run tries again; each job claims its work in the database, so a run
 * that failed half-way leaves nothing claimed for ever). The method is wrapped before `@Interval`
 * marks it, so the scheduler calls the wrapper. Jobs keep their logic in a method of its own
 * that tests call directly (and that throws). */
export function PeriodicJob(name: string, everyMs: number): MethodDecorator {
  const track: MethodDecorator = (_target, _key, descriptor) => {
    const original = descriptor.value as unknown as (...args: unknown[]) => Promise<unknown>;
    const wrapped = async function (this: unknown, ...args: unknown[]): Promise<void> {
      try {
        logOutcome(name, await trackJob(name, () => original.apply(this, args)));
      } catch (error) {
        logger.error({ msg: `${name} failed`, job: name, error: String(error) });
      }
    };
    (descriptor as PropertyDescriptor).value = wrapped;
    return descriptor;
  };
  return applyDecorators(track, Interval(name, everyMs));
}
