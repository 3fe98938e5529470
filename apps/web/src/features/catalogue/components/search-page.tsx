import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { PageTitle } from '../../../ui';
import { useSearch } from '../hooks/use-search';
import {
  activeFilters,
  readSearchState,
  toSearchQuery,
  withFilter,
  withoutFilters,
  withQuery,
  writeSearchState,
  type FilterKey,
  type SearchState,
} from '../search-state';
import { FacetFilters } from './facet-filters';
import { SearchBox } from './search-box';
import { SearchResults } from './search-results';
import { SearchStart } from './search-start';
import { cx } from '../../../ui/cx';
import catalogueItemStyles from '../catalogue-item.module.css';
import catalogueStyles from '../catalogue.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './search-page.module.css';

/** The public catalogue: search as you type, filters, results. Everything the page shows
 * lives in the address bar, so a search can be shared and the back button undoes a step. */
export function SearchPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);
  const query = useMemo(() => toSearchQuery(state), [state]);
  const search = useSearch(query);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResultsOnPage = useRef(false);

  const update = useCallback(
    (change: (current: SearchState) => SearchState, replace = false) => {
      setParams((current) => writeSearchState(change(readSearchState(current))), { replace, preventScrollReset: true });
    },
    [setParams],
  );

  // Typing refines the search in place; starting one from nothing is a step the back button undoes.
  const onSearch = useCallback((q: string) => update((current) => withQuery(current, q), state.q !== ''), [update, state.q]);
  const onFilter = useCallback((key: FilterKey, value: string | undefined) => update((current) => withFilter(current, key, value)), [update]);

  // A removed filter takes its button away: put focus on the results, whose count is then read.
  const onRemoveFilter = (key: FilterKey) => {
    onFilter(key, undefined);
    resultsHeading.current?.focus();
  };
  const onClearFilters = () => {
    update(withoutFilters);
    resultsHeading.current?.focus();
  };

  useEffect(() => {
    if (!focusResultsOnPage.current) return;
    focusResultsOnPage.current = false;
    resultsHeading.current?.focus();
  }, [state.page]);

  const nothingAsked = state.q === '' && activeFilters(state).length === 0;

  return (
    <div className={cx(catalogueStyles.catalogue, styles.catalogue)}>
      <PageTitle documentTitle={state.q ? t('catalogue.search.documentTitleQuery', { q: state.q }) : undefined}>
        {t('catalogue.search.title')}
      </PageTitle>
      <p className={cx(pageStyles.lead, catalogueStyles.lead, catalogueItemStyles.lead)}>{t('catalogue.search.intro')}</p>
      <SearchBox q={state.q} onSearch={onSearch} />
      {nothingAsked && <SearchStart />}
      <div className={styles.catalogueLayout}>
        <FacetFilters state={state} facets={search.data?.facets} onChange={onFilter} />
        <SearchResults
          state={state}
          data={search.data}
          stale={search.isPlaceholderData}
          error={search.isError}
          onRetry={() => void search.refetch()}
          onRemoveFilter={onRemoveFilter}
          onClearFilters={onClearFilters}
          onPageLinkFollowed={() => {
            focusResultsOnPage.current = true;
          }}
          headingRef={resultsHeading}
        />
      </div>
    </div>
  );
}
