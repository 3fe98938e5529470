import { lazy, Suspense } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { Alert, Loading, PageTitle } from '../../../ui';
import { useMe } from '../../auth/hooks/use-me';
import { useItem } from '../hooks/use-item';
import { ItemContact } from './item-contact';
import { ItemFacts } from './item-facts';
import { ItemKindDetails } from './item-kind-details';
import { useLabels } from './use-labels';
import catalogueItemStyles from '../catalogue-item.module.css';
import catalogueStyles from '../catalogue.module.css';
import pageStyles from '../../../ui/page.module.css';
import { cx, variant } from '../../../ui/cx';
import catalogueResultsStyles from '../catalogue-results.module.css';
import styles from './item-page.module.css';

// Only signed-in owners see it: loaded when it is needed, not with every item page.
const ItemFitPanel = lazy(() => import('../../matching/components/item-fit-panel').then((module) => ({ default: module.ItemFitPanel })));

/** The search the visitor came from ("?q=…"), so "back to search" keeps their words and filters. */
function searchFrom(state: unknown): string {
  const search = (state as { search?: unknown } | null)?.search;
  return typeof search === 'string' && search.startsWith('?') ? search : '';
}

function ItemNotFound({ error, backTo }: { error: unknown; backTo: string }) {
  const t = useT();
  // A malformed id is as missing as an unknown one; drafts and archived items are 404 too.
  const notFound = isApiRequestError(error) && [400, 404].includes(error.status);
  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{notFound ? t('catalogue.detail.notFoundTitle') : t('errors.unknown')}</PageTitle>
      {notFound ? <p>{t('catalogue.detail.notFoundText')}</p> : <Alert tone="error"><p>{t('errors.loadFailed')}</p></Alert>}
      <p>
        <Link to={backTo}>{notFound ? t('catalogue.detail.notFoundLink') : t('catalogue.detail.back')}</Link>
      </p>
    </div>
  );
}

/** One published offer, public. */
export function ItemPage() {
  const t = useT();
  const labels = useLabels();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useItem(id);
  const me = useMe();
  const backTo = `/catalogus${searchFrom(location.state)}`;

  if (query.isPending) return <Loading />;
  if (query.isError) return <ItemNotFound error={query.error} backTo={backTo} />;
  const item = query.data;

  return (
    <article className={catalogueItemStyles.catalogueItem}>
      <p className={styles.catalogueItemBack}>
        <Link to={backTo}>
          <span aria-hidden="true">← </span>
          {t('catalogue.detail.back')}
        </Link>
      </p>
      <p className={pageStyles.eyebrow}>
        <span className={cx(catalogueResultsStyles.kindBadge, variant(catalogueResultsStyles, 'kindBadge', item.kind))}>{labels.kind(item.kind)}</span>
      </p>
      <PageTitle>{item.title}</PageTitle>
      <p className={styles.catalogueItemByline}>
        {t('catalogue.detail.provider', { provider: item.provider })}
        {item.publisherName && item.publisherName !== item.provider && (
          <>
            {' · '}
            {t('catalogue.detail.publishedBy', { publisher: item.publisherName })}
          </>
        )}
      </p>
      <p className={cx(pageStyles.lead, catalogueStyles.lead, catalogueItemStyles.lead)}>{item.summary}</p>
      {item.needsVerification && (
        <Alert tone="info">
          <p>{t('catalogue.detail.needsVerification')}</p>
        </Alert>
      )}

      <div className={styles.catalogueItemLayout}>
        <div className={styles.catalogueItemMain}>
          {item.descriptionHtml && (
            <section aria-labelledby="item-description">
              <h2 id="item-description">{t('catalogue.detail.descriptionTitle')}</h2>
              {/* The only raw HTML in the app: the API renders the Markdown description with raw
                  HTML disabled and unsafe links removed, so this is its own safe output. */}
              <div className={styles.catalogueProse} dangerouslySetInnerHTML={{ __html: item.descriptionHtml }} />
            </section>
          )}
          <ItemKindDetails item={item} />
          <ItemFacts item={item} />
        </div>
        <div className={styles.catalogueItemAside}>
          <ItemContact item={item} />
          {me.data && me.data.organisations.length > 0 && (
            <Suspense fallback={null}>
              <ItemFitPanel item={item} />
            </Suspense>
          )}
        </div>
      </div>
    </article>
  );
}
