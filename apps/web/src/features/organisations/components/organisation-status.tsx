import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { Alert, PageTitle } from '../../../ui';
import pageStyles from '../../../ui/page.module.css';

/** What an organisation page shows when loading it failed: not found (also someone else's,
 * the API does not tell those apart) or a plain failure. */
export function OrganisationLoadError({ error }: { error: unknown }) {
  const t = useT();
  const notFound = isApiRequestError(error) && (error.status === 404 || error.status === 400 || error.status === 403);
  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{notFound ? t('organisations.profile.notFoundTitle') : t('errors.unknown')}</PageTitle>
      <Alert tone="error">
        <p>{notFound ? t('organisations.profile.notFoundText') : t('errors.loadFailed')}</p>
      </Alert>
      <p>
        <Link to="/dashboard">{t('organisations.profile.backToDashboard')}</Link>
      </p>
    </div>
  );
}
