import { type TextareaHTMLAttributes } from 'react';
import { useT } from '../i18n';
import { fieldDescriptionIds } from './field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

export function TextAreaField({ id, name, label, hint, error, optional, className, rows = 5, ...rest }: TextAreaFieldProps) {
  const t = useT();
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    <div className={['field', error ? 'field--error' : '', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('common.optional')}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('common.errorPrefix')} </span>
          {error}
        </p>
      )}
      <textarea
        {...rest}
        id={id}
        name={name}
        rows={rows}
        className="field__input field__textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
