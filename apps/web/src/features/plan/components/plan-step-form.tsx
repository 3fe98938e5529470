import type { PlanStep } from '@groeiwijzer/contracts';
import { ASPECTS } from '@groeiwijzer/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import { fieldDescriptionIds } from '../../../ui/field';
import { ErrorSummary } from '../../publisher/components/error-summary';
import { fieldDomId, inFieldOrder, placeFieldErrors } from '../../publisher/field-errors';
import { useCreatePlanStep } from '../hooks/use-create-plan-step';
import { useUpdatePlanStep } from '../hooks/use-update-plan-step';
import { PLAN_COLUMNS } from '../plan-board';
import {
  checkPlanValues,
  emptyPlanValues,
  PLAN_FIELD_ORDER,
  PLAN_TITLE_MAX,
  planValuesOf,
  resolvePlanField,
  toPlanRequest,
  type PlanFormValues,
} from '../plan-form-values';
import styles from './plan-step-form.module.css';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';

const idFor = (key: string) => fieldDomId('plan-step', key);

interface PlanStepFormProps {
  organisationId: string;
  /** The step to edit; a new one when absent. */
  step?: PlanStep;
  onSaved: (step: PlanStep, mode: 'added' | 'saved') => void;
}

/** Every field of a step: title, aspect, column, due date, who, checklist and note. Problems show
 * at their fields (the form's own checks first, then the API's words) and in a summary above. */
