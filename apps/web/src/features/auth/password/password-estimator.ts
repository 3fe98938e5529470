import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import {
  PASSWORD_CHECKED_LENGTH, PASSWORD_L33T_SUBSTITUTIONS, type PasswordProblem, passwordProblem, passwordUserInputs,
} from '@groeiwijzer/domain';

/** Loaded only by `loadPasswordEstimator` (its own chunk: the dictionaries are large), and built
 * with the same options as the API's check, so the page says what the API will decide. */
const factory = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...nl.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  maxLength: PASSWORD_CHECKED_LENGTH,
  l33tMaxSubstitutions: PASSWORD_L33T_SUBSTITUTIONS,
});

export function estimatePassword(password: string, email: string, name: string): PasswordProblem | null {
  return passwordProblem(factory.check(password, passwordUserInputs(email, name)));
}
