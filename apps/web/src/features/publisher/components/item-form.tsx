import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { ItemInput } from '@groeiwijzer/contracts';
import { SIZE_CLASSES, type SizeClass } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { type FormErrors } from '../../../lib/form-errors';
import { sectorOptions } from '../../../lib/reference';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import { fieldDomId, inFieldOrder, ITEM_FIELD_ORDER, placeFieldErrors, resolveItemField } from '../field-errors';
import { FORMAT_OPTIONS, toggleValue, toItemInput, type ItemFormValues, type LocalProblem } from '../item-form-values';
import { CheckboxList, ChoiceFieldset } from './choice-fieldset';
import { ErrorSummary } from './error-summary';
import { InputField } from './input-field';
import { itemFieldLabel } from './item-field-labels';
import { CoachFields, SchemeFields, TrainingFields } from './item-kind-fields';
import { AspectPicker } from './aspect-picker';
import { RegionCheckboxes } from './region-checkboxes';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';
import styles from './item-form.module.css';

interface ItemFormProps {
  initialValues: ItemFormValues;
  submitLabel: string;
  busy: boolean;
  /** What the API said about the last save. */
  errors: FormErrors;
  /** Changes per save, so the error summary takes focus again. */
  submitKey: number;
  cancelTo: string;
  onSubmit: (input: ItemInput) => void;
}

const ID_PREFIX = 'item';
const idFor = (key: string) => fieldDomId(ID_PREFIX, key);

/** Create and edit form of a catalogue item: the common fields and the fields of its kind.
 * Problems appear next to their field and in a summary that takes focus. */
