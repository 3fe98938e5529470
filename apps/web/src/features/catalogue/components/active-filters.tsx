import { useT } from '../../../i18n';
import { activeFilters, type FilterKey, type SearchState } from '../search-state';
import { useLabels } from './use-labels';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import styles from './active-filters.module.css';

interface ActiveFiltersProps {
  state: SearchState;
  onRemove: (key: FilterKey) => void;
  onClear: () => void;
  /** id of the heading, so more than one list can be on a page. */
  id: string;
}

/** The filters that are on, each with its own remove button, and one button to clear them all. */
export function ActiveFilters({ state, onRemove, onClear, id }: ActiveFiltersProps) {
  const t = useT();
  const labels = useLabels();
  const filters = activeFilters(state);
  if (filters.length === 0) return null;
  return (
    <div className={styles.activeFilters} role="group" aria-labelledby={id}>
      <p id={id} className={styles.activeFiltersTitle}>
        {t('catalogue.filters.activeTitle')}
      </p>
      <ul className={styles.activeFiltersList}>
        {filters.map(({ key, value }) => (
          <li key={key}>
            <button type="button" className={styles.filterChip} onClick={() => onRemove(key)}>
              {t('catalogue.filters.chip', { filter: t(`catalogue.filters.${key}`), value: labels.filterValue(key, value) })}
              <span className="visually-hidden"> {t('catalogue.filters.remove')}</span>
              <span aria-hidden="true" className={styles.filterChipX}>
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonQuiet)} onClick={onClear}>
        {t('catalogue.filters.clear')}
      </button>
    </div>
  );
}
