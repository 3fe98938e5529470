import type { DemandResponse } from '@groeiwijzer/contracts';
import { ASPECTS, type SizeClass } from '@groeiwijzer/domain';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { regionName, sectorLabel } from '../../../lib/reference';
import { gapsWithoutOffer, offerLink } from '../insights-model';
import styles from './gap-list.module.css';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';

/** Gaps sorted by unmet demand, each with "maak een aanbod"; then the "gezamenlijke vraag" cards. */
export function GapList({ demand, publisherId }: { demand: DemandResponse; publisherId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const aspectName = (key: string) => ASPECTS.find((a) => a.key === key)?.[locale] ?? key;
  const sizeName = (key: string) => t(`sizeClass.${key as SizeClass}`);
  return (
    <>
      <section aria-labelledby="gaps-title" className={styles.section}>
        <h2 id="gaps-title">{t('insights.gaps.title')}</h2>
        <p>{t('insights.gaps.intro')}</p>
        {demand.gaps.length === 0 ? (
          <p>{t('insights.gaps.none', { k: demand.threshold })}</p>
        ) : (
          <>
            <p className={styles.summary} data-testid="gaps-without-offer">{t('insights.gaps.summary', { n: gapsWithoutOffer(demand) })}</p>
            <ul className={styles.list}>
              {demand.gaps.map((gap) => (
                <li key={`${gap.region}|${gap.sector}|${gap.aspect}`} className={styles.gap}>
                  <h3 className={styles.gapTitle}>
                    {aspectName(gap.aspect)} · {regionName(gap.region)}
                    {gap.sector && ` · ${sectorLabel(gap.sector, locale)}`}
                  </h3>
                  <p>
                    {t('insights.gaps.line', { n: gap.organisationsWeak, offers: gap.publishedOffers })}{' '}
                    {gap.band && <span className={`${styles.band} ${styles[gap.band]}`}>{t(`insights.band.${gap.band}`)}</span>}
                  </p>
                  {gap.recordedGaps !== null && <p className={styles.muted}>{t('insights.gaps.recorded', { n: gap.recordedGaps })}</p>}
                  <Link
                    className={cx(buttonStyles.button, buttonStyles.buttonSecondary)}
                    to={offerLink(publisherId, gap)}
                    aria-label={t('insights.gaps.makeFor', { aspect: aspectName(gap.aspect), region: regionName(gap.region) })}
                  >
                    {t('insights.gaps.make')}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {demand.pooling.length > 0 && (
        <section aria-labelledby="pooling-title" className={styles.section}>
          <h2 id="pooling-title">{t('insights.pooling.title')}</h2>
          <ul className={styles.list}>
            {demand.pooling.map((p) => (
              <li key={`${p.region}|${p.aspect}`} className={`${styles.gap} ${styles.pool}`}>
                <p>{t('insights.pooling.text', { n: p.organisations, region: regionName(p.region), aspect: aspectName(p.aspect) })}</p>
                {p.sectors.length > 0 && <p>{t('insights.pooling.sectors', { list: p.sectors.map((s) => sectorLabel(s, locale)).join(', ') })}</p>}
                {p.sizeClasses.length > 0 && <p>{t('insights.pooling.sizes', { list: p.sizeClasses.map(sizeName).join(', ') })}</p>}
                <Link className={cx(buttonStyles.button, buttonStyles.buttonSecondary)} to={offerLink(publisherId, { aspect: p.aspect, region: p.region })}>
                  {t('insights.pooling.action')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
