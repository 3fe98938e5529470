import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { MIN_RESPONSES_FLOOR } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { isoDateInAmsterdam } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, FormAlert, Loading, PageTitle, TextAreaField, TextField } from '../../../ui';
import { useOrganisation } from '../../organisations/hooks/use-organisation';
import { OrganisationLoadError } from '../../organisations/components/organisation-status';
import { useCreateRound } from '../hooks/use-create-round';
import { defaultRoundValues, toCreateRoundRequest, type RoundFormValues } from '../round-form-values';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';

function defaultTitle(locale: string, prefix: string): string {
  const month = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric' }).format(new Date());
  return `${prefix} ${month}`;
}

export function CreateRoundPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const create = useCreateRound(id);
  const errors = useFormErrors(create.error);
  const [values, setValues] = useState<RoundFormValues>(() => defaultRoundValues(defaultTitle(locale, t('scans.create.defaultTitle'))));

  const set = (field: keyof RoundFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(toCreateRoundRequest(values), {
      onSuccess: (round) => navigate(`/scans/${round.id}`, { state: { notice: 'created' } }),
    });
  }

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <OrganisationLoadError error={organisation.error} />;

  return (
    <div className={pageStyles.narrow}>
      <p className={pageStyles.eyebrow}>{organisation.data.name}</p>
      <PageTitle>{t('scans.create.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('scans.create.intro')}</p>
      <form className={formStyles.form} noValidate onSubmit={submit}>
        <FormAlert key={create.submittedAt} message={errors.summary} />
        <TextField
          id="round-title"
          name="title"
          label={t('scans.fields.title')}
          hint={t('scans.fields.titleHint')}
          value={values.title}
          onChange={set('title')}
          error={errors.fields.title}
          maxLength={120}
        />
        <TextField
          id="round-closes-at"
          name="closesAt"
          type="date"
          className={fieldStyles.fieldShortDate}
          label={t('scans.fields.closesAt')}
          hint={t('scans.fields.closesAtHint')}
          min={isoDateInAmsterdam()}
          max={isoDateInAmsterdam(new Date(), 365)}
          value={values.closesAt}
          onChange={set('closesAt')}
          error={errors.fields.closesAt}
        />
        <TextField
          id="round-min-responses"
          name="minResponses"
          type="number"
          inputMode="numeric"
          min={MIN_RESPONSES_FLOOR}
          step={1}
          className={fieldStyles.fieldShort}
          label={t('scans.fields.minResponses')}
          hint={t('scans.fields.minResponsesHint', { floor: MIN_RESPONSES_FLOOR })}
          value={values.minResponses}
          onChange={set('minResponses')}
          error={errors.fields.minResponses}
        />
        <TextAreaField
          id="round-groups"
          name="groups"
          optional
          rows={4}
          label={t('scans.fields.groups')}
          hint={t('scans.fields.groupsHint')}
          value={values.groups}
          onChange={set('groups')}
          error={errors.fields.groups}
        />
        <div className={formStyles.formActions}>
          <Button type="submit" busy={create.isPending} busyLabel={t('common.saving')}>
            {t('scans.create.submit')}
          </Button>
          <Link to={`/organisaties/${id}`}>{t('common.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
