import { type ReactNode } from 'react';
import { type MessageKey, useT } from '../../../i18n';
import { Button, SelectField, TextAreaField } from '../../../ui';
import { COACH_LANGUAGE_OPTIONS, COACH_TYPE_OPTIONS, newRowId, toggleValue, type ItemFormValues } from '../item-form-values';
import { Checkbox, CheckboxList, ChoiceFieldset } from './choice-fieldset';
import { InputField } from './input-field';
import fieldStyles from '../../../ui/field.module.css';
import styles from './item-kind-fields.module.css';

export interface FieldAccess {
  /** The problem to show next to a form key, if any. */
  errorFor: (key: string) => string | undefined;
  /** The DOM id of a form key. */
  idFor: (key: string) => string;
}

/** Focus an element once React has drawn it (after adding or removing a row). */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** One plain field of a kind's details: a row of the tables below. */
interface PlainField<V> {
  /** Where the form keeps it. */
  key: keyof V & string;
  /** The API's field: its DOM id and the problems the API names for it. */
  apiKey: string;
  name: string;
  input: 'decimal' | 'numeric' | 'date' | 'textarea';
  label: MessageKey;
  hint?: MessageKey;
  optional?: boolean;
}

interface PlainFieldsProps<V> extends FieldAccess {
  fields: PlainField<V>[];
  value: V;
  set: (patch: Partial<V>) => void;
}

/** Draws the rows of a field table, each with its label, hint and the API's problem. */
function PlainFields<V>({ fields, value, set, errorFor, idFor }: PlainFieldsProps<V>) {
  const t = useT();
  return (
    <>
      {fields.map((field) => {
        const common = {
          id: idFor(field.apiKey),
          name: field.name,
          label: t(field.label),
          hint: field.hint ? t(field.hint) : undefined,
          value: String(value[field.key] ?? ''),
          error: errorFor(field.apiKey),
        };
        const update = (next: string) => set({ [field.key]: next } as Partial<V>);
        if (field.input === 'textarea') return <TextAreaField key={field.key} {...common} rows={3} onChange={(e) => update(e.target.value)} />;
        return (
          <InputField
            key={field.key}
            {...common}
            optional={field.optional}
            {...(field.input === 'date' ? { type: 'date', className: fieldStyles.fieldShortDate } : { inputMode: field.input, className: fieldStyles.fieldShort })}
            onChange={(e) => update(e.target.value)}
          />
        );
      })}
    </>
  );
}

interface RowListProps<R extends { id: string }> {
  rows: R[];
  onChange: (rows: R[]) => void;
  newRow: () => R;
  addId: string;
  addLabel: string;
  removeLabel: (n: number) => string;
  /** The id of a row's first field: focus moves there when the row is added. */
  firstFieldId: (index: number) => string;
  /** Said instead of an empty list, if anything. */
  empty?: string;
  rowClassName?: string;
  /** One row's fields, given how to change the row and its remove button. */
  children: (row: R, index: number, update: (patch: Partial<R>) => void, remove: ReactNode) => ReactNode;
}

/** Rows the publisher adds and removes (application windows, start dates); focus follows: to
 * the new row's first field, or back to "add" after a removal. */
