import { PasswordEstimator, stopPasswordChecks, weakPasswordHint } from './password-policy';

describe('password strength in a worker thread', () => {
  afterAll(() => stopPasswordChecks());

  it('names what is wrong with a weak password and passes a strong one', async () => {
    await expect(weakPasswordHint('password1234')).resolves.toBe('field_password_common');
    await expect(weakPasswordHint('bakkerijjansen', { email: 'jansen@bakkerij.nl' })).resolves.toBe('field_password_personal');
    await expect(weakPasswordHint('abcdefghijkl')).resolves.toBe('field_password_pattern');
    await expect(weakPasswordHint('zeven-zonnige-zeilboten')).resolves.toBeNull();
  });

  it('answers checks asked at the same time each with its own result', async () => {
    const results = await Promise.all(['password1234', 'zeven-zonnige-zeilboten', 'abcdefghijkl', 'lucht-kaas-fietsbel-41'].map((p) => weakPasswordHint(p)));
    expect(results).toEqual(['field_password_common', null, 'field_password_pattern', null]);
  });

  it('lets the dictionaries go once no check came for a while, and starts again for the next', async () => {
    const estimator = new PasswordEstimator(50);
    try {
      expect(estimator.running).toBe(false);
      const first = await estimator.estimate('password1234', []);
      expect(first.score).toBeLessThan(3);
      expect(estimator.running).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(estimator.running).toBe(false);
      const again = await estimator.estimate('zeven-zonnige-zeilboten', []);
      expect(again.score).toBeGreaterThanOrEqual(3);
    } finally {
      await estimator.stop();
    }
  });

  it('refuses the checks still pending when stopped, instead of leaving them waiting', async () => {
    const estimator = new PasswordEstimator();
    const pending = estimator.estimate('zeven-zonnige-zeilboten', []);
    const outcome = pending.then(() => 'answered', (e: Error) => e.message);
    await estimator.stop();
    await expect(outcome).resolves.toMatch(/stopped/);
    expect(estimator.running).toBe(false);
  });
});
