import { type InputHTMLAttributes } from 'react';
import styles from './checkbox-field.module.css';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'aria-describedby'> {
  id: string;
  label: string;
  /** Said below the label, and read out with the box (aria-describedby). */
  hint?: string;
}

/** A checkbox with its label beside it (the whole label is the target) and an optional hint. */
export function CheckboxField({ id, label, hint, ...rest }: CheckboxFieldProps) {
  return (
    <div className={styles.checkbox}>
      <input {...rest} id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
