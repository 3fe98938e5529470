import { ASPECTS, type AspectKey } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { SelectField } from '../../../ui';
import { makePrimary, toggleValue } from '../item-form-values';
import { CheckboxList, ChoiceFieldset } from './choice-fieldset';
import styles from './aspect-picker.module.css';

interface AspectPickerProps {
  id: string;
  error?: string;
  /** In order of importance: the first is the primary aspect. */
  value: AspectKey[];
  onChange: (aspects: AspectKey[]) => void;
}

/** The six aspects as checkboxes. The order of picking counts (the first is the main topic),
 * and with two or more a select lets people choose another main topic. */
export function AspectPicker({ id, error, value, onChange }: AspectPickerProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <ChoiceFieldset id={id} legend={t('publisher.form.aspects')} hint={t('publisher.form.aspectsHint')} error={error}>
      <CheckboxList
        id={id}
        name="aspects"
        options={ASPECTS.map((aspect) => ({ value: aspect.key, label: aspect[locale] }))}
        selected={value}
        onToggle={(key, on) => onChange(toggleValue(value, key as AspectKey, on))}
      />
      {value.length > 1 && (
        <SelectField
          id={`${id}-primary`}
          name="primaryAspect"
          className={styles.aspectPickerPrimary}
          label={t('publisher.form.primaryAspect')}
          hint={t('publisher.form.primaryAspectHint')}
          value={value[0]}
          onChange={(event) => onChange(makePrimary(value, event.target.value as AspectKey))}
        >
          {ASPECTS.filter((aspect) => value.includes(aspect.key)).map((aspect) => (
            <option key={aspect.key} value={aspect.key}>
              {aspect[locale]}
            </option>
          ))}
        </SelectField>
      )}
    </ChoiceFieldset>
  );
}
