import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { regionName } from '../../../lib/reference';
import { Alert, ButtonLink, Loading, PageTitle } from '../../../ui';
import { usePublisher } from '../hooks/use-publisher';
import { PublisherStatusBadge } from './badges';
import { ItemList } from './item-list';
import { MembersSection } from './members-section';
import { PublisherLoadError } from './load-error';
import publisherStyles from '../publisher.module.css';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';

type Notice = 'created' | 'itemCreated' | 'itemSaved';

function noticeFrom(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'created' || notice === 'itemCreated' || notice === 'itemSaved' ? notice : null;
}

/** /uitgever/:publisherId: who the publisher is, how to add offers, and all its items. */
export function PublisherPage() {
  const t = useT();
  const { publisherId = '' } = useParams();
  const location = useLocation();
  const query = usePublisher(publisherId);
  // Shown until the next action on the page: "saved as a draft" is no longer true once published.
  const [notice, setNotice] = useState(() => noticeFrom(location.state));

  if (query.isPending) return <Loading />;
  if (query.isError) return <PublisherLoadError error={query.error} what="publisher" />;
  const publisher = query.data;
  const base = `/uitgever/${publisher.id}`;

  return (
    <div className={publisherStyles.publisherPage}>
      <p>
        <Link to="/uitgever">{t('publisher.page.backToOverview')}</Link>
      </p>
      <PageTitle>{publisher.name}</PageTitle>
      {notice && (
        <Alert tone="success">
          <p>{t(`publisher.page.notice.${notice}`)}</p>
        </Alert>
      )}
      {publisher.status === 'pending' && (
        <Alert tone="info" title={t('publisher.publisherStatus.pending')}>
          <p>{t('publisher.page.pendingText')}</p>
        </Alert>
      )}
      <section aria-labelledby="publisher-details">
        <h2 id="publisher-details" className="visually-hidden">
          {t('publisher.page.detailsTitle')}
        </h2>
        <dl className={pageStyles.details}>
          <div>
            <dt>{t('publisher.page.status')}</dt>
            <dd>
              <PublisherStatusBadge status={publisher.status} />
            </dd>
          </div>
          <div>
            <dt>{t('publisher.page.regions')}</dt>
            <dd>{publisher.regions.map(regionName).join(', ') || t('common.notFilledIn')}</dd>
          </div>
          <div>
            <dt>{t('publisher.page.website')}</dt>
            <dd>
              {publisher.website && /^https?:\/\//i.test(publisher.website) ? (
                <a href={publisher.website} rel="noopener noreferrer">
                  {publisher.website}
                </a>
              ) : (
                publisher.website || t('common.notFilledIn')
              )}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="publisher-add" className={pageStyles.panel}>
        <h2 id="publisher-add">{t('publisher.page.addTitle')}</h2>
        <p>{t('publisher.page.addIntro')}</p>
        <div className={formStyles.actions}>
          <ButtonLink to={`${base}/items/nieuw?kind=scheme`}>{t('publisher.page.addScheme')}</ButtonLink>
          <ButtonLink to={`${base}/items/nieuw?kind=training`}>{t('publisher.page.addTraining')}</ButtonLink>
          <ButtonLink to={`${base}/items/nieuw?kind=coach`}>{t('publisher.page.addCoach')}</ButtonLink>
          <ButtonLink to={`${base}/import`} variant="secondary">
            {t('publisher.page.import')}
          </ButtonLink>
        </div>
      </section>
      {publisher.status === 'approved' && (
        <section aria-labelledby="publisher-insights" className={pageStyles.panel}>
          <h2 id="publisher-insights">{t('insights.link.title')}</h2>
          <p>{t('insights.link.text')}</p>
          <ButtonLink to={`${base}/inzichten`} variant="secondary">
            {t('insights.link.title')}
          </ButtonLink>
        </section>
      )}
      <ItemList publisherId={publisher.id} onAction={() => setNotice(null)} />
      <MembersSection publisherId={publisher.id} />
    </div>
  );
}
