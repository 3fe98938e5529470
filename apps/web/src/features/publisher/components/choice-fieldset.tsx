import { type ReactNode } from 'react';
import { useT } from '../../../i18n';
import { fieldDescriptionIds } from '../../../ui/field';

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
      className={['choice-group', error ? 'choice-group--error' : '', className].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend className="choice-group__legend">
        {legend}
        {optional && <span className="field__optional"> {t('common.optional')}</span>}
      </legend>
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
    <div className={['checkbox', error ? 'checkbox--error' : ''].filter(Boolean).join(' ')}>
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
        <p className="field__hint checkbox__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error checkbox__hint" id={errorId}>
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
    <div className={['checkbox-list', columns ? 'checkbox-list--columns' : ''].filter(Boolean).join(' ')}>
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