export function PlanStepForm({ organisationId, step, onSaved }: PlanStepFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const create = useCreatePlanStep(organisationId);
  const update = useUpdatePlanStep(organisationId);
  const mutation = step ? update : create;
  const apiErrors = useFormErrors(mutation.error);
  const [values, setValues] = useState<PlanFormValues>(() => (step ? planValuesOf(step) : emptyPlanValues()));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const rows = values.checklist.length;
  const { placed, unplaced } = useMemo(() => placeFieldErrors(apiErrors.fields, resolvePlanField(rows)), [apiErrors.fields, rows]);
  const problems: Record<string, string> = Object.keys(local).length > 0 ? local : placed;
  const labels: Record<string, string> = {
    title: t('plan.form.title'),
    aspect: t('plan.form.aspect'),
    status: t('plan.form.status'),
    dueDate: t('plan.form.dueDate'),
    responsible: t('plan.form.responsible'),
    checklist: t('plan.form.checklist'),
    note: t('plan.form.note'),
  };
  const labelOf = (key: string) => labels[key] ?? t('plan.form.checklistItem', { number: Number(key.split('.')[1]) + 1 });
  const entries = inFieldOrder(Object.keys(problems), PLAN_FIELD_ORDER).map((key) => ({
    targetId: idFor(key),
    label: labelOf(key),
    message: problems[key],
  }));
  const summary = Object.keys(local).length > 0 ? null : apiErrors.summary;

  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const setRow = (index: number, change: Partial<PlanFormValues['checklist'][number]>) =>
    setValues((current) => ({ ...current, checklist: current.checklist.map((row, n) => (n === index ? { ...row, ...change } : row)) }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = checkPlanValues(values, { titleMissing: t('plan.form.titleMissing'), aspectMissing: t('plan.form.aspectMissing') });
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    const body = toPlanRequest(values);
    if (step) update.mutate({ stepId: step.id, body }, { onSuccess: (saved) => onSaved(saved, 'saved') });
    else create.mutate(body, { onSuccess: (saved) => onSaved(saved, 'added') });
  }

  const checklistIds = fieldDescriptionIds(idFor('checklist'), 'hint', problems.checklist);

  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      {attempt > 0 && (summary || entries.length > 0) && (
        <ErrorSummary key={attempt} message={summary} entries={entries} other={Object.keys(local).length > 0 ? [] : unplaced} />
      )}
      {step?.item && <p className={styles.linked}>{t('plan.form.linkedItem', { title: step.item.title })}</p>}
      <TextField
        id={idFor('title')}
        name="title"
        label={t('plan.form.title')}
        hint={t('plan.form.titleHint')}
        maxLength={PLAN_TITLE_MAX}
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        error={problems.title}
      />
      <div className={styles.row}>
        <SelectField
          id={idFor('aspect')}
          name="aspect"
          label={t('plan.form.aspect')}
          value={values.aspect}
          onChange={(event) => set('aspect', event.target.value as PlanFormValues['aspect'])}
          error={problems.aspect}
        >
          <option value="">{t('plan.form.aspectPlaceholder')}</option>
          {ASPECTS.map((aspect) => (
            <option key={aspect.key} value={aspect.key}>
              {aspect[locale]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={idFor('status')}
          name="status"
          label={t('plan.form.status')}
          value={values.status}
          onChange={(event) => set('status', event.target.value as PlanFormValues['status'])}
          error={problems.status}
        >
          {PLAN_COLUMNS.map((status) => (
            <option key={status} value={status}>
              {t(`plan.columns.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className={styles.row}>
        <TextField
          id={idFor('dueDate')}
          name="dueDate"
          type="date"
          className={fieldStyles.fieldShortDate}
          label={t('plan.form.dueDate')}
          hint={t('plan.form.dueDateHint')}
          value={values.dueDate}
          onChange={(event) => set('dueDate', event.target.value)}
          error={problems.dueDate}
        />
        <TextField
          id={idFor('responsible')}
          name="responsible"
          autoComplete="name"
          label={t('plan.form.responsible')}
          maxLength={120}
          value={values.responsible}
          onChange={(event) => set('responsible', event.target.value)}
          error={problems.responsible}
        />
      </div>
      <fieldset
        id={idFor('checklist')}
        className={[styles.checklist, problems.checklist ? styles.checklistError : ''].filter(Boolean).join(' ')}
        aria-describedby={checklistIds.describedBy}
      >
        <legend className={fieldStyles.fieldLabel}>{t('plan.form.checklist')}</legend>
        <p className={fieldStyles.fieldHint} id={checklistIds.hintId}>
          {t('plan.form.checklistHint')}
        </p>
        {problems.checklist && (
          <p className={fieldStyles.fieldError} id={checklistIds.errorId}>
            <span className="visually-hidden">{t('common.errorPrefix')} </span>
            {problems.checklist}
          </p>
        )}
        {values.checklist.length > 0 && (
          <ol className={styles.rows}>
            {values.checklist.map((row, index) => {
              const rowId = idFor(`checklist.${index}`);
              const error = problems[`checklist.${index}`];
              return (
                <li key={index} className={styles.checklistRow}>
                  <input
                    type="checkbox"
                    id={`${rowId}-done`}
                    checked={row.done}
                    aria-label={t('plan.form.checklistDone', { number: index + 1 })}
                    onChange={(event) => setRow(index, { done: event.target.checked })}
                  />
                  <label htmlFor={rowId} className="visually-hidden">
                    {t('plan.form.checklistItem', { number: index + 1 })}
                  </label>
                  <input
                    id={rowId}
                    className={fieldStyles.fieldInput}
                    value={row.text}
                    maxLength={200}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${rowId}-error` : undefined}
                    onChange={(event) => setRow(index, { text: event.target.value })}
                  />
                  <button
                    type="button"
                    className={cx(buttonStyles.button, buttonStyles.buttonQuiet)}
                    onClick={() => set('checklist', values.checklist.filter((_row, n) => n !== index))}
                  >
                    <span aria-hidden="true">✕</span>
                    <span className="visually-hidden">{t('plan.form.removeChecklistItem', { number: index + 1 })}</span>
                  </button>
                  {error && (
                    <p className={cx(fieldStyles.fieldError, styles.rowError)} id={`${rowId}-error`}>
                      <span className="visually-hidden">{t('common.errorPrefix')} </span>
                      {error}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        <Button
          variant="secondary"
          onClick={() => {
            set('checklist', [...values.checklist, { text: '', done: false }]);
            requestAnimationFrame(() => document.getElementById(idFor(`checklist.${values.checklist.length}`))?.focus());
          }}
        >
          {t('plan.form.addChecklistItem')}
        </Button>
      </fieldset>
      <TextAreaField
        id={idFor('note')}
        name="note"
        label={t('plan.form.note')}
        optional
        rows={3}
        maxLength={2000}
        value={values.note}
        onChange={(event) => set('note', event.target.value)}
        error={problems.note}
      />
      <div className={formStyles.formActions}>
        <Button type="submit" busy={mutation.isPending} busyLabel={t('common.saving')}>
          {step ? t('plan.form.submitEdit') : t('plan.form.submitAdd')}
        </Button>
      </div>
    </form>
  );
}
