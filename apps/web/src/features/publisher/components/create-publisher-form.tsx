import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, TextField } from '../../../ui';
import { fieldDomId, placeFieldErrors, resolvePublisherField } from '../field-errors';
import { toggleValue } from '../item-form-values';
import { useCreatePublisher } from '../hooks/use-create-publisher';
import { ErrorSummary } from './error-summary';
import { InputField } from './input-field';
import { RegionCheckboxes } from './region-checkboxes';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';

const idFor = (key: string) => fieldDomId('publisher', key);

/** Register an organisation as a publisher; an admin approves it before it can publish. */
export function CreatePublisherForm() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreatePublisher();
  const errors = useFormErrors(create.error);
  const [name, setName] = useState('');
  const [regions, setRegions] = useState<string[]>([]);
  const [website, setWebsite] = useState('');
  const { placed, unplaced } = useMemo(() => placeFieldErrors(errors.fields, resolvePublisherField), [errors.fields]);
  const labels: Record<string, string> = {
    name: t('publisher.register.name'),
    regions: t('publisher.register.regions'),
    website: t('publisher.register.website'),
  };
  const entries = ['name', 'regions', 'website']
    .filter((key) => placed[key])
    .map((key) => ({ targetId: idFor(key), label: labels[key], message: placed[key] }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const site = website.trim();
    create.mutate(
      { name: name.trim(), regions, ...(site ? { website: site } : {}) },
      { onSuccess: (publisher) => navigate(`/uitgever/${publisher.id}`, { state: { notice: 'created' } }) },
    );
  }

  return (
    <section aria-labelledby="publisher-register" className={pageStyles.panel}>
      <h2 id="publisher-register">{t('publisher.register.title')}</h2>
      <p>{t('publisher.register.intro')}</p>
      <Alert tone="info" title={t('publisher.register.approvalTitle')}>
        <p>{t('publisher.register.approvalText')}</p>
      </Alert>
      <form className={formStyles.form} noValidate onSubmit={submit}>
        {errors.summary && (
          <ErrorSummary key={create.submittedAt} message={errors.summary} entries={entries} other={unplaced} />
        )}
        <TextField
          id={idFor('name')}
          name="name"
          autoComplete="organization"
          label={t('publisher.register.name')}
          hint={t('publisher.register.nameHint')}
          maxLength={160}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={placed.name}
        />
        <RegionCheckboxes
          id={idFor('regions')}
          name="regions"
          legend={t('publisher.register.regions')}
          hint={t('publisher.register.regionsHint')}
          error={placed.regions}
          selected={regions}
          onToggle={(region, on) => setRegions((current) => toggleValue(current, region, on))}
        />
        <InputField
          id={idFor('website')}
          name="website"
          type="url"
          inputMode="url"
          autoComplete="url"
          optional
          label={t('publisher.register.website')}
          hint={t('publisher.register.websiteHint')}
          value={website}
          onChange={(event) => setWebsite(event.target.value)}
          error={placed.website}
        />
        <div className={formStyles.formActions}>
          <Button type="submit" busy={create.isPending} busyLabel={t('common.saving')}>
            {t('publisher.register.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
