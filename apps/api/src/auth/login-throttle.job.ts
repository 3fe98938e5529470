import { Injectable } from '@nestjs/common';
import { LoginThrottle } from './login-throttle.service';
import { PeriodicJob } from '../platform/jobs';

/** Forgets old failure counters and dead device cookies once an hour. Deleting is idempotent, so
 * several instances may run it at the same time. */
@Injectable()
export class LoginThrottleJob {
  constructor(private readonly throttle: LoginThrottle) {}

  @PeriodicJob('login-throttle-prune', 3600_000)
  tick(): Promise<void> {
    return this.throttle.prune();
  }
}
