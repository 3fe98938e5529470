import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { pageCount, searchHref, withPage, type SearchState } from '../search-state';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import styles from './pagination.module.css';

interface PaginationProps {
  state: SearchState;
  total: number;
  perPage: number;
  /** Called when a page link is followed, so the page can move focus to the results. */
  onNavigate: () => void;
}

/** Previous and next as real links (they open in a new tab too), with "page 2 of 5" between. */
export function Pagination({ state, total, perPage, onNavigate }: PaginationProps) {
  const t = useT();
  const pages = pageCount(total, perPage);
  if (pages <= 1) return null;
  const page = Math.min(state.page, pages);
  const link = (target: number) => ({ pathname: '/catalogus', search: searchHref(withPage(state, target)) });

  return (
    <nav className={styles.pagination} aria-label={t('catalogue.pagination.label')}>
      {page > 1 ? (
        <Link className={cx(buttonStyles.button, buttonStyles.buttonSecondary)} to={link(page - 1)} preventScrollReset onClick={onNavigate}>
          <span aria-hidden="true">← </span>
          {t('catalogue.pagination.previous')}
        </Link>
      ) : (
        <span className={styles.paginationSpacer} />
      )}
      <p className={styles.paginationStatus}>{t('catalogue.pagination.status', { page, pages })}</p>
      {page < pages ? (
        <Link className={cx(buttonStyles.button, buttonStyles.buttonSecondary)} to={link(page + 1)} preventScrollReset onClick={onNavigate}>
          {t('catalogue.pagination.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className={styles.paginationSpacer} />
      )}
    </nav>
  );
}
