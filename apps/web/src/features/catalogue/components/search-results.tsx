import type { SearchResponse } from '@groeiwijzer/contracts';
import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { plural, useT } from '../../../i18n';
import { Alert, Button, Loading } from '../../../ui';
import { activeFilters, searchHref, withPage, type FilterKey, type SearchState } from '../search-state';
import { ActiveFilters } from './active-filters';
import { Pagination } from './pagination';
import { ResultCard } from './result-card';
import { cx } from '../../../ui/cx';
import catalogueResultsStyles from '../catalogue-results.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './search-results.module.css';

interface SearchResultsProps {
  state: SearchState;
  /** The answer for `state`, or the previous one while the next loads. */
  data: SearchResponse | undefined;
  /** `data` is the previous answer, shown while the next one loads. */
  stale: boolean;
  error: boolean;
  onRetry: () => void;
  onRemoveFilter: (key: FilterKey) => void;
  onClearFilters: () => void;
  onPageLinkFollowed: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export function SearchResults(props: SearchResultsProps) {
  const { state, data, stale, error, onRetry, onRemoveFilter, onClearFilters, onPageLinkFollowed, headingRef } = props;
  const t = useT();
  const settled = data && !stale ? data : undefined;
  const countText = settled
    ? state.q
      ? plural(t, 'catalogue.results.countForQuery', settled.total, { q: state.q })
      : plural(t, 'catalogue.results.count', settled.total)
    : '';
  const search = searchHref(state);
  const filtersOn = activeFilters(state).length > 0;

  return (
    <section className={styles.catalogueResults} aria-labelledby="catalogue-results-title" aria-busy={stale || undefined}>
      <div className={styles.catalogueResultsHeader}>
        <h2 id="catalogue-results-title" ref={headingRef} tabIndex={-1}>
          {t('catalogue.results.title')}
        </h2>
        <p className={styles.catalogueResultsCount}>
          {/* Polite: said once a search has settled, never for every letter typed. */}
          <span role="status">{countText}</span>
          {stale && (
            <span className={styles.catalogueResultsUpdating} aria-hidden="true">
              {t('catalogue.results.updating')}
            </span>
          )}
        </p>
      </div>

      {settled && settled.total > 0 && (
        <ActiveFilters id="catalogue-active-filters" state={state} onRemove={onRemoveFilter} onClear={onClearFilters} />
      )}

      {error && !data && (
        <Alert tone="error">
          <p>{t('catalogue.results.loadFailed')}</p>
          <Button variant="secondary" onClick={onRetry}>
            {t('catalogue.results.retry')}
          </Button>
        </Alert>
      )}
      {!data && !error && <Loading />}

      {settled && settled.total === 0 && (
        <div className={cx(pageStyles.panel, pageStyles.emptyState, styles.catalogueEmpty)}>
          <h3>{t('catalogue.results.noneTitle')}</h3>
          <p>
            {state.q
              ? t('catalogue.results.noneForQuery', { q: state.q })
              : filtersOn
                ? t('catalogue.results.noneWithFilters')
                : t('catalogue.results.noneAtAll')}
          </p>
          {(state.q || filtersOn) && (
            <>
              <p className={styles.catalogueEmptyTipsTitle}>{t('catalogue.results.tipsTitle')}</p>
              <ul>
                {state.q && <li>{t('catalogue.results.tipWords')}</li>}
                {filtersOn && <li>{t('catalogue.results.tipFilters')}</li>}
              </ul>
            </>
          )}
          <ActiveFilters id="catalogue-empty-filters" state={state} onRemove={onRemoveFilter} onClear={onClearFilters} />
        </div>
      )}

      {settled && settled.total > 0 && settled.hits.length === 0 && (
        <div className={cx(pageStyles.panel, pageStyles.emptyState)}>
          <p>{t('catalogue.results.pageEmpty')}</p>
          <p>
            <Link to={{ pathname: '/catalogus', search: searchHref(withPage(state, 1)) }}>{t('catalogue.results.firstPage')}</Link>
          </p>
        </div>
      )}

      {data && data.hits.length > 0 && (
        <>
          <ul className={cx(styles.catalogueResultsList, stale && catalogueResultsStyles.catalogueResultsListStale)}>
            {data.hits.map((hit) => (
              <li key={hit.id}>
                <ResultCard hit={hit} search={search} />
              </li>
            ))}
          </ul>
          <Pagination state={state} total={data.total} perPage={data.perPage} onNavigate={onPageLinkFollowed} />
        </>
      )}
    </section>
  );
}
