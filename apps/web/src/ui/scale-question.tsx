import fieldStyles from './field.module.css';
import scaleQuestionStyles from './scale-question.module.css';
import { cx } from './cx';
/** Value of a statement: 1..5 on the scale, null for "don't know / not applicable",
 * undefined while unanswered. */
export type ScaleValue = number | null | undefined;

interface ScaleQuestionProps {
  /** id of the fieldset (error summaries link here); radio ids derive from it. */
  id: string;
  legend: string;
  /** The five labels, from 1 (strongly disagree) to 5 (strongly agree). */
  labels: readonly string[];
  dontKnowLabel: string;
  value: ScaleValue;
  onChange: (value: number | null) => void;
  error?: string;
  errorPrefix: string;
}

/** One statement as a radio group: the five points of the scale and a separate "don't know".
 * Light on purpose (no router, no i18n hook): the questionnaire bundle uses it too. */
export function ScaleQuestion({ id, legend, labels, dontKnowLabel, value, onChange, error, errorPrefix }: ScaleQuestionProps) {
  const errorId = error ? `${id}-error` : undefined;
  const options: { key: string; label: string; value: number | null }[] = [
    ...labels.map((label, index) => ({ key: String(index + 1), label, value: index + 1 })),
    { key: 'dont-know', label: dontKnowLabel, value: null },
  ];
  return (
    <fieldset
      id={id}
      className={cx(scaleQuestionStyles.scaleQuestion, error && scaleQuestionStyles.scaleQuestionError)}
      aria-describedby={errorId}
    >
      <legend className={scaleQuestionStyles.scaleQuestionLegend}>{legend}</legend>
      {error && (
        <p className={fieldStyles.fieldError} id={errorId}>
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
      <div className={scaleQuestionStyles.scaleQuestionOptions}>
        {options.map((option) => (
          <label
            key={option.key}
            className={cx(scaleQuestionStyles.scaleOption, option.value === null && scaleQuestionStyles.scaleOptionDontKnow)}
          >
            <input
              type="radio"
              name={id}
              value={option.key}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
