import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { MAX_EMPLOYEES } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { type FormErrors } from '../../../lib/form-errors';
import { regionsByProvince, sectorOptions } from '../../../lib/reference';
import { Button, CheckboxField, FormAlert, SelectField, TextField } from '../../../ui';
import { type OrganisationFormValues } from '../organisation-form-values';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';

interface OrganisationFormProps {
  /** Prefix of the input ids, so two forms never share an id. */
  idPrefix: string;
  initialValues: OrganisationFormValues;
  submitLabel: string;
  busy: boolean;
  errors: FormErrors;
  /** Changes per submit, so the error summary takes focus again. */
  submitKey: number;
  cancelTo?: string;
  onSubmit: (values: OrganisationFormValues) => void;
}

export function OrganisationForm(props: OrganisationFormProps) {
  const { idPrefix, initialValues, submitLabel, busy, errors, submitKey, cancelTo, onSubmit } = props;
  const t = useT();
  const { locale } = useLocale();
  const [values, setValues] = useState(initialValues);
  const provinces = useMemo(() => regionsByProvince(), []);
  const sectors = useMemo(() => sectorOptions(locale), [locale]);

  const set = (field: keyof OrganisationFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values);
  }

  return (
    <form className={formStyles.form} noValidate onSubmit={submit}>
      <FormAlert key={submitKey} message={errors.summary} />
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        autoComplete="organization"
        label={t('organisations.fields.name')}
        value={values.name}
        onChange={set('name')}
        error={errors.fields.name}
      />
      <TextField
        id={`${idPrefix}-kvk-number`}
        name="kvkNumber"
        inputMode="numeric"
        autoComplete="off"
        label={t('organisations.fields.kvkNumber')}
        hint={t('organisations.fields.kvkNumberHint')}
        value={values.kvkNumber}
        onChange={set('kvkNumber')}
        error={errors.fields.kvkNumber}
      />
      <SelectField
        id={`${idPrefix}-sector`}
        name="sector"
        label={t('organisations.fields.sector')}
        value={values.sector}
        onChange={set('sector')}
        error={errors.fields.sector}
      >
        <option value="">{t('organisations.fields.sectorPlaceholder')}</option>
        {sectors.map((sector) => (
          <option key={sector.value} value={sector.value}>
            {sector.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${idPrefix}-region`}
        name="region"
        label={t('organisations.fields.region')}
        hint={t('organisations.fields.regionHint')}
        value={values.region}
        onChange={set('region')}
        error={errors.fields.region}
      >
        <option value="">{t('organisations.fields.regionPlaceholder')}</option>
        {provinces.map((group) => (
          <optgroup key={group.province} label={group.province}>
            {group.regions.map((region) => (
              <option key={region.key} value={region.key}>
                {region.name}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField
        id={`${idPrefix}-employees`}
        name="employees"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_EMPLOYEES}
        step={1}
        className={fieldStyles.fieldShort}
        label={t('organisations.fields.employees')}
        hint={t('organisations.fields.employeesHint')}
        value={values.employees}
        onChange={set('employees')}
        error={errors.fields.employees}
      />
      <CheckboxField
        id={`${idPrefix}-group-offer-mail`}
        name="groupOfferMail"
        checked={values.groupOfferMail}
        label={t('organisations.fields.groupOfferMail')}
        hint={t('organisations.fields.groupOfferMailHint')}
        onChange={(event) => setValues((current) => ({ ...current, groupOfferMail: event.target.checked }))}
      />
      <div className={formStyles.formActions}>
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {submitLabel}
        </Button>
        {cancelTo && <Link to={cancelTo}>{t('common.cancel')}</Link>}
      </div>
    </form>
  );
}
