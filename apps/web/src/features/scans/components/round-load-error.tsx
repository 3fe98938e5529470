import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { Alert, PageTitle } from '../../../ui';
import pageStyles from '../../../ui/page.module.css';

/** A round that does not exist or is someone else's (the API does not tell those apart), or a failed load. */
export function RoundLoadError({ error }: { error: unknown }) {
  const t = useT();
  const notFound = isApiRequestError(error) && [400, 403, 404].includes(error.status);
  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{notFound ? t('scans.round.notFoundTitle') : t('errors.unknown')}</PageTitle>
      <Alert tone="error">
        <p>{notFound ? t('scans.round.notFoundText') : t('errors.loadFailed')}</p>
      </Alert>
      <p>
        <Link to="/dashboard">{t('organisations.profile.backToDashboard')}</Link>
      </p>
    </div>
  );
}
