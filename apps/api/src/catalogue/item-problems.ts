import { type ItemProblem } from '@groeiwijzer/domain';
import { ValidationFailed } from '../common/app-error';
import { type MessageKey } from '../common/messages';

/** The domain's problem codes are message keys of the API (checked here by the compiler). */
export function problemKey(problem: ItemProblem): MessageKey {
  return problem.code satisfies MessageKey;
}

export function itemValidationFailed(problems: ItemProblem[]): ValidationFailed {
  return new ValidationFailed(problems.map((p) => ({ field: p.field || 'body', key: problemKey(p), vars: p.vars ?? {} })));
}