export function ItemForm({ initialValues, submitLabel, busy, errors, submitKey, cancelTo, onSubmit }: ItemFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [values, setValues] = useState(initialValues);
  const [local, setLocal] = useState<{ problems: Record<string, LocalProblem>; attempt: number }>({ problems: {}, attempt: 0 });
  const sectors = useMemo(() => sectorOptions(locale), [locale]);
  const kind = values.kind;

  const hasLocal = Object.keys(local.problems).length > 0;
  const { placed, unplaced } = useMemo(() => {
    const fields = hasLocal
      ? Object.fromEntries(Object.entries(local.problems).map(([key, problem]) => [key, t(`publisher.form.problems.${problem}`)]))
      : errors.fields;
    return placeFieldErrors(fields, resolveItemField({ kind, windows: values.scheme.windows.length }));
  }, [hasLocal, local.problems, errors.fields, kind, values.scheme.windows.length, t]);
  const summaryMessage = hasLocal ? t('publisher.form.localSummary') : errors.summary;
  const summaryKey = hasLocal ? `local-${local.attempt}` : `api-${submitKey}`;
  const entries = inFieldOrder(Object.keys(placed), ITEM_FIELD_ORDER).map((key) => ({
    targetId: idFor(key),
    label: itemFieldLabel(t, key),
    message: placed[key],
  }));
  const errorFor = (key: string) => placed[key];

  const set = <K extends keyof ItemFormValues>(key: K, value: ItemFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setText = (key: 'title' | 'summary' | 'description' | 'provider' | 'url' | 'contactEmail' | 'costEur' | 'validFrom' | 'validUntil' | 'externalId') =>
    (event: { target: { value: string } }) => set(key, event.target.value);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, problems } = toItemInput(values);
    if (Object.keys(problems).length > 0) {
      setLocal((current) => ({ problems, attempt: current.attempt + 1 }));
      return;
    }
    setLocal((current) => ({ problems: {}, attempt: current.attempt }));
    onSubmit(input);
  }

  const showSummary = hasLocal || !!errors.summary || entries.length > 0;

  return (
    <form className={formStyles.form} noValidate onSubmit={submit}>
      {showSummary && <ErrorSummary key={summaryKey} message={summaryMessage} entries={entries} other={unplaced} />}

      <section className={styles.itemFormSection} aria-labelledby="item-form-basics">
        <h2 id="item-form-basics">{t('publisher.form.basicsTitle')}</h2>
        <TextField
          id={idFor('title')}
          name="title"
          label={t('publisher.form.title')}
          hint={t('publisher.form.titleHint')}
          maxLength={160}
          value={values.title}
          onChange={setText('title')}
          error={errorFor('title')}
        />
        <TextAreaField
          id={idFor('summary')}
          name="summary"
          rows={3}
          label={t('publisher.form.summary')}
          hint={t('publisher.form.summaryHint')}
          maxLength={400}
          value={values.summary}
          onChange={setText('summary')}
          error={errorFor('summary')}
        />
        <TextAreaField
          id={idFor('description')}
          name="description"
          rows={8}
          optional
          label={t('publisher.form.description')}
          hint={t('publisher.form.descriptionHint')}
          value={values.description}
          onChange={setText('description')}
          error={errorFor('description')}
        />
        <TextField
          id={idFor('provider')}
          name="provider"
          label={t('publisher.form.provider')}
          hint={t('publisher.form.providerHint')}
          maxLength={160}
          value={values.provider}
          onChange={setText('provider')}
          error={errorFor('provider')}
        />
        <AspectPicker id={idFor('aspects')} value={values.aspects} onChange={(aspects) => set('aspects', aspects)} error={errorFor('aspects')} />
      </section>

      <section className={styles.itemFormSection} aria-labelledby="item-form-audience">
        <h2 id="item-form-audience">{t('publisher.form.audienceTitle')}</h2>
        <RegionCheckboxes
          id={idFor('regions')}
          name="regions"
          nationwide
          legend={t('publisher.form.regions')}
          hint={t('publisher.form.regionsHint')}
          error={errorFor('regions')}
          selected={values.regions}
          onToggle={(region, on) => set('regions', toggleValue(values.regions, region, on))}
        />
        <ChoiceFieldset
          id={idFor('sectors')}
          legend={t('publisher.form.sectors')}
          hint={t('publisher.form.sectorsHint')}
          error={errorFor('sectors')}
          optional
        >
          <CheckboxList
            id={idFor('sectors')}
            name="sectors"
            options={sectors}
            selected={values.sectors}
            onToggle={(sector, on) => set('sectors', toggleValue(values.sectors, sector, on))}
          />
        </ChoiceFieldset>
        <ChoiceFieldset
          id={idFor('sizeClasses')}
          legend={t('publisher.form.sizeClasses')}
          hint={t('publisher.form.sizeClassesHint')}
          error={errorFor('sizeClasses')}
          optional
        >
          <CheckboxList
            id={idFor('sizeClasses')}
            name="sizeClasses"
            options={SIZE_CLASSES.map((size) => ({ value: size, label: t(`sizeClass.${size}`) }))}
            selected={values.sizeClasses}
            onToggle={(size, on) => set('sizeClasses', toggleValue(values.sizeClasses, size as SizeClass, on))}
          />
        </ChoiceFieldset>
      </section>

      <section id={idFor(kind)} className={styles.itemFormSection} aria-labelledby="item-form-kind">
        <h2 id="item-form-kind">{t(`publisher.form.${kind}.title`)}</h2>
        {errorFor(kind) && (
          <p className={fieldStyles.fieldError}>
            <span className="visually-hidden">{t('common.errorPrefix')} </span>
            {errorFor(kind)}
          </p>
        )}
        {kind === 'coach' && <p className={fieldStyles.fieldHint}>{t('publisher.form.coach.approvalNote')}</p>}
        {kind === 'scheme' && (
          <SchemeFields value={values.scheme} onChange={(scheme) => set('scheme', scheme)} errorFor={errorFor} idFor={idFor} />
        )}
        {kind === 'training' && (
          <TrainingFields value={values.training} onChange={(training) => set('training', training)} errorFor={errorFor} idFor={idFor} />
        )}
        {kind === 'coach' && (
          <CoachFields value={values.coach} onChange={(coach) => set('coach', coach)} errorFor={errorFor} idFor={idFor} />
        )}
      </section>

      <section className={styles.itemFormSection} aria-labelledby="item-form-practical">
        <h2 id="item-form-practical">{t('publisher.form.practicalTitle')}</h2>
        <InputField
          id={idFor('url')}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="url"
          optional
          label={t('publisher.form.url')}
          hint={t('publisher.form.urlHint')}
          value={values.url}
          onChange={setText('url')}
          error={errorFor('url')}
        />
        <InputField
          id={idFor('contactEmail')}
          name="contactEmail"
          type="email"
          autoComplete="email"
          optional={kind !== 'coach'}
          label={t('publisher.form.contactEmail')}
          hint={kind === 'coach' ? t('publisher.form.contactEmailHintCoach') : undefined}
          value={values.contactEmail}
          onChange={setText('contactEmail')}
          error={errorFor('contactEmail')}
        />
        <InputField
          id={idFor('costEur')}
          name="costEur"
          inputMode="decimal"
          className={fieldStyles.fieldShort}
          optional={kind !== 'training'}
          label={t('publisher.form.costEur')}
          hint={kind === 'training' ? t('publisher.form.costEurHintTraining') : t('publisher.form.costEurHint')}
          value={values.costEur}
          onChange={setText('costEur')}
          error={errorFor('costEur')}
        />
        <SelectField
          id={idFor('format')}
          name="format"
          label={t('publisher.form.format')}
          hint={kind === 'training' ? t('publisher.form.formatHintTraining') : undefined}
          value={values.format}
          onChange={(event) => set('format', event.target.value as ItemFormValues['format'])}
          error={errorFor('format')}
        >
          <option value="">{t('publisher.form.formatPlaceholder')}</option>
          {FORMAT_OPTIONS.map((format) => (
            <option key={format} value={format}>
              {t(`publisher.form.formats.${format}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={idFor('language')}
          name="language"
          label={t('publisher.form.language')}
          value={values.language}
          onChange={(event) => set('language', event.target.value as ItemFormValues['language'])}
          error={errorFor('language')}
        >
          <option value="">{t('publisher.form.languagePlaceholder')}</option>
          <option value="nl">{t('publisher.form.languages.nl')}</option>
          <option value="en">{t('publisher.form.languages.en')}</option>
        </SelectField>
        <div className={styles.itemFormPair}>
          <InputField
            id={idFor('validFrom')}
            name="validFrom"
            type="date"
            className={fieldStyles.fieldShortDate}
            optional
            label={t('publisher.form.validFrom')}
            hint={t('publisher.form.validHint')}
            value={values.validFrom}
            onChange={setText('validFrom')}
            error={errorFor('validFrom')}
          />
          <InputField
            id={idFor('validUntil')}
            name="validUntil"
            type="date"
            className={fieldStyles.fieldShortDate}
            optional
            label={t('publisher.form.validUntil')}
            hint={t('publisher.form.validHint')}
            min={values.validFrom || undefined}
            value={values.validUntil}
            onChange={setText('validUntil')}
            error={errorFor('validUntil')}
          />
        </div>
        <InputField
          id={idFor('externalId')}
          name="externalId"
          autoComplete="off"
          spellCheck={false}
          optional
          label={t('publisher.form.externalId')}
          hint={t('publisher.form.externalIdHint')}
          maxLength={100}
          value={values.externalId}
          onChange={setText('externalId')}
          error={errorFor('externalId')}
        />
      </section>

      <div className={formStyles.formActions}>
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {submitLabel}
        </Button>
        <Link to={cancelTo}>{t('common.cancel')}</Link>
      </div>
    </form>
  );
}
