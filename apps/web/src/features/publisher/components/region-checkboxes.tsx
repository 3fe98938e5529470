import { useMemo } from 'react';
import { NATIONWIDE } from '@groeiwijzer/domain';
import { useT } from '../../../i18n';
import { regionsByProvince } from '../../../lib/reference';
import { Checkbox, ChoiceFieldset } from './choice-fieldset';
import { cx } from '../../../ui/cx';
import publisherStyles from '../publisher.module.css';
import styles from './region-checkboxes.module.css';

interface RegionCheckboxesProps {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  selected: readonly string[];
  onToggle: (region: string, on: boolean) => void;
  /** Offer "Heel Nederland" (`landelijk`) first. */
  nationwide?: boolean;
}

/** The 35 labour-market regions as checkboxes, grouped by province. */
export function RegionCheckboxes({ id, name, legend, hint, error, selected, onToggle, nationwide }: RegionCheckboxesProps) {
  const t = useT();
  const provinces = useMemo(() => regionsByProvince(), []);
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {nationwide && (
        <div className={cx(publisherStyles.checkboxList, styles.regionPickerNationwide)}>
          <Checkbox
            id={`${id}-${NATIONWIDE}`}
            name={name}
            value={NATIONWIDE}
            label={t('publisher.form.nationwide')}
            checked={selected.includes(NATIONWIDE)}
            onChange={(on) => onToggle(NATIONWIDE, on)}
          />
        </div>
      )}
      <div className={styles.regionPicker}>
        {provinces.map((group) => (
          <fieldset key={group.province} className={styles.regionPickerProvince}>
            <legend>{group.province}</legend>
            <div className={publisherStyles.checkboxList}>
              {group.regions.map((region) => (
                <Checkbox
                  key={region.key}
                  id={`${id}-${region.key}`}
                  name={name}
                  value={region.key}
                  label={region.name}
                  checked={selected.includes(region.key)}
                  onChange={(on) => onToggle(region.key, on)}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </ChoiceFieldset>
  );
}
