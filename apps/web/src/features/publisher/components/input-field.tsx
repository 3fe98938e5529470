import { type InputHTMLAttributes } from 'react';
import { FieldFrame } from '../../../ui/field';
import fieldStyles from '../../../ui/field.module.css';

interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shows "(niet verplicht)" after the label; the shared TextField has no such option. */
  optional?: boolean;
}

export function InputField({ id, name, label, hint, error, optional, className, type = 'text', ...rest }: InputFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} className={className}>
      {(aria) => <input {...rest} {...aria} id={id} name={name} type={type} className={fieldStyles.fieldInput} />}
    </FieldFrame>
  );
}
