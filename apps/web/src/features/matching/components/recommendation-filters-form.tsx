import type { ItemKind } from '@groeiwijzer/contracts';
import { useState } from 'react';
import { plural, useT } from '../../../i18n';
import { CheckboxField, SelectField } from '../../../ui';
import {
  activeChoiceCount,
  OFFER_LANGUAGES,
  RECOMMENDATION_KINDS,
  withoutChoices,
  type OfferLanguage,
  type RecommendationFilters,
} from '../recommendation-filters';
import styles from './recommendation-filters-form.module.css';
import fieldStyles from '../../../ui/field.module.css';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';

interface RecommendationFiltersFormProps {
  filters: RecommendationFilters;
  onChange: (next: RecommendationFilters) => void;
}

/** The owner's say in what drives the list (kind, own region only, no costs, language). Every
 * change asks the API again and is kept in the address bar; the list says which choices are on. */
export function RecommendationFiltersForm({ filters, onChange }: RecommendationFiltersFormProps) {
  const t = useT();
  const kinds: (ItemKind | '')[] = ['', ...RECOMMENDATION_KINDS];
  const [open, setOpen] = useState(false);
  const active = activeChoiceCount(filters);
  return (
    <section className={styles.filters} aria-labelledby="help-filters-title">
      <h2 id="help-filters-title" className={styles.title}>
        {t('matching.filters.title')}
      </h2>
      {/* On a phone the choices fold away behind one button, so the list comes first. */}
      <button
        type="button"
        className={cx(buttonStyles.button, buttonStyles.buttonSecondary, styles.toggle)}
        aria-expanded={open}
        aria-controls="help-filters-panel"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">{open ? '▴' : '▾'}</span> {t('matching.filters.toggle')}
        {active > 0 && <span className={styles.active}>{plural(t, 'catalogue.filters.active', active)}</span>}
      </button>
      <div id="help-filters-panel" className={styles.panel} hidden={!open}>
        <p className={styles.intro}>{t('matching.filters.intro')}</p>
        <fieldset className={styles.group}>
          <legend className={fieldStyles.fieldLabel}>{t('matching.filters.kind')}</legend>
          {kinds.map((kind) => (
            <label key={kind || 'any'} className={styles.option}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={(filters.kind ?? '') === kind}
                onChange={() => onChange({ ...filters, kind: kind || undefined })}
              />
              <span>{kind ? t(`catalogue.kindPlural.${kind}`) : t('matching.filters.anyKind')}</span>
            </label>
          ))}
        </fieldset>
        <div className={styles.switches}>
          <CheckboxField
            id="help-filter-regional"
            checked={filters.regionalOnly}
            label={t('matching.filters.regionalOnly')}
            hint={t('matching.filters.regionalOnlyHint')}
            onChange={(event) => onChange({ ...filters, regionalOnly: event.target.checked })}
          />
          <CheckboxField
            id="help-filter-free"
            checked={filters.freeOnly}
            label={t('matching.filters.freeOnly')}
            onChange={(event) => onChange({ ...filters, freeOnly: event.target.checked })}
          />
        </div>
        <SelectField
          id="help-filter-language"
          name="language"
          label={t('matching.filters.language')}
          value={filters.language ?? ''}
          onChange={(event) => onChange({ ...filters, language: (event.target.value || undefined) as OfferLanguage | undefined })}
        >
          <option value="">{t('matching.filters.anyLanguage')}</option>
          {OFFER_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`catalogue.itemLanguage.${language}`)}
            </option>
          ))}
        </SelectField>
        {active > 0 && (
          <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonQuiet, styles.clear)} onClick={() => onChange(withoutChoices(filters))}>
            {t('matching.filters.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
