import { useT } from '../../../i18n';
import { type PasswordFeedback } from './use-password-feedback';
import fieldStyles from '../../../ui/field.module.css';

/** What the password typed so far is worth, announced politely to screen readers. */
export function PasswordFeedbackText({ id, feedback }: { id: string; feedback: PasswordFeedback }) {
  const t = useT();
  const text =
    feedback.state === 'empty' ? '' :
    feedback.state === 'short' ? t('accountSecurity.passwordStrength.tooShort') :
    feedback.state === 'checking' ? t('accountSecurity.passwordStrength.checking') :
    feedback.state === 'ok' ? t('accountSecurity.passwordStrength.ok') :
    t(`accountSecurity.passwordStrength.${feedback.problem}` as const);
  return (
    <p id={id} className={fieldStyles.fieldHint} data-state={feedback.state} role="status" aria-live="polite">
      {text}
    </p>
  );
}
