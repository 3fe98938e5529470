import { type ReactNode } from 'react';
import { useT } from '../../../i18n';
import { fieldDescriptionIds } from '../../../ui/field';
import { cx } from '../../../ui/cx';
import publisherStyles from '../publisher.module.css';
import fieldStyles from '../../../ui/field.module.css';
import styles from './choice-fieldset.module.css';

interface ChoiceFieldsetProps {
  /** id of the fieldset: error summaries link here and focus its first control. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  className?: string;
  children: ReactNode;
}

/** A group of checkboxes (or rows of inputs) under one legend, with a hint and an error like
 * a single field has. */
export function ChoiceFieldset({ id, legend, hint, error, optional, className, children }: ChoiceFieldsetProps) {
  const t = useT();
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    <fieldset
      id={id}
      className={cx(styles.choiceGroup, error && styles.choiceGroupError, className)}
      aria-describedby={describedBy}
    >
      <legend className={styles.choiceGroupLegend}>
        {legend}
        {optional && <span className={fieldStyles.fieldOptional}> {t('common.optional')}</span>}
      </legend>
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
      {children}
    </fieldset>
  );
}

interface CheckboxProps {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  value?: string;
  hint?: string;
  error?: string;
}

/** One checkbox with its label after it; a big target for a thumb. */
export function Checkbox({ id, name, label, checked, onChange, value, hint, error }: CheckboxProps) {
  const t = useT();
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    <div className={cx(styles.checkbox, error && styles.checkboxError)}>
      <input
        id={id}
        name={name}
        type="checkbox"
        value={value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className={cx(fieldStyles.fieldHint, styles.checkboxHint)} id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className={cx(fieldStyles.fieldError, styles.checkboxHint)} id={errorId}>
          <span className="visually-hidden">{t('common.errorPrefix')} </span>
          {error}
        </p>
      )}
    </div>
  );
}

export interface CheckboxOption {
  value: string;
  label: string;
}

interface CheckboxListProps {
  id: string;
  name: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
  columns?: boolean;
}

/** The checkboxes of a ChoiceFieldset; ids are `<id>-<value>`. */
export function CheckboxList({ id, name, options, selected, onToggle, columns }: CheckboxListProps) {
  return (
    <div className={cx(publisherStyles.checkboxList, columns && styles.checkboxListColumns)}>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          id={`${id}-${option.value}`}
          name={name}
          value={option.value}
          label={option.label}
          checked={selected.includes(option.value)}
          onChange={(on) => onToggle(option.value, on)}
        />
      ))}
    </div>
  );
}
