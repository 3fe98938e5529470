import { Injectable, Logger } from '@nestjs/common';
import { LoginThrottle } from './login-throttle.service';
import { PeriodicJob } from '../metrics/job-metrics';

/** Forgets old failure counters and dead device cookies once an hour. Deleting is idempotent, so
 * several instances may run it at the same time. */
@Injectable()
export class LoginThrottleJob {
  private readonly logger = new Logger('LoginThrottleJob');

  constructor(private readonly throttle: LoginThrottle) {}

  @PeriodicJob('login-throttle-prune', 3600_000)
  async tick(): Promise<void> {
    try {
      await this.throttle.prune();
    } catch (error) {
      this.logger.error({ msg: 'pruning sign-in counters failed', error: String(error) });
    }
  }
}
