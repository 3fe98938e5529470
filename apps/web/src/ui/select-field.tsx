import { type ReactNode, type SelectHTMLAttributes } from 'react';
import { FieldFrame } from './field';
import { cx } from './cx';
import fieldStyles from './field.module.css';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** `<option>` and `<optgroup>` elements. */
  children: ReactNode;
}

export function SelectField({ id, name, label, hint, error, className, children, ...rest }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(aria) => (
        <select {...rest} {...aria} id={id} name={name} className={cx(fieldStyles.fieldInput, fieldStyles.fieldSelect)}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
