import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { addressKey, effectiveFailures, secondsToWait, type ThrottleRule } from './login-throttle.policy';
import { LoginThrottleRepository, type ThrottleKey, type ThrottleScope } from './login-throttle.repository';
import { hashToken, newToken } from './tokens';

/** One sign-in attempt: through a trusted device cookie, or throttled as from anyone. */
export type LoginAttempt = { kind: 'device'; deviceId: string } | { kind: 'untrusted'; keys: ThrottleKey[] };

/** Throttles password sign-ins without letting anyone lock the owner out (OWASP "device
 * cookies"; docs/security.md):
 * - a browser that signed in to the account before carries a device cookie; its attempts are
 *   limited per cookie only (LOGIN_DEVICE_MAX_FAILURES, then the cookie is revoked), whatever
 *   happens at its address or to the account elsewhere;
 * - every other attempt passes three throttles with progressive delays (account at this address,
 *   account over all addresses, address over all accounts), answered 429 with Retry-After;
 * - the sign-in link by mail is never throttled here, so it is always the way in.
 * A failure is reserved before the password is checked (under a row lock), so parallel guesses
 * cannot slip through together; a success takes it back. Times come from the injected clock. */
@Injectable()
export class LoginThrottle {
  private readonly rules: Record<ThrottleScope, ThrottleRule>;
  private readonly forgetMs: number;

  constructor(
    private readonly repo: LoginThrottleRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    const capSeconds = config.loginDelayCapSeconds;
    this.rules = {
      pair: { free: config.loginFreePerPair, capSeconds },
      account: { free: config.loginFreePerAccount, capSeconds },
      address: { free: config.loginFreePerAddress, capSeconds },
    };
    this.forgetMs = config.loginForgetHours * 3600_000;
  }

  /** Lets the attempt go ahead (its failure reserved), or answers 429 with how long to wait. */
  async begin(email: string, ip: string, deviceTokens: string[]): Promise<LoginAttempt> {
    const now = this.clock.now();
    const deviceId = await this.repo.findDevice(deviceTokens.map(hashToken), email, now);
    if (deviceId && (await this.repo.reserveDevice(deviceId, this.config.loginDeviceMaxFailures, now))) {
      return { kind: 'device', deviceId };
    }
    const address = addressKey(ip);
    const keys: ThrottleKey[] = [
      { scope: 'pair', keyHash: hashToken(`${email}\n${address}`) },
      { scope: 'account', keyHash: hashToken(email) },
      { scope: 'address', keyHash: hashToken(address) },
    ];
    const wait = await this.repo.transaction(async (m) => {
      const states = await this.repo.lockCounters(m, keys, now);
      const waits = keys.map((k) => secondsToWait(states.get(`${k.scope}:${k.keyHash}`) ?? null, now, this.rules[k.scope], this.forgetMs));
      const longest = Math.max(...waits);
      if (longest > 0) return longest; // a refused attempt is no guess: nothing is counted
      await this.reserve(m, keys, states, now);
      return 0;
    });
    if (wait > 0) throw throttled(wait);
    return { kind: 'untrusted', keys };
  }

  private async reserve(m: EntityManager, keys: ThrottleKey[], states: Map<string, { failures: number; lastFailureAt: Date }>, now: Date): Promise<void> {
    for (const key of keys) {
      const failures = effectiveFailures(states.get(`${key.scope}:${key.keyHash}`) ?? null, now, this.forgetMs);
      await this.repo.setFailures(m, key, failures + 1, now);
    }
  }

  /** The password was right. The pair's count starts over; the account's and the address's only
   * lose this attempt's reservation (a success of one person says nothing about guesses at the
   * account from elsewhere, or at other accounts from this address). */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    if (attempt.kind === 'device') return this.repo.deviceSucceeded(attempt.deviceId, this.clock.now());
    for (const key of attempt.keys) {
      if (key.scope === 'pair') await this.repo.clear(key);
      else await this.repo.takeBack(key);
    }
  }

  /** The password was wrong: already counted; a device cookie past its limit is revoked. */
  async failed(attempt: LoginAttempt): Promise<void> {
    if (attempt.kind === 'device') await this.repo.deviceFailed(attempt.deviceId, this.config.loginDeviceMaxFailures, this.clock.now());
  }

  /** A new device cookie for a browser that just proved who it is; returns its secret. */
  async issueDevice(m: EntityManager, userId: string): Promise<string> {
    const token = newToken();
    const now = this.clock.now();
    await this.repo.createDevice(m, userId, hashToken(token), now, new Date(now.getTime() + this.config.loginDeviceDays * 86_400_000));
    return token;
  }

  async prune(): Promise<void> {
    await this.repo.prune(this.clock.now(), this.forgetMs);
  }
}

function throttled(seconds: number): AppError {
  const minutes = seconds > 90;
  const error = new AppError(HttpStatus.TOO_MANY_REQUESTS, 'too_many_attempts', minutes ? 'too_many_attempts_minutes' : 'too_many_attempts_seconds', {
    n: minutes ? Math.ceil(seconds / 60) : seconds,
  });
  error.headers = { 'retry-after': String(seconds) };
  return error;
}
