import { Logger } from '@nestjs/common';
import { SCHEDULER_NAME, SCHEDULER_TYPE } from '@nestjs/schedule/dist/schedule.constants';
import { PeriodicJob } from '../platform/jobs';
import { processRegistry } from './job-metrics';

const runsOf = async (job: string, result: 'ok' | 'failed') => {
  const metric = await processRegistry.getSingleMetric('groeiwijzer_job_runs_total')!.get();
  return metric.values.find((v) => v.labels.job === job && v.labels.result === result)?.value ?? 0;
};

class Jobs {
  calls = 0;
  @PeriodicJob('spec-counts', 60_000)
  counts(): Promise<{ queued: number }> {
    this.calls++;
    return Promise.resolve({ queued: this.calls });
  }

  @PeriodicJob('spec-fails', 60_000)
  fails(): Promise<void> {
    return Promise.reject(new Error('database unreachable'));
  }
}

describe('@PeriodicJob', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is an @Interval job of that name for the scheduler, on the method it wraps', () => {
    const method = Jobs.prototype.counts;
    expect(Reflect.getMetadata(SCHEDULER_NAME, method)).toBe('spec-counts');
    expect(Reflect.getMetadata(SCHEDULER_TYPE, method)).toBeDefined();
  });

  it('records a run and logs what it did, with `this` intact', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const jobs = new Jobs();
    const before = await runsOf('spec-counts', 'ok');
    await jobs.counts();
    expect(jobs.calls).toBe(1);
    expect(await runsOf('spec-counts', 'ok')).toBe(before + 1);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ job: 'spec-counts', queued: 1 }));
  });

  it('logs a failure with the job name and records it, without throwing at the scheduler', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const before = await runsOf('spec-fails', 'failed');
    await expect(new Jobs().fails()).resolves.toBeUndefined();
    expect(await runsOf('spec-fails', 'failed')).toBe(before + 1);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ msg: 'spec-fails failed', job: 'spec-fails', error: 'Error: database unreachable' }));
  });
});
