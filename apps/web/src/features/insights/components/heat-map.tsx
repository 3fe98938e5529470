import type { DemandResponse } from '@groeiwijzer/contracts';
import { ASPECTS } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { formatScore } from '../../../lib/format';
import { regionName, sectorLabel } from '../../../lib/reference';
import { type DemandFilters, heatLevel, heatRows } from '../insights-model';
import styles from './heat-map.module.css';

/** Region × aspect (or, for one region, sector × aspect): a real table, so the numbers are the
 * text alternative of the colours; hidden rows say why instead of showing a figure. */
export function HeatMap({ demand, filters }: { demand: DemandResponse; filters: DemandFilters }) {
  const t = useT();
  const { locale } = useLocale();
  const rows = heatRows(demand, filters);
  const label = (region: string | null, sector: string | null) =>
    filters.region
      ? sector === null ? t('insights.heat.total') : sectorLabel(sector, locale)
      : region === null ? t('insights.heat.country') : regionName(region);
  return (
    <section aria-labelledby="heat-title" className={styles.section}>
      <h2 id="heat-title">{t('insights.heat.title')}</h2>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption>
            {filters.region ? t('insights.heat.captionSectors', { region: regionName(filters.region) }) : t('insights.heat.captionRegions')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.heat.row')}</th>
              <th scope="col">{t('insights.heat.organisations')}</th>
              {ASPECTS.map((a) => (
                <th scope="col" key={a.key}>{a[locale]}</th>
              ))}
              <th scope="col">{t('insights.heat.weakest')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.region}|${row.sector}`}>
                <th scope="row">{label(row.region, row.sector)}</th>
                {row.cell ? (
                  <>
                    <td>
                      {row.cell.organisations}
                      {row.cell.figuresOf && <span className={styles.note}> ({t('insights.heat.figuresOf', { period: row.cell.figuresOf })})</span>}
                    </td>
                    {ASPECTS.map((a) => {
                      const mean = row.cell?.aspects[a.key];
                      const level = heatLevel(mean);
                      return (
                        <td key={a.key} className={level ? styles[level] : styles.empty}>
                          {typeof mean === 'number' ? formatScore(mean, locale) : t('insights.heat.noScore')}
                        </td>
                      );
                    })}
                    <td>
                      {row.cell.weakest.length
                        ? row.cell.weakest.map((k) => ASPECTS.find((a) => a.key === k)?.[locale] ?? k).join(', ')
                        : t('insights.heat.noWeakest')}
                    </td>
                  </>
                ) : (
                  <td colSpan={ASPECTS.length + 2} className={styles.hidden}>
                    {t(`insights.reason.${row.reason ?? 'no_data'}`, { k: demand.threshold })}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.legend}>{t('insights.heat.legend')}</p>
    </section>
  );
}
