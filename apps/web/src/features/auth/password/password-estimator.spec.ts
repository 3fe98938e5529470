import { estimatePassword } from './password-estimator';

describe('password feedback in the browser', () => {
  it('judges like the API: common, personal and patterned passwords are weak, a phrase of uncommon words is fine', () => {
    expect(estimatePassword('password1234', '', '')).toBe('common');
    expect(estimatePassword('aaaaaaaaaaaaaaaa', '', '')).toBe('pattern');
    expect(estimatePassword('wachtwoord2024', '', '')).toBe('weak');
    expect(estimatePassword('fietsbel appeltaart regenjas', 'anne@bakkerij.nl', 'Anne')).toBeNull();
    expect(estimatePassword('een-lang-wachtwoord', '', '')).toBeNull();
  });
});
