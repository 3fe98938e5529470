import { type TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field';
import { cx } from './cx';
import fieldStyles from './field.module.css';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

export function TextAreaField({ id, name, label, hint, error, optional, className, rows = 5, ...rest }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className} optional={optional}>
      {(aria) => (
        <textarea {...rest} {...aria} id={id} name={name} rows={rows} className={cx(fieldStyles.fieldInput, fieldStyles.fieldTextarea)} />
      )}
    </FieldFrame>
  );
}
