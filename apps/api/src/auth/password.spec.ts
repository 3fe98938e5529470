import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('uses argon2id with OWASP cost and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(stored, 'correct horse battery')).resolves.toBe(true);
    await expect(verifyPassword(stored, 'Correct horse battery')).resolves.toBe(false);
  });

  it('answers false for an account without a password, after doing the same work', async () => {
    await expect(verifyPassword(null, 'anything at all')).resolves.toBe(false);
  });
});
