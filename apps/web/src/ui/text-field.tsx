import { type InputHTMLAttributes } from 'react';
import { FieldFrame } from './field';
import fieldStyles from './field.module.css';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

export function TextField({ id, name, label, hint, error, className, type = 'text', ...rest }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(aria) => (
        <input {...rest} {...aria} id={id} name={name} type={type} className={fieldStyles.fieldInput} />
      )}
    </FieldFrame>
  );
}
