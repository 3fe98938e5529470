import { passwordProblem, passwordUserInputs } from './password';

describe('password policy', () => {
  it('accepts score 3 and up, and names the kind of weakness below it', () => {
    expect(passwordProblem({ score: 3, feedback: { warning: null } })).toBeNull();
    expect(passwordProblem({ score: 1, feedback: { warning: 'similarToCommon' } })).toBe('common');
    expect(passwordProblem({ score: 0, feedback: { warning: 'userInputs' } })).toBe('personal');
    expect(passwordProblem({ score: 0, feedback: { warning: 'straightRow' } })).toBe('pattern');
    expect(passwordProblem({ score: 2, feedback: { warning: null } })).toBe('weak');
  });

  it('counts the site, the name and the parts of the address as guessable words', () => {
    expect(passwordUserInputs('anne.devries@bakkerij-devries.nl', 'Anne de Vries')).toEqual(
      ['groeiwijzer', 'anne', 'devries', 'bakkerij', 'vries'],
    );
  });
});
