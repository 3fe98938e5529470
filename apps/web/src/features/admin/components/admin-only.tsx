import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { Alert, PageTitle } from '../../../ui';
import pageStyles from '../../../ui/page.module.css';
import styles from './admin-only.module.css';

/** What anyone but an admin sees on an admin page: one plain sentence, no admin data. */
export function AdminOnlyNotice() {
  const t = useT();
  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('admin.forbidden.title')}</PageTitle>
      <p>{t('admin.forbidden.text')}</p>
      <p>
        <Link to="/dashboard">{t('admin.forbidden.toDashboard')}</Link>
      </p>
    </div>
  );
}

/** A failed admin read: 403 (no longer an admin) gets the admins-only notice, the rest a plain
 * error under the page's own heading. */
export function AdminLoadError({ error }: { error: unknown }) {
  const t = useT();
  if (isApiRequestError(error, 403)) {
    return (
      <Alert tone="error" title={t('admin.forbidden.title')}>
        <p>{t('admin.forbidden.text')}</p>
      </Alert>
    );
  }
  return (
    <Alert tone="error">
      <p>{isApiRequestError(error, 0) ? t('errors.network') : t('errors.loadFailed')}</p>
    </Alert>
  );
}

export function BackToOverview() {
  const t = useT();
  return (
    <p className={styles.adminBack}>
      <Link to="/beheer">{t('admin.backToOverview')}</Link>
    </p>
  );
}
