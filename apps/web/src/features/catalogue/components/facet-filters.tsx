import type { ItemKind, SearchResponse } from '@groeiwijzer/contracts';
import { ASPECTS, NATIONWIDE, SIZE_CLASSES } from '@groeiwijzer/domain';
import { useState } from 'react';
import { plural, useLocale, useT } from '../../../i18n';
import { regionsByProvince, sectorOptions } from '../../../lib/reference';
import { SelectField } from '../../../ui';
import { activeFilters, ITEM_KINDS, type FilterKey, type SearchState } from '../search-state';
import { useLabels } from './use-labels';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import fieldStyles from '../../../ui/field.module.css';
import styles from './facet-filters.module.css';

const KIND_OPTIONS: readonly (ItemKind | '')[] = ['', ...ITEM_KINDS];

interface FacetFiltersProps {
  state: SearchState;
  /** Counts from the last answer; the controls work before they arrive. */
  facets: SearchResponse['facets'] | undefined;
  onChange: (key: FilterKey, value: string | undefined) => void;
}

/** One labelled control per facet. Every option is listed (a region filter also finds
 * nationwide offers, so a region without its own offers still gives results) with its count
 * once the API answered: how many results choosing it gives. The API counts a facet without its
 * own filter (disjunctive facets), so after choosing a value the others keep their counts and
 * show what switching to them would find; a value the API does not list finds none (0). On a
 * phone the panel folds away behind one button. */
export function FacetFilters({ state, facets, onChange }: FacetFiltersProps) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useLabels();
  const [open, setOpen] = useState(false);
  const activeCount = activeFilters(state).length;

  function withCount(key: FilterKey, value: string, label: string): string {
    if (!facets) return label;
    return t('catalogue.filters.withCount', { label, count: facets[key]?.[value] ?? 0 });
  }

  const select = (key: Exclude<FilterKey, 'kind'>) => ({
    id: `catalogue-filter-${key}`,
    name: key,
    value: state[key] ?? '',
    onChange: (event: { target: { value: string } }) => onChange(key, event.target.value || undefined),
  });

  return (
    <section className={styles.catalogueFilters} aria-labelledby="catalogue-filters-title">
      <h2 id="catalogue-filters-title" className={styles.catalogueFiltersTitle}>
        {t('catalogue.filters.title')}
      </h2>
      <button
        type="button"
        className={cx(buttonStyles.button, buttonStyles.buttonSecondary, styles.catalogueFiltersToggle)}
        aria-expanded={open}
        aria-controls="catalogue-filters-panel"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
        {t('catalogue.filters.toggle')}
        {activeCount > 0 && <span className={styles.catalogueFiltersCount}>{plural(t, 'catalogue.filters.active', activeCount)}</span>}
      </button>
      <div id="catalogue-filters-panel" className={styles.catalogueFiltersPanel} hidden={!open}>
        {facets && <p className={fieldStyles.fieldHint}>{t('catalogue.filters.countsHint')}</p>}
        <fieldset className={styles.catalogueFiltersKind}>
          <legend className={fieldStyles.fieldLabel}>{t('catalogue.filters.kind')}</legend>
          {KIND_OPTIONS.map((kind) => (
            <label key={kind || 'any'} className={styles.catalogueRadio}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={(state.kind ?? '') === kind}
                onChange={() => onChange('kind', kind || undefined)}
              />
              <span>{kind ? withCount('kind', kind, labels.kindPlural(kind)) : t('catalogue.filters.any.kind')}</span>
            </label>
          ))}
        </fieldset>

        <SelectField {...select('region')} label={t('catalogue.filters.region')} hint={t('catalogue.filters.regionHint')}>
          <option value="">{t('catalogue.filters.any.region')}</option>
          <optgroup label={t('catalogue.filters.nationwideGroup')}>
            <option value={NATIONWIDE}>{withCount('region', NATIONWIDE, labels.region(NATIONWIDE))}</option>
          </optgroup>
          {regionsByProvince().map((group) => (
            <optgroup key={group.province} label={group.province}>
              {group.regions.map((region) => (
                <option key={region.key} value={region.key}>
                  {withCount('region', region.key, region.name)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>

        <SelectField {...select('aspect')} label={t('catalogue.filters.aspect')}>
          <option value="">{t('catalogue.filters.any.aspect')}</option>
          {ASPECTS.map((aspect) => (
            <option key={aspect.key} value={aspect.key}>
              {withCount('aspect', aspect.key, aspect[locale])}
            </option>
          ))}
        </SelectField>

        <SelectField {...select('sector')} label={t('catalogue.filters.sector')} hint={t('catalogue.filters.sectorHint')}>
          <option value="">{t('catalogue.filters.any.sector')}</option>
          {sectorOptions(locale).map((sector) => (
            <option key={sector.value} value={sector.value}>
              {withCount('sector', sector.value, sector.label)}
            </option>
          ))}
        </SelectField>

        <SelectField {...select('sizeClass')} label={t('catalogue.filters.sizeClass')} hint={t('catalogue.filters.sizeClassHint')}>
          <option value="">{t('catalogue.filters.any.sizeClass')}</option>
          {SIZE_CLASSES.map((size) => (
            <option key={size} value={size}>
              {withCount('sizeClass', size, labels.sizeClass(size))}
            </option>
          ))}
        </SelectField>
      </div>
    </section>
  );
}
