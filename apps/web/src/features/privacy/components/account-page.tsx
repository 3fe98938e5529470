import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, FormAlert, Loading, PageTitle } from '../../../ui';
import { privacyApi } from '../api/privacy-api';
import { useAccountErasure } from '../hooks/use-account-erasure';
import { EraseConfirm } from './erase-confirm';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import pageStyles from '../../../ui/page.module.css';

/** The account's own data: download it, or erase the account (after a grace period). */
export function AccountPage() {
  const t = useT();
  const { locale } = useLocale();
  const { state, erase, restore } = useAccountErasure();
  const errors = useFormErrors(erase.error ?? restore.error);
  if (state.isPending) return <Loading />;
  const eraseAfter = state.data?.eraseAfter ?? null;
  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('privacy.account.title')}</PageTitle>
      <FormAlert key={`${erase.submittedAt}-${restore.submittedAt}`} message={errors.summary} />
      {eraseAfter && (
        <Alert tone="error" title={t('privacy.account.pendingTitle', { date: formatDate(eraseAfter, locale) })}>
          <p>{t('privacy.account.pendingText')}</p>
          <Button busy={restore.isPending} busyLabel={t('common.saving')} onClick={() => restore.mutate()}>
            {t('privacy.account.restore')}
          </Button>
        </Alert>
      )}
      <section aria-labelledby="account-export" className={pageStyles.panel}>
        <h2 id="account-export">{t('privacy.account.exportTitle')}</h2>
        <p>{t('privacy.account.exportText')}</p>
        <a className={cx(buttonStyles.button, buttonStyles.buttonSecondary)} href={privacyApi.accountExportUrl} download>
          {t('privacy.account.export')}
        </a>
      </section>
      {!eraseAfter && (
        <section aria-labelledby="account-erase" className={pageStyles.panel}>
          <h2 id="account-erase">{t('privacy.account.eraseTitle')}</h2>
          <p>{t('privacy.account.eraseText')}</p>
          <EraseConfirm
            id="erase-account"
            label={t('privacy.account.erase')}
            title={t('privacy.account.confirmTitle')}
            text={t('privacy.account.confirmText')}
            confirm={t('privacy.account.confirm')}
            busy={erase.isPending}
            onConfirm={() => erase.mutate()}
          />
        </section>
      )}
    </div>
  );
}
