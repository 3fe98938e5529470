import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { plural, useT } from '../../../i18n';
import { PageTitle } from '../../../ui';
import { completeCounts } from '../outbox-model';
import { useAdminPublishers } from '../hooks/use-admin-publishers';
import { useOutbox } from '../hooks/use-outbox';
import { usePendingCoachItems } from '../hooks/use-pending-coach-items';

interface CountQuery<T> {
  data: T | undefined;
  isError: boolean;
}

/** A count under a card: the number once known, a plain word when it could not be read. */
function CountLine<T>({ query, children }: { query: CountQuery<T>; children: (data: T) => ReactNode }) {
  const t = useT();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <p className="admin-card__count">{t('admin.overview.countUnavailable')}</p>;
  return <p className="admin-card__count admin-card__count--loading">{t('common.loading')}</p>;
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
      <p className="lead">{t('admin.intro')}</p>
      <nav aria-label={t('admin.overview.sectionsLabel')}>
        <ul className="admin-cards">
          <li className="admin-card">
            <h2 className="admin-card__title">
              <Link to="/beheer/uitgevers">{t('admin.overview.publishersTitle')}</Link>
            </h2>
            <CountLine query={pendingPublishers}>
              {(list) => (
                <p className={`admin-card__count${list.length > 0 ? ' admin-card__count--todo' : ''}`}>
                  {plural(t, 'admin.overview.publishersPending', list.length)}
                </p>
              )}
            </CountLine>
            <CountLine query={approvedPublishers}>
              {(list) => <p className="admin-card__count">{plural(t, 'admin.overview.publishersApproved', list.length)}</p>}
            </CountLine>
          </li>
          <li className="admin-card">
            <h2 className="admin-card__title">
              <Link to="/beheer/coaches">{t('admin.overview.coachesTitle')}</Link>
            </h2>
            <CountLine query={pendingCoaches}>
              {(list) => (
                <p className={`admin-card__count${list.length > 0 ? ' admin-card__count--todo' : ''}`}>
                  {plural(t, 'admin.overview.coachesPending', list.length)}
                </p>
              )}
            </CountLine>
          </li>
          <li className="admin-card">
            <h2 className="admin-card__title">
              <Link to="/beheer/mail">{t('admin.overview.mailTitle')}</Link>
            </h2>
            <CountLine query={outbox}>
              {(data) => {
                const counts = completeCounts(data.counts);
                return (
                  <>
                    {counts.dead > 0 ? (
                      <p className="admin-card__count admin-card__count--problem">
                        <Link to="/beheer/mail?status=dead">{plural(t, 'admin.overview.mailDead', counts.dead)}</Link>
                      </p>
                    ) : (
                      <p className="admin-card__count">{plural(t, 'admin.overview.mailDead', counts.dead)}</p>
                    )}
                    <p className="admin-card__count">{plural(t, 'admin.overview.mailPending', counts.pending)}</p>
                  </>
                );
              }}
            </CountLine>
          </li>
          <li className="admin-card">
            <h2 className="admin-card__title">
              <Link to="/beheer/overzicht">{t('admin.overview.platformTitle')}</Link>
            </h2>
            <p className="admin-card__count">{t('admin.platform.cardText')}</p>
          </li>
          <li className="admin-card">
            <h2 className="admin-card__title">
              <Link to="/beheer/logboek">{t('privacy.audit.title')}</Link>
            </h2>
            <p className="admin-card__count">{t('privacy.audit.intro')}</p>
          </li>
        </ul>
      </nav>
    </>
  );
}
