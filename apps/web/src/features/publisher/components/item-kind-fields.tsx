import { useT } from '../../../i18n';
import { Button, SelectField, TextAreaField } from '../../../ui';
import { COACH_LANGUAGE_OPTIONS, COACH_TYPE_OPTIONS, newRowId, toggleValue, type ItemFormValues } from '../item-form-values';
import { Checkbox, CheckboxList, ChoiceFieldset } from './choice-fieldset';
import { InputField } from './input-field';

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

interface SchemeFieldsProps extends FieldAccess {
  value: ItemFormValues['scheme'];
  onChange: (scheme: ItemFormValues['scheme']) => void;
}

export function SchemeFields({ value, onChange, errorFor, idFor }: SchemeFieldsProps) {
  const t = useT();
  const set = (patch: Partial<ItemFormValues['scheme']>) => onChange({ ...value, ...patch });
  const setWindow = (index: number, part: 'opens' | 'closes', date: string) =>
    set({ windows: value.windows.map((row, i) => (i === index ? { ...row, [part]: date } : row)) });
  const addId = idFor('scheme.windows.add');

  return (
    <>
      <TextAreaField
        id={idFor('scheme.eligibility')}
        name="eligibility"
        rows={3}
        label={t('publisher.form.scheme.eligibility')}
        hint={t('publisher.form.scheme.eligibilityHint')}
        value={value.eligibility}
        onChange={(event) => set({ eligibility: event.target.value })}
        error={errorFor('scheme.eligibility')}
      />
      <InputField
        id={idFor('scheme.fundingShare')}
        name="fundingShare"
        inputMode="decimal"
        className="field--short"
        optional
        label={t('publisher.form.scheme.fundingShare')}
        hint={t('publisher.form.scheme.fundingShareHint')}
        value={value.fundingPercent}
        onChange={(event) => set({ fundingPercent: event.target.value })}
        error={errorFor('scheme.fundingShare')}
      />
      <InputField
        id={idFor('scheme.maxAmountEur')}
        name="maxAmountEur"
        inputMode="decimal"
        className="field--short"
        optional
        label={t('publisher.form.scheme.maxAmountEur')}
        hint={t('publisher.form.scheme.maxAmountEurHint')}
        value={value.maxAmountEur}
        onChange={(event) => set({ maxAmountEur: event.target.value })}
        error={errorFor('scheme.maxAmountEur')}
      />
      <ChoiceFieldset
        id={idFor('scheme.windows')}
        legend={t('publisher.form.scheme.windows')}
        hint={t('publisher.form.scheme.windowsHint')}
        error={errorFor('scheme.windows')}
      >
        <ol className="row-list">
          {value.windows.map((row, index) => {
            const rowKey = `scheme.windows.${index}`;
            const n = index + 1;
            return (
              <li key={row.id}>
                <ChoiceFieldset
                  id={idFor(rowKey)}
                  className="row-list__row"
                  legend={t('publisher.form.scheme.window', { n })}
                  error={errorFor(rowKey)}
                >
                  <div className="row-list__fields">
                    <InputField
                      id={idFor(`${rowKey}.opens`)}
                      name={`windows.${index}.opens`}
                      type="date"
                      className="field--short-date"
                      label={t('publisher.form.scheme.opens')}
                      value={row.opens}
                      onChange={(event) => setWindow(index, 'opens', event.target.value)}
                      error={errorFor(`${rowKey}.opens`)}
                    />
                    <InputField
                      id={idFor(`${rowKey}.closes`)}
                      name={`windows.${index}.closes`}
                      type="date"
                      className="field--short-date"
                      label={t('publisher.form.scheme.closes')}
                      min={row.opens || undefined}
                      value={row.closes}
                      onChange={(event) => setWindow(index, 'closes', event.target.value)}
                      error={errorFor(`${rowKey}.closes`)}
                    />
                  </div>
                  <Button
                    variant="quiet"
                    onClick={() => {
                      set({ windows: value.windows.filter((_, i) => i !== index) });
                      focusSoon(addId);
                    }}
                  >
                    {t('publisher.form.scheme.removeWindow', { n })}
                  </Button>
                </ChoiceFieldset>
              </li>
            );
          })}
        </ol>
        <Button
          id={addId}
          variant="secondary"
          onClick={() => {
            set({ windows: [...value.windows, { id: newRowId(), opens: '', closes: '' }] });
            focusSoon(idFor(`scheme.windows.${value.windows.length}.opens`));
          }}
        >
          {t('publisher.form.scheme.addWindow')}
        </Button>
      </ChoiceFieldset>
      <InputField
        id={idFor('scheme.startBy')}
        name="startBy"
        type="date"
        className="field--short-date"
        optional
        label={t('publisher.form.scheme.startBy')}
        hint={t('publisher.form.scheme.startByHint')}
        value={value.startBy}
        onChange={(event) => set({ startBy: event.target.value })}
        error={errorFor('scheme.startBy')}
      />
      <InputField
        id={idFor('scheme.completeBy')}
        name="completeBy"
        type="date"
        className="field--short-date"
        optional
        label={t('publisher.form.scheme.completeBy')}
        hint={t('publisher.form.scheme.completeByHint')}
        value={value.completeBy}
        onChange={(event) => set({ completeBy: event.target.value })}
        error={errorFor('scheme.completeBy')}
      />
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
      <InputField
        id={idFor('training.durationHours')}
        name="durationHours"
        inputMode="decimal"
        className="field--short"
        optional
        label={t('publisher.form.training.durationHours')}
        hint={t('publisher.form.training.durationHoursHint')}
        value={value.durationHours}
        onChange={(event) => set({ durationHours: event.target.value })}
        error={errorFor('training.durationHours')}
      />
      <ChoiceFieldset
        id={idFor('training.startDates')}
        legend={t('publisher.form.training.startDates')}
        hint={t('publisher.form.training.startDatesHint')}
        error={errorFor('training.startDates')}
        optional
      >
        {value.startDates.length === 0 ? (
          <p className="row-list__empty">{t('publisher.form.training.noStartDates')}</p>
        ) : (
          <ol className="row-list">
            {value.startDates.map((row, index) => {
              const n = index + 1;
              return (
                <li key={row.id} className="row-list__inline">
                  <InputField
                    id={idFor(`training.startDates.${index}`)}
                    name={`startDates.${index}`}
                    type="date"
                    className="field--short-date"
                    label={t('publisher.form.training.startDate', { n })}
                    value={row.value}
                    onChange={(event) =>
                      set({ startDates: value.startDates.map((r, i) => (i === index ? { ...r, value: event.target.value } : r)) })
                    }
                  />
                  <Button
                    variant="quiet"
                    onClick={() => {
                      set({ startDates: value.startDates.filter((_, i) => i !== index) });
                      focusSoon(addId);
                    }}
                  >
                    {t('publisher.form.training.removeStartDate', { n })}
                  </Button>
                </li>
              );
            })}
          </ol>
        )}
        <Button
          id={addId}
          variant="secondary"
          onClick={() => {
            set({ startDates: [...value.startDates, { id: newRowId(), value: '' }] });
            focusSoon(idFor(`training.startDates.${value.startDates.length}`));
          }}
        >
          {t('publisher.form.training.addStartDate')}
        </Button>
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
      <InputField
        id={idFor('coach.capacity')}
        name="capacity"
        inputMode="numeric"
        className="field--short"
        label={t('publisher.form.coach.capacity')}
        hint={t('publisher.form.coach.capacityHint')}
        value={value.capacity}
        onChange={(event) => set({ capacity: event.target.value })}
        error={errorFor('coach.capacity')}
      />
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
