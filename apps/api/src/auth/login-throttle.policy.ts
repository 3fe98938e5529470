import ipaddr from 'ipaddr.js';

/** One throttle: how many failures are free, and the longest wait after that. */
export interface ThrottleRule {
  free: number;
  capSeconds: number;
}

/** A counter of failed sign-ins: for an account at one address, for an account, for an address. */
export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
}

/** The wait after `failures` failures: none for the first `free`, then 1 s, 2 s, 4 s … doubling
 * up to the cap: d(f) = min(2^(f−free) s, cap). Progressive rather than a flat lock, so an attacker
 * cannot shut the owner out for long, yet gets few guesses (docs/security.md works out how few). */
export function delaySeconds(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(2 ** Math.min(failures - rule.free, 40), rule.capSeconds);
}

/** Failures older than the forget period no longer count. */
export function effectiveFailures(state: ThrottleState | null, now: Date, forgetMs: number): number {
  if (!state) return 0;
  return now.getTime() - state.lastFailureAt.getTime() >= forgetMs ? 0 : state.failures;
}

/** Seconds until the next attempt is allowed (0: now), whole seconds rounded up for Retry-After. */
export function secondsToWait(state: ThrottleState | null, now: Date, rule: ThrottleRule, forgetMs: number): number {
  const failures = effectiveFailures(state, now, forgetMs);
  if (!state || failures < rule.free) return 0;
  const allowedAt = state.lastFailureAt.getTime() + delaySeconds(failures, rule) * 1000;
  return Math.max(0, Math.ceil((allowedAt - now.getTime()) / 1000));
}

/** How many guesses an attacker who always tries the moment it is allowed gets within `seconds`
 * against one throttle: the bound the tests and docs/security.md state. */
export function guessesWithin(seconds: number, rule: ThrottleRule): number {
  let elapsed = 0;
  let guesses = 0;
  for (;;) {
    const wait = delaySeconds(guesses, rule);
    if (guesses > 0 && elapsed + wait > seconds) return guesses;
    if (guesses > 0) elapsed += wait;
    guesses++;
  }
}

/** The part of an address that one party controls: an IPv4 address, or the /64 network of an
 * IPv6 one (a single customer usually gets a whole /64, so counting single IPv6 addresses would
 * give an attacker 2^64 fresh counters). IPv4-mapped IPv6 is read as IPv4. */
export function addressKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  let address = ipaddr.parse(ip);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}
