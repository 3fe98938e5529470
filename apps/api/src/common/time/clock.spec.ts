import { TestClock } from './clock';

describe('TestClock', () => {
  it('runs on from the moment it is set', async () => {
    const clock = new TestClock('2026-03-01T10:00:00Z');
    const first = clock.now().getTime();
    await new Promise((r) => setTimeout(r, 30));
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(first + 25);
    expect(clock.now().getTime()).toBeLessThan(Date.parse('2026-03-01T10:01:00Z'));
  });

  it('stands still while frozen and moves only by advance or set, then runs on after resume', async () => {
    const clock = new TestClock('2026-03-01T10:00:00Z');
    clock.freeze();
    const frozen = clock.now().getTime();
    await new Promise((r) => setTimeout(r, 30));
    expect(clock.now().getTime()).toBe(frozen);
    clock.advance(1000);
    expect(clock.now().getTime()).toBe(frozen + 1000);
    clock.set('2026-07-01T08:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-07-01T08:00:00.000Z');
    clock.resume();
    await new Promise((r) => setTimeout(r, 30));
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(Date.parse('2026-07-01T08:00:00.025Z'));
  });

  it('reads a Dutch wall-clock moment on both sides of the clock change', () => {
    const clock = new TestClock();
    clock.setLocal('2026-03-28T09:00');
    expect(clock.now().toISOString().slice(0, 16)).toBe('2026-03-28T08:00');
    clock.setLocal('2026-03-30T09:00');
    expect(clock.now().toISOString().slice(0, 16)).toBe('2026-03-30T07:00');
  });
});
