import { addressKey, delaySeconds, guessesWithin, secondsToWait } from './login-throttle.policy';

const rule = { free: 5, capSeconds: 900 };
const at = (iso: string) => new Date(iso);

describe('sign-in throttle policy', () => {
  it('lets the first failures pass, then doubles the wait up to the cap', () => {
    expect([0, 4, 5, 6, 7, 14, 15, 30, 1000].map((f) => delaySeconds(f, rule))).toEqual([0, 0, 1, 2, 4, 512, 900, 900, 900]);
  });

  it('counts the wait from the last failure, and forgets failures after the forget period', () => {
    const state = { failures: 8, lastFailureAt: at('2026-03-10T10:00:00Z') }; // 8 s wait
    const day = 24 * 3600_000;
    expect(secondsToWait(state, at('2026-03-10T10:00:00Z'), rule, day)).toBe(8);
    expect(secondsToWait(state, at('2026-03-10T10:00:07.5Z'), rule, day)).toBe(1);
    expect(secondsToWait(state, at('2026-03-10T10:00:08Z'), rule, day)).toBe(0);
    expect(secondsToWait({ failures: 40, lastFailureAt: at('2026-03-10T10:00:00Z') }, at('2026-03-11T10:00:00Z'), rule, day)).toBe(0);
    expect(secondsToWait({ failures: 4, lastFailureAt: at('2026-03-10T10:00:00Z') }, at('2026-03-10T10:00:00Z'), rule, day)).toBe(0);
  });

  it('bounds the guesses per hour and per day of an attacker who tries the moment it may', () => {
    // 5 free, then after waits of 1, 2 … 512 s (1023 s in all) ten more, then one per 15 minutes.
    expect(guessesWithin(3600, rule)).toBe(17);
    expect(guessesWithin(24 * 3600, rule)).toBe(109);
    expect(guessesWithin(3600, { free: 10, capSeconds: 900 })).toBe(22);
  });

  it('counts an IPv6 network as one address, and IPv4 as itself', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('unknown')).toBe('unknown');
  });
});
