import type { Item } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { DetailRow, ValueList } from './detail-list';
import { useLabels } from './use-labels';
import pageStyles from '../../../ui/page.module.css';

/** What every offer has: topics, where, for whom, cost, form, language, validity, freshness. */
export function ItemFacts({ item }: { item: Item }) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useLabels();
  const date = (iso: string) => formatDate(iso, locale);
  const price = labels.price(item.costEur);

  const validity =
    item.validFrom && item.validUntil
      ? t('catalogue.detail.validFromUntil', { from: date(item.validFrom), until: date(item.validUntil) })
      : item.validFrom
        ? t('catalogue.detail.validFrom', { from: date(item.validFrom) })
        : item.validUntil
          ? t('catalogue.detail.validUntil', { until: date(item.validUntil) })
          : null;

  return (
    <section aria-labelledby="item-facts">
      <h2 id="item-facts">{t('catalogue.detail.factsTitle')}</h2>
      <dl className={pageStyles.details}>
        {item.aspects.length > 0 && (
          <DetailRow label={t('catalogue.detail.aspects')}>
            <ValueList values={item.aspects.map(labels.aspect)} />
          </DetailRow>
        )}
        <DetailRow label={t('catalogue.detail.regions')}>
          <ValueList values={labels.regions(item.regions)} />
        </DetailRow>
        <DetailRow label={t('catalogue.detail.sectors')}>
          {item.sectors.length === 0 ? t('catalogue.allSectors') : <ValueList values={item.sectors.map(labels.sector)} />}
        </DetailRow>
        <DetailRow label={t('catalogue.detail.sizeClasses')}>
          {item.sizeClasses.length === 0 ? t('catalogue.allSizes') : <ValueList values={item.sizeClasses.map(labels.sizeClass)} />}
        </DetailRow>
        {(price || item.kind === 'training') && (
          <DetailRow label={t('catalogue.detail.cost')}>{price ?? t('catalogue.detail.costUnknown')}</DetailRow>
        )}
        {item.format && <DetailRow label={t('catalogue.detail.format')}>{labels.format(item.format)}</DetailRow>}
        {item.language && (
          <DetailRow label={t('catalogue.detail.language')}>{t(`catalogue.itemLanguage.${item.language}`)}</DetailRow>
        )}
        {validity && <DetailRow label={t('catalogue.detail.validity')}>{validity}</DetailRow>}
        <DetailRow label={t('catalogue.detail.verifiedOn')}>{date(item.verifiedOn)}</DetailRow>
      </dl>
    </section>
  );
}
