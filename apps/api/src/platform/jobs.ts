import { applyDecorators, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { type DataSource, type EntityManager } from 'typeorm';
import { trackJob } from '../metrics/job-metrics';

/* The job system, written once. Two ways in, one run path:
 * - `@PeriodicJob(name, ms)` on a method: `@nestjs/schedule`'s `@Interval` (the scheduler).
 * - `QueuePoller` (or a bare `PollLoop`): polls a queue table again `ms` after each run ends.
 * Every run goes through `runJob`: recorded in the job metrics (`groeiwijzer_job_*{job}`), its
 * counts logged when something happened, a failure logged with the job's name without stopping
 * the schedule. Claiming is the database's: each queue's repository claims rows with
 * `FOR UPDATE SKIP LOCKED` or a conditional UPDATE / primary key in the same transaction as the
 * work, so any number of replicas can run every job. Retries: `afterFailure` (back-off, then dead). */

const logger = new Logger('Jobs');

/** What a run did, for its log line: counts only, and only when something happened. */
function logOutcome(job: string, outcome: unknown): void {
  if (typeof outcome === 'number' && outcome > 0) logger.log({ msg: `${job} done`, job, count: outcome });
  else if (outcome && typeof outcome === 'object' && Object.values(outcome).some((v) => typeof v === 'number' && v > 0)) {
    logger.log({ msg: `${job} done`, job, ...(outcome as Record<string, unknown>) });
  }
}

const logFailure = (job: string) => (error: unknown) => logger.error({ msg: `${job} failed`, job, error: String(error) });

/** One run of a job: metrics, the outcome's log line; throws what the run threw. */
async function runJob(job: string, work: () => Promise<unknown>): Promise<void> {
  logOutcome(job, await trackJob(job, work));
}

/** A periodic job: `@Interval` under a name, each run through `runJob`; a failure is logged and
 * the next run tries again (each job claims its work in the database, so a run that failed
 * half-way leaves nothing claimed for ever). The method is wrapped before `@Interval` marks it,
 * so the scheduler calls the wrapper. Jobs keep their logic in a method of its own that tests
 * call directly (and that throws). */
export function PeriodicJob(name: string, everyMs: number): MethodDecorator {
  const track: MethodDecorator = (_target, _key, descriptor) => {
    const original = descriptor.value as unknown as (...args: unknown[]) => Promise<unknown>;
    const wrapped = async function (this: unknown, ...args: unknown[]): Promise<void> {
      await runJob(name, () => original.apply(this, args)).catch(logFailure(name));
    };
    (descriptor as PropertyDescriptor).value = wrapped;
    return descriptor;
  };
  return applyDecorators(track, Interval(name, everyMs));
}

/** Runs `work` again `intervalMs` after each run ends, until stopped. A failed run is reported
 * (by default in the jobs' log) and the next one goes ahead; stopping waits for the run in
 * progress. */
export class PollLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stoppedFlag = false;

  constructor(
    /** The job's name in the metrics and the logs. */
    private readonly name: string,
    private readonly work: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void = logFailure(name),
  ) {}

  /** True once shutdown began: long runs check it between batches. */
  get stopped(): boolean {
    return this.stoppedFlag;
  }

  start(): void {
    if (this.stoppedFlag) return;
    this.timer = setTimeout(() => {
      this.running = runJob(this.name, this.work)
        .catch(this.onError)
        .finally(() => this.start());
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stoppedFlag = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/** A provider that polls a queue: its loop starts with the application and stops with it
 * (waiting for the run in progress). `runDue` handles what is due and returns how many rows. */
export abstract class QueuePoller implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly loop: PollLoop;

  protected constructor(name: string, intervalMs: number) {
    this.loop = new PollLoop(name, () => this.runDue(), intervalMs);
  }

  protected abstract runDue(): Promise<number>;

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}

/** A periodic job's work, one due thing at a time, each in a transaction of its own:
 * `claimAndDo` claims it in the database (a conditional UPDATE or a key; when another replica or an
 * earlier run has it, it does nothing and returns 0) and does its work (queues its mail) in the
 * same transaction. Returns the sum of what the calls returned. */
export async function claimEach<T>(db: DataSource, due: readonly T[], claimAndDo: (m: EntityManager, d: T) => Promise<number>): Promise<number> {
  let done = 0;
  for (const d of due) done += await db.transaction((m) => claimAndDo(m, d));
  return done;
}

/** How a queue retries a row whose work failed. */
export interface RetryPolicy {
  /** The wait after the first failure; it doubles after each further one. */
  firstSeconds: number;
  capSeconds: number;
  /** After this many attempts the row is dead: kept, not tried again, for a person to look at. */
  maxAttempts: number;
}

/** After a row's `attempts`-th failed attempt: whether it is dead, else how long until the next. */
export function afterFailure(attempts: number, policy: RetryPolicy): { dead: boolean; retryInSeconds: number } {
  return {
    dead: attempts >= policy.maxAttempts,
    retryInSeconds: Math.min(policy.capSeconds, policy.firstSeconds * 2 ** Math.max(0, attempts - 1)),
  };
}
