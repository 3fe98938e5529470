import { useEffect, useState } from 'react';
import { PASSWORD_MIN_LENGTH, type PasswordProblem } from '@groeiwijzer/domain';

type Estimate = (password: string, email: string, name: string) => PasswordProblem | null;

let loading: Promise<Estimate> | undefined;

/** The estimator and its dictionaries come in their own chunk, fetched the first time someone
 * types a password, so the main bundle stays small. */
export function loadPasswordEstimator(): Promise<Estimate> {
  loading ??= import('./password-estimator').then((m) => m.estimatePassword);
  return loading;
}

export type PasswordFeedback =
  | { state: 'empty' }
  | { state: 'short' }
  | { state: 'checking' }
  | { state: 'ok' }
  | { state: 'weak'; problem: PasswordProblem };

/** Feedback on a new password while it is typed (debounced), by the same rules as the API. */
export function usePasswordFeedback(password: string, email: string, name: string): PasswordFeedback {
  const [result, setResult] = useState<{ for: string; problem: PasswordProblem | null } | null>(null);
  const long = password.length >= PASSWORD_MIN_LENGTH;

  useEffect(() => {
    if (!password) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void loadPasswordEstimator().then((estimate) => {
        if (!cancelled && long) setResult({ for: `${password}\n${email}\n${name}`, problem: estimate(password, email, name) });
      });
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [password, email, name, long]);

  if (!password) return { state: 'empty' };
  if (!long) return { state: 'short' };
  if (!result || result.for !== `${password}\n${email}\n${name}`) return { state: 'checking' };
  return result.problem ? { state: 'weak', problem: result.problem } : { state: 'ok' };
}
