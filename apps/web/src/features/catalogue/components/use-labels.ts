import type { CoachType, ItemFormat, ItemKind } from '@groeiwijzer/contracts';
import { ASPECTS, type SizeClass } from '@groeiwijzer/domain';
import { useMemo } from 'react';
import { useLocale, useT } from '../../../i18n';
import { sectorLabel } from '../../../lib/reference';
import { formatEuro, regionLabel, regionLabels } from '../catalogue-format';
import type { FilterKey } from '../search-state';

/** Names for the keys an item or a filter carries, in the UI language. */
export function useLabels() {
  const t = useT();
  const { locale } = useLocale();
  return useMemo(() => {
    const nationwide = t('catalogue.nationwide');
    const labels = {
      kind: (kind: ItemKind) => t(`catalogue.kind.${kind}`),
      kindPlural: (kind: ItemKind) => t(`catalogue.kindPlural.${kind}`),
      format: (format: ItemFormat) => t(`catalogue.format.${format}`),
      coachType: (type: CoachType) => t(`catalogue.coachType.${type}`),
      aspect: (key: string) => ASPECTS.find((aspect) => aspect.key === key)?.[locale] ?? key,
      region: (key: string) => regionLabel(key, nationwide),
      regions: (keys: readonly string[]) => regionLabels(keys, nationwide),
      sector: (code: string) => sectorLabel(code, locale),
      sizeClass: (size: SizeClass) => t(`sizeClass.${size}`),
      /** "Gratis" for 0, an amount, or null when the price is not known. */
      price: (costEur: number | null | undefined) =>
        costEur === null || costEur === undefined ? null : costEur === 0 ? t('catalogue.free') : formatEuro(costEur, locale),
      /** The value of a filter as shown in the list of active filters. */
      filterValue: (key: FilterKey, value: string) => {
        switch (key) {
          case 'kind':
            return labels.kindPlural(value as ItemKind);
          case 'region':
            return labels.region(value);
          case 'sector':
            return labels.sector(value);
          case 'aspect':
            return labels.aspect(value);
          case 'sizeClass':
            return labels.sizeClass(value as SizeClass);
        }
      },
    };
    return labels;
  }, [t, locale]);
}
