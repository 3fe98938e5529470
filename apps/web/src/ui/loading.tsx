import { useT } from '../i18n';
import loadingStyles from './loading.module.css';

export function Loading() {
  const t = useT();
  return (
    <p className={loadingStyles.loading} role="status">
      {t('common.loading')}
    </p>
  );
}
