import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { plural, useT } from '../../../i18n';
import { PageTitle } from '../../../ui';
import { completeCounts } from '../outbox-model';
import { useAdminPublishers } from '../hooks/use-admin-publishers';
import { useOutbox } from '../hooks/use-outbox';
import { usePendingCoachItems } from '../hooks/use-pending-coach-items';
import { cx } from '../../../ui/cx';
import pageStyles from '../../../ui/page.module.css';
import styles from './admin-overview-page.module.css';

interface CountQuery<T> {
  data: T | undefined;
  isError: boolean;
}

/** A count under a card: the number once known, a plain word when it could not be read. */
function CountLine<T>({ query, children }: { query: CountQuery<T>; children: (data: T) => ReactNode }) {
  const t = useT();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <p className={styles.adminCardCount}>{t('admin.overview.countUnavailable')}</p>;
  return <p className={cx(styles.adminCardCount, styles.adminCardCountLoading)}>{t('common.loading')}</p>;
}

/** /beheer: the admin pages, each with what is waiting there, and the platform overview. */
export function AdminOverviewPage() {
  const t = useT();
  const pendingPublishers = useAdminPublishers('pending');
  const approvedPublishers = useAdminPublishers('approved');
  const pendingCoaches = usePendingCoachItems();
  const outbox = useOutbox(null);

  return (
    <>
      <PageTitle>{t('admin.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('admin.intro')}</p>
      <nav aria-label={t('admin.overview.sectionsLabel')}>
        <ul className={styles.adminCards}>
          <li className={styles.adminCard}>
            <h2 className={styles.adminCardTitle}>
              <Link to="/beheer/uitgevers">{t('admin.overview.publishersTitle')}</Link>
            </h2>
            <CountLine query={pendingPublishers}>
              {(list) => (
                <p className={cx(styles.adminCardCount, list.length > 0 && styles.adminCardCountTodo)}>
                  {plural(t, 'admin.overview.publishersPending', list.length)}
                </p>
              )}
            </CountLine>
            <CountLine query={approvedPublishers}>
              {(list) => <p className={styles.adminCardCount}>{plural(t, 'admin.overview.publishersApproved', list.length)}</p>}
            </CountLine>
          </li>
          <li className={styles.adminCard}>
            <h2 className={styles.adminCardTitle}>
              <Link to="/beheer/coaches">{t('admin.overview.coachesTitle')}</Link>
            </h2>
            <CountLine query={pendingCoaches}>
              {(list) => (
                <p className={cx(styles.adminCardCount, list.length > 0 && styles.adminCardCountTodo)}>
                  {plural(t, 'admin.overview.coachesPending', list.length)}
                </p>
              )}
            </CountLine>
          </li>
          <li className={styles.adminCard}>
            <h2 className={styles.adminCardTitle}>
              <Link to="/beheer/mail">{t('admin.overview.mailTitle')}</Link>
            </h2>
            <CountLine query={outbox}>
              {(data) => {
                const counts = completeCounts(data.counts);
                return (
                  <>
                    {counts.dead > 0 ? (
                      <p className={cx(styles.adminCardCount, styles.adminCardCountProblem)}>
                        <Link to="/beheer/mail?status=dead">{plural(t, 'admin.overview.mailDead', counts.dead)}</Link>
                      </p>
                    ) : (
                      <p className={styles.adminCardCount}>{plural(t, 'admin.overview.mailDead', counts.dead)}</p>
                    )}
                    <p className={styles.adminCardCount}>{plural(t, 'admin.overview.mailPending', counts.pending)}</p>
                  </>
                );
              }}
            </CountLine>
          </li>
          <li className={styles.adminCard}>
            <h2 className={styles.adminCardTitle}>
              <Link to="/beheer/overzicht">{t('admin.overview.platformTitle')}</Link>
            </h2>
            <p className={styles.adminCardCount}>{t('admin.platform.cardText')}</p>
          </li>
          <li className={styles.adminCard}>
            <h2 className={styles.adminCardTitle}>
              <Link to="/beheer/logboek">{t('privacy.audit.title')}</Link>
            </h2>
            <p className={styles.adminCardCount}>{t('privacy.audit.intro')}</p>
          </li>
        </ul>
      </nav>
    </>
  );
}
