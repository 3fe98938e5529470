import { Link } from 'react-router-dom';
import { useT } from '../i18n';
import { PageTitle } from '../ui';
import pageStyles from '../ui/page.module.css';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
