import { Link } from 'react-router-dom';
import { useT } from '../i18n';
import { Alert, PageTitle } from '../ui';
import pageStyles from '../ui/page.module.css';

/** Shown inside the layout when a page crashes while rendering. */
export function RouteErrorPage() {
  const t = useT();
  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('errors.unknown')}</PageTitle>
      <Alert tone="error">
        <p>{t('errors.loadFailed')}</p>
      </Alert>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
