import { Logger } from '@nestjs/common';
import { afterFailure, PollLoop } from './jobs';

describe('the job system', () => {
  afterEach(() => jest.restoreAllMocks());

  it('waits 30 s, then twice as long after each failure up to an hour, and gives up after the last attempt (the outbox policy)', () => {
    const mail = { firstSeconds: 30, capSeconds: 3600, maxAttempts: 8 };
    expect([1, 2, 3, 4, 7, 8].map((n) => afterFailure(n, mail).retryInSeconds)).toEqual([30, 60, 120, 240, 1920, 3600]);
    expect(afterFailure(7, mail).dead).toBe(false);
    expect(afterFailure(8, mail).dead).toBe(true);
  });

  it('logs a failed poll run with the job name and runs again', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    let runs = 0;
    const loop = new PollLoop('spec-poller', async () => {
      runs++;
      throw new Error('queue unreachable');
    }, 5);
    loop.start();
    while (runs < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await loop.stop();
    expect(errors).toHaveBeenCalledWith(expect.objectContaining({ msg: 'spec-poller failed', job: 'spec-poller', error: 'Error: queue unreachable' }));
  });
});
