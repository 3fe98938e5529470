import type { DemandResponse, FunnelResponse } from '@groeiwijzer/contracts';
import { ASPECTS } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { formatDate, formatScore } from '../../../lib/format';
import { regionName } from '../../../lib/reference';
import styles from './demand-tables.module.css';

/** Searches that found little or nothing, once 5 sessions on 5 days asked them. Texts are what
 * people typed: rendered as text by React, never as markup. */
export function UnmetSearches({ demand }: { demand: DemandResponse }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section aria-labelledby="unmet-title" className={styles.section}>
      <h2 id="unmet-title">{t('insights.unmet.title')}</h2>
      <p>{t('insights.unmet.intro')}</p>
      {demand.unmetSearches.length === 0 ? (
        <p>{t('insights.unmet.none')}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('insights.unmet.query')}</th>
                <th scope="col">{t('insights.page.region')}</th>
                <th scope="col">{t('insights.unmet.count')}</th>
                <th scope="col">{t('insights.unmet.aspects')}</th>
                <th scope="col">{t('insights.unmet.weeks')}</th>
              </tr>
            </thead>
            <tbody>
              {demand.unmetSearches.map((u) => (
                <tr key={`${u.region}|${u.q}`}>
                  <th scope="row">{u.q}</th>
                  <td>{u.region ? regionName(u.region) : t('insights.unmet.noRegion')}</td>
                  <td>{u.count}</td>
                  <td>{u.aspects.map((k) => ASPECTS.find((a) => a.key === k)?.[locale] ?? k).join(', ')}</td>
                  <td>{u.weeks.map((w) => `${w.week}: ${w.count}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The selected row's figures per quarter (a hidden quarter says why). */
export function TrendTable({ demand }: { demand: DemandResponse }) {
  const t = useT();
  const { locale } = useLocale();
  if (demand.trend.length === 0) return null;
  const regions = [...new Set(demand.trend.map((r) => r.region))];
  return (
    <section aria-labelledby="trend-title" className={styles.section}>
      <h2 id="trend-title">{t('insights.trend.title')}</h2>
      {regions.map((region) => (
        <div className={styles.scroll} key={region ?? '*'}>
          <table className={styles.table}>
            <caption>{region ? regionName(region) : t('insights.heat.country')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.trend.period')}</th>
                <th scope="col">{t('insights.heat.organisations')}</th>
                {ASPECTS.map((a) => (
                  <th scope="col" key={a.key}>{a[locale]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {demand.trend.filter((r) => r.region === region).map((r) => (
                <tr key={r.period}>
                  <th scope="row">{r.period}</th>
                  {'reason' in r ? (
                    <td colSpan={ASPECTS.length + 1} className={styles.muted}>{t(`insights.reason.${r.reason}`, { k: demand.threshold })}</td>
                  ) : (
                    <>
                      <td>{r.organisations}</td>
                      {ASPECTS.map((a) => (
                        <td key={a.key}>{typeof r.aspects[a.key] === 'number' ? formatScore(r.aspects[a.key], locale) : '–'}</td>
                      ))}
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

/** Per item: views, clicks, plan adds, referrals and feedback over the period. */
export function FunnelTable({ funnel }: { funnel: FunnelResponse }) {
  const t = useT();
  const { locale } = useLocale();
  const columns = ['views', 'contactClicks', 'websiteClicks', 'planAdds', 'referrals', 'feedback'] as const;
  return (
    <section aria-labelledby="funnel-title" className={styles.section}>
      <h2 id="funnel-title">{t('insights.funnel.title')}</h2>
      <p>{t('insights.funnel.intro', { from: formatDate(funnel.from, locale), to: formatDate(funnel.to, locale) })}</p>
      {funnel.items.length === 0 ? (
        <p>{t('insights.funnel.none')}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('insights.funnel.item')}</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>{t(`insights.funnel.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {funnel.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.title}</th>
                  {columns.map((c) => (
                    <td key={c}>{item.totals[c]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
