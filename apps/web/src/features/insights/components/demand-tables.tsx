import type { DemandResponse, FunnelResponse } from '@groeiwijzer/contracts';
import { ASPECTS } from '@groeiwijzer/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { formatDate, formatMonth, formatScore } from '../../../lib/format';
import { regionName } from '../../../lib/reference';
import { SelectField } from '../../../ui';
import { FUNNEL_COLUMNS, funnelByMonth, offerLink } from '../insights-model';
import styles from './demand-tables.module.css';

/** Searches that found little or nothing, once 5 sessions on 5 days asked them. Texts are what
 * people typed: rendered as text by React, never as markup. */
export function UnmetSearches({ demand, publisherId }: { demand: DemandResponse; publisherId: string }) {
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
                <th scope="col">{t('insights.unmet.kinds')}</th>
                <th scope="col">{t('insights.unmet.weeks')}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {demand.unmetSearches.map((u) => (
                <tr key={`${u.region}|${u.q}`}>
                  <th scope="row">{u.q}</th>
                  <td>{u.region ? regionName(u.region) : t('insights.unmet.noRegion')}</td>
                  <td>{u.count}</td>
                  <td>{u.aspects.map((k) => ASPECTS.find((a) => a.key === k)?.[locale] ?? k).join(', ')}</td>
                  <td>{u.kinds.map((k) => t(`catalogue.kind.${k as 'scheme' | 'training' | 'coach'}`)).join(', ')}</td>
                  <td>{u.weeks.map((w) => `${w.week}: ${w.count}`).join(', ')}</td>
                  <td>
                    {u.region && (
                      <Link
                        to={offerLink(publisherId, { region: u.region, aspect: u.aspects[0] ?? null, kind: u.kinds.length === 1 ? u.kinds[0] : null })}
                        aria-label={t('insights.unmet.makeFor', { q: u.q })}
                      >
                        {t('insights.gaps.make')}
                      </Link>
                    )}
                  </td>
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

/** Per item: views, clicks, plan adds, referrals and feedback over the period; then per month,
 * of all items or of the one chosen. */
export function FunnelTable({ funnel }: { funnel: FunnelResponse }) {
  const t = useT();
  const { locale } = useLocale();
  const [itemId, setItemId] = useState<string>('');
  const months = funnelByMonth(funnel, itemId || null);
  return (
    <section aria-labelledby="funnel-title" className={styles.section}>
      <h2 id="funnel-title">{t('insights.funnel.title')}</h2>
      <p>{t('insights.funnel.intro', { from: formatDate(funnel.from, locale), to: formatDate(funnel.to, locale) })}</p>
      {funnel.items.length === 0 ? (
        <p>{t('insights.funnel.none')}</p>
      ) : (
        <>
          <div className={styles.scroll}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t('insights.funnel.item')}</th>
                  {FUNNEL_COLUMNS.map((c) => (
                    <th scope="col" key={c}>{t(`insights.funnel.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {funnel.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.title}</th>
                    {FUNNEL_COLUMNS.map((c) => (
                      <td key={c}>{item.totals[c]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 id="funnel-months-title">{t('insights.funnel.perMonth')}</h3>
          <SelectField id="funnel-item" name="funnelItem" label={t('insights.funnel.choose')} value={itemId} onChange={(event) => setItemId(event.target.value)}>
            <option value="">{t('insights.funnel.allItems')}</option>
            {funnel.items.map((item) => (
              <option key={item.id} value={item.id}>{item.title}</option>
            ))}
          </SelectField>
          {months.length === 0 ? (
            <p>{t('insights.funnel.noMonths')}</p>
          ) : (
            <div className={styles.scroll}>
              <table className={styles.table} aria-labelledby="funnel-months-title">
                <thead>
                  <tr>
                    <th scope="col">{t('insights.funnel.month')}</th>
                    {FUNNEL_COLUMNS.map((c) => (
                      <th scope="col" key={c}>{t(`insights.funnel.${c}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{formatMonth(m.month, locale)}</th>
                      {FUNNEL_COLUMNS.map((c) => (
                        <td key={c}>{m[c]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
