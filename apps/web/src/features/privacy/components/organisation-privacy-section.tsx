import type { Organisation } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, FormAlert } from '../../../ui';
import { privacyApi } from '../api/privacy-api';
import { useOrganisationErasure } from '../hooks/use-organisation-erasure';
import { EraseConfirm } from './erase-confirm';
import pageStyles from '../../../ui/page.module.css';

/** Download everything about the organisation, or erase it (after a grace period, undo possible). */
export function OrganisationPrivacySection({ organisation }: { organisation: Organisation }) {
  const t = useT();
  const { locale } = useLocale();
  const { erase, restore } = useOrganisationErasure(organisation.id);
  const errors = useFormErrors(erase.error ?? restore.error);
  return (
    <section aria-labelledby="organisation-privacy" className={pageStyles.panel}>
      <h2 id="organisation-privacy">{t('privacy.organisation.title')}</h2>
      <FormAlert key={`${erase.submittedAt}-${restore.submittedAt}`} message={errors.summary} />
      {organisation.eraseAfter && (
        <Alert tone="error" title={t('privacy.organisation.pendingTitle', { date: formatDate(organisation.eraseAfter, locale) })}>
          <p>{t('privacy.organisation.pendingText')}</p>
          <Button busy={restore.isPending} busyLabel={t('common.saving')} onClick={() => restore.mutate()}>
            {t('privacy.organisation.restore')}
          </Button>
        </Alert>
      )}
      <p>{t('privacy.organisation.exportText')}</p>
      <ul className={pageStyles.linkList}>
        <li>
          <a href={privacyApi.organisationExportUrl(organisation.id, 'json')} download>
            {t('privacy.organisation.exportJson')}
          </a>
        </li>
        <li>
          <a href={privacyApi.organisationExportUrl(organisation.id, 'csv')} download>
            {t('privacy.organisation.exportCsv')}
          </a>
        </li>
      </ul>
      {!organisation.eraseAfter && (
        <EraseConfirm
          id="erase-organisation"
          label={t('privacy.organisation.erase')}
          title={t('privacy.organisation.confirmTitle', { name: organisation.name })}
          text={t('privacy.organisation.confirmText')}
          confirm={t('privacy.organisation.confirm')}
          busy={erase.isPending}
          onConfirm={() => erase.mutate()}
        />
      )}
    </section>
  );
}
