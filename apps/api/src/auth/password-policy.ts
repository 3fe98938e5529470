import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import {
  PASSWORD_CHECKED_LENGTH, PASSWORD_L33T_SUBSTITUTIONS, type PasswordProblem, passwordProblem, passwordUserInputs,
} from '@groeiwijzer/domain';
import { ValidationFailed } from '../common/app-error';
import { type MessageKey } from '../i18n';

let factory: ZxcvbnFactory | undefined;

/** Built on first use (about 0.2 s): the dictionaries are ranked once per process. Without
 * translations zxcvbn reports its warnings as keys, which `passwordProblem` reads. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...nl.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: PASSWORD_CHECKED_LENGTH,
    l33tMaxSubstitutions: PASSWORD_L33T_SUBSTITUTIONS,
  });
  return factory;
}

const HINTS: Record<PasswordProblem, MessageKey> = {
  common: 'field_password_common',
  personal: 'field_password_personal',
  pattern: 'field_password_pattern',
  weak: 'field_password_weak',
};

/** The message key of what is wrong with a password, or null when it is strong enough. */
export function weakPasswordHint(password: string, who: { email?: string; name?: string } = {}): MessageKey | null {
  const problem = passwordProblem(estimator().check(password, passwordUserInputs(who.email, who.name)));
  return problem && HINTS[problem];
}

/** Refuses a common, leaked, personal or otherwise guessable password: 400 naming `password`,
 * with a hint, wherever a password is set. */
export function assertStrongPassword(password: string, who: { email?: string; name?: string } = {}): void {
  const key = weakPasswordHint(password, who);
  if (key) throw new ValidationFailed([{ field: 'password', key, vars: {} }]);
}
