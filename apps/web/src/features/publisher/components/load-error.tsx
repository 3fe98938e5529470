import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { Alert, PageTitle } from '../../../ui';
import pageStyles from '../../../ui/page.module.css';

/** A publisher or item that does not exist or is someone else's (the API does not tell those
 * apart), or a failed load. */
export function PublisherLoadError({ error, what }: { error: unknown; what: 'publisher' | 'item' }) {
  const t = useT();
  const notFound = isApiRequestError(error) && [400, 403, 404].includes(error.status);
  const title = what === 'publisher' ? t('publisher.page.notFoundTitle') : t('publisher.form.notFoundTitle');
  const text = what === 'publisher' ? t('publisher.page.notFoundText') : t('publisher.form.notFoundText');
  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{notFound ? title : t('errors.unknown')}</PageTitle>
      <Alert tone="error">
        <p>{notFound ? text : t('errors.loadFailed')}</p>
      </Alert>
      <p>
        <Link to="/uitgever">{t('publisher.page.backToOverview')}</Link>
      </p>
    </div>
  );
}