function RowList<R extends { id: string }>({ rows, onChange, newRow, addId, addLabel, removeLabel, firstFieldId, empty, rowClassName, children }: RowListProps<R>) {
  return (
    <>
      {rows.length === 0 && empty ? (
        <p className={styles.rowListEmpty}>{empty}</p>
      ) : (
        <ol className={styles.rowList}>
          {rows.map((row, index) => {
            const remove = (
              <Button
                variant="quiet"
                onClick={() => {
                  onChange(rows.filter((_, i) => i !== index));
                  focusSoon(addId);
                }}
              >
                {removeLabel(index + 1)}
              </Button>
            );
            const update = (patch: Partial<R>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
            return (
              <li key={row.id} className={rowClassName}>
                {children(row, index, update, remove)}
              </li>
            );
          })}
        </ol>
      )}
      <Button
        id={addId}
        variant="secondary"
        onClick={() => {
          onChange([...rows, newRow()]);
          focusSoon(firstFieldId(rows.length));
        }}
      >
        {addLabel}
      </Button>
    </>
  );
}

type Scheme = ItemFormValues['scheme'];
type Training = ItemFormValues['training'];
type Coach = ItemFormValues['coach'];

const SCHEME_BEFORE_WINDOWS: PlainField<Scheme>[] = [
  { key: 'eligibility', apiKey: 'scheme.eligibility', name: 'eligibility', input: 'textarea', label: 'publisher.form.scheme.eligibility', hint: 'publisher.form.scheme.eligibilityHint' },
  { key: 'fundingPercent', apiKey: 'scheme.fundingShare', name: 'fundingShare', input: 'decimal', label: 'publisher.form.scheme.fundingShare', hint: 'publisher.form.scheme.fundingShareHint', optional: true },
  { key: 'maxAmountEur', apiKey: 'scheme.maxAmountEur', name: 'maxAmountEur', input: 'decimal', label: 'publisher.form.scheme.maxAmountEur', hint: 'publisher.form.scheme.maxAmountEurHint', optional: true },
];
const SCHEME_AFTER_WINDOWS: PlainField<Scheme>[] = [
  { key: 'startBy', apiKey: 'scheme.startBy', name: 'startBy', input: 'date', label: 'publisher.form.scheme.startBy', hint: 'publisher.form.scheme.startByHint', optional: true },
  { key: 'completeBy', apiKey: 'scheme.completeBy', name: 'completeBy', input: 'date', label: 'publisher.form.scheme.completeBy', hint: 'publisher.form.scheme.completeByHint', optional: true },
];
const TRAINING_FIELDS: PlainField<Training>[] = [
  { key: 'durationHours', apiKey: 'training.durationHours', name: 'durationHours', input: 'decimal', label: 'publisher.form.training.durationHours', hint: 'publisher.form.training.durationHoursHint', optional: true },
];
const COACH_FIELDS: PlainField<Coach>[] = [
  { key: 'capacity', apiKey: 'coach.capacity', name: 'capacity', input: 'numeric', label: 'publisher.form.coach.capacity', hint: 'publisher.form.coach.capacityHint' },
];

interface SchemeFieldsProps extends FieldAccess {
  value: ItemFormValues['scheme'];
  onChange: (scheme: ItemFormValues['scheme']) => void;
}

export function SchemeFields({ value, onChange, errorFor, idFor }: SchemeFieldsProps) {
  const t = useT();
  const set = (patch: Partial<ItemFormValues['scheme']>) => onChange({ ...value, ...patch });
  const addId = idFor('scheme.windows.add');

  return (
    <>
      <PlainFields fields={SCHEME_BEFORE_WINDOWS} value={value} set={set} errorFor={errorFor} idFor={idFor} />
      <ChoiceFieldset
        id={idFor('scheme.windows')}
        legend={t('publisher.form.scheme.windows')}
        hint={t('publisher.form.scheme.windowsHint')}
        error={errorFor('scheme.windows')}
      >
        <RowList
          rows={value.windows}
          onChange={(windows) => set({ windows })}
          newRow={() => ({ id: newRowId(), opens: '', closes: '' })}
          addId={addId}
          addLabel={t('publisher.form.scheme.addWindow')}
          removeLabel={(n) => t('publisher.form.scheme.removeWindow', { n })}
          firstFieldId={(index) => idFor(`scheme.windows.${index}.opens`)}
        >
          {(row, index, update, remove) => {
            const rowKey = `scheme.windows.${index}`;
            return (
              <ChoiceFieldset id={idFor(rowKey)} className={styles.rowListRow} legend={t('publisher.form.scheme.window', { n: index + 1 })} error={errorFor(rowKey)}>
                <div className={styles.rowListFields}>
                  <InputField
                    id={idFor(`${rowKey}.opens`)}
                    name={`windows.${index}.opens`}
                    type="date"
                    className={fieldStyles.fieldShortDate}
                    label={t('publisher.form.scheme.opens')}
                    value={row.opens}
                    onChange={(event) => update({ opens: event.target.value })}
                    error={errorFor(`${rowKey}.opens`)}
                  />
                  <InputField
                    id={idFor(`${rowKey}.closes`)}
                    name={`windows.${index}.closes`}
                    type="date"
                    className={fieldStyles.fieldShortDate}
                    label={t('publisher.form.scheme.closes')}
                    min={row.opens || undefined}
                    value={row.closes}
                    onChange={(event) => update({ closes: event.target.value })}
                    error={errorFor(`${rowKey}.closes`)}
                  />
                </div>
                {remove}
              </ChoiceFieldset>
            );
          }}
        </RowList>
      </ChoiceFieldset>
      <PlainFields fields={SCHEME_AFTER_WINDOWS} value={value} set={set} errorFor={errorFor} idFor={idFor} />
    </>
  );
}

interface TrainingFieldsProps extends FieldAccess {
  value: ItemFormValues['training'];
  onChange: (training: ItemFormValues['training']) => void;
}

export function TrainingFields({ value, onChange, errorFor, idFor }: TrainingFieldsProps) {
  const t = useT();
  const set = (patch: Partial<ItemFormValues['training']>) => onChange({ ...value, ...patch });
  const addId = idFor('training.startDates.add');

  return (
    <>
      <PlainFields fields={TRAINING_FIELDS} value={value} set={set} errorFor={errorFor} idFor={idFor} />
      <ChoiceFieldset
        id={idFor('training.startDates')}
        legend={t('publisher.form.training.startDates')}
        hint={t('publisher.form.training.startDatesHint')}
        error={errorFor('training.startDates')}
        optional
      >
        <RowList
          rows={value.startDates}
          onChange={(startDates) => set({ startDates })}
          newRow={() => ({ id: newRowId(), value: '' })}
          addId={addId}
          addLabel={t('publisher.form.training.addStartDate')}
          removeLabel={(n) => t('publisher.form.training.removeStartDate', { n })}
          firstFieldId={(index) => idFor(`training.startDates.${index}`)}
          empty={t('publisher.form.training.noStartDates')}
          rowClassName={styles.rowListInline}
        >
          {(row, index, update, remove) => (
            <>
              <InputField
                id={idFor(`training.startDates.${index}`)}
                name={`startDates.${index}`}
                type="date"
                className={fieldStyles.fieldShortDate}
                label={t('publisher.form.training.startDate', { n: index + 1 })}
                value={row.value}
                onChange={(event) => update({ value: event.target.value })}
              />
              {remove}
            </>
          )}
        </RowList>
      </ChoiceFieldset>
    </>
  );
}

interface CoachFieldsProps extends FieldAccess {
  value: ItemFormValues['coach'];
  onChange: (coach: ItemFormValues['coach']) => void;
}

export function CoachFields({ value, onChange, errorFor, idFor }: CoachFieldsProps) {
  const t = useT();
  const set = (patch: Partial<ItemFormValues['coach']>) => onChange({ ...value, ...patch });
  // Codes outside the usual list (from an import) stay visible, so they can be unticked.
  const codes = [...COACH_LANGUAGE_OPTIONS, ...value.languages.filter((code) => !(COACH_LANGUAGE_OPTIONS as readonly string[]).includes(code))];
  const languageName = (code: string) =>
    (COACH_LANGUAGE_OPTIONS as readonly string[]).includes(code)
      ? t(`publisher.form.coach.languageNames.${code as (typeof COACH_LANGUAGE_OPTIONS)[number]}`)
      : code;
  const languagesId = idFor('coach.languages');

  return (
    <>
      <SelectField
        id={idFor('coach.coachType')}
        name="coachType"
        label={t('publisher.form.coach.coachType')}
        value={value.coachType}
        onChange={(event) => set({ coachType: event.target.value as ItemFormValues['coach']['coachType'] })}
        error={errorFor('coach.coachType')}
      >
        <option value="">{t('publisher.form.coach.coachTypePlaceholder')}</option>
        {COACH_TYPE_OPTIONS.map((type) => (
          <option key={type} value={type}>
            {t(`publisher.form.coach.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <Checkbox
        id={idFor('coach.entrepreneurExperience')}
        name="entrepreneurExperience"
        label={t('publisher.form.coach.entrepreneurExperience')}
        hint={t('publisher.form.coach.entrepreneurExperienceHint')}
        checked={value.entrepreneurExperience}
        onChange={(checked) => set({ entrepreneurExperience: checked })}
        error={errorFor('coach.entrepreneurExperience')}
      />
      <PlainFields fields={COACH_FIELDS} value={value} set={set} errorFor={errorFor} idFor={idFor} />
      <ChoiceFieldset
        id={languagesId}
        legend={t('publisher.form.coach.languages')}
        hint={t('publisher.form.coach.languagesHint')}
        error={errorFor('coach.languages')}
        optional
      >
        <CheckboxList
          id={languagesId}
          name="languages"
          columns
          options={codes.map((code) => ({ value: code, label: languageName(code) }))}
          selected={value.languages}
          onToggle={(code, on) => set({ languages: toggleValue(value.languages, code, on) })}
        />
      </ChoiceFieldset>
    </>
  );
}
