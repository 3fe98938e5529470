import { type ReactNode } from 'react';
import { useT } from '../i18n';
import fieldStyles from './field.module.css';
import { cx } from './cx';

/** ids of the hint and error texts of a form field, for aria-describedby. */
export function fieldDescriptionIds(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  className?: string;
  /** The control itself, given the aria attributes that tie it to the hint and error texts. */
  children: (aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) => ReactNode;
}

/** Label, hint and error around one form control: the part every field shares. */
export function FieldFrame({ id, label, hint, error, optional, className, children }: FieldFrameProps) {
  const t = useT();
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    <div className={cx(fieldStyles.field, error && fieldStyles.fieldInvalid, className)}>
      <label className={fieldStyles.fieldLabel} htmlFor={id}>
        {label}
        {optional && <span className={fieldStyles.fieldOptional}> {t('common.optional')}</span>}
      </label>
      {hint && (
        <p className={fieldStyles.fieldHint} id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className={fieldStyles.fieldError} id={errorId}>
          <span className="visually-hidden">{t('common.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}
