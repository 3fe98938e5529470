import { type ReactNode, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { NEXT_PARAM, safeNextPath } from '../../../lib/next-path';
import { Button, FormAlert, TextField } from '../../../ui';
import formStyles from '../../../ui/form.module.css';

/** Where to go after signing in or up (`?next=`, only paths of this app), and a link to another
 * sign-in page that keeps it. */
export function useNextPath() {
  const [params] = useSearchParams();
  const nextParam = params.get(NEXT_PARAM);
  const next = safeNextPath(nextParam);
  const keepNext = (path: string) => (nextParam ? `${path}?${NEXT_PARAM}=${encodeURIComponent(next)}` : path);
  return { nextParam, next, keepNext };
}

interface AuthFormProps {
  onSubmit: () => void;
  /** The API's summary of what went wrong, if anything. */
  summary: string | null;
  /** Changes with every submit, so the summary is announced again. */
  submittedAt: number;
  busy: boolean;
  submitLabel: string;
  children: ReactNode;
}

/** The form of the sign-in, sign-up and sign-in-link pages: the summary of problems first, the
 * fields, one submit button. */
export function AuthForm({ onSubmit, summary, submittedAt, busy, submitLabel, children }: AuthFormProps) {
  const t = useT();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className={formStyles.form} noValidate onSubmit={submit}>
      <FormAlert key={submittedAt} message={summary} />
      {children}
      <Button type="submit" busy={busy} busyLabel={t('common.sending')}>
        {submitLabel}
      </Button>
    </form>
  );
}

interface FieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

export function EmailField({ id, value, onChange, error }: FieldProps) {
  const t = useT();
  return (
    <TextField id={id} name="email" type="email" autoComplete="email" label={t('auth.fields.email')} value={value} onChange={(e) => onChange(e.target.value)} error={error} />
  );
}

export function PasswordField({ id, value, onChange, error, isNew = false }: FieldProps & { isNew?: boolean }) {
  const t = useT();
  return (
    <TextField
      id={id}
      name="password"
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      label={t('auth.fields.password')}
      hint={isNew ? t('auth.fields.passwordHint') : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
