import type { SharedResults } from '@groeiwijzer/contracts';
import { INSTRUMENT_V1, type AspectKey } from '@groeiwijzer/domain';
import { plural, useLocale, useT } from '../../../i18n';
import { formatDate, formatDifference, formatScore, formatShare } from '../../../lib/format';
import { aspectName, distributionPercentages } from '../../report/report-model';
import styles from './shared-results-view.module.css';
import dataTableStyles from '../../../ui/data-table.module.css';

function Distribution({ distribution, label }: { distribution: readonly number[]; label: string }) {
  const percentages = distributionPercentages(distribution);
  return (
    <span className={styles.bar} role="img" aria-label={label}>
      {percentages.map((percentage, index) =>
        percentage > 0 ? <span key={index} className={styles[`part${index + 1}`]} style={{ width: `${percentage}%` }} /> : null,
      )}
    </span>
  );
}

/**
 * What an owner shares with a coach, readable: the round, the mean per aspect, strengths and weak
 * spots; for the full report also the spread of the answers and where the owner's view differs.
 * The coach's inbox and the owner's preview in the "Vraag hulp" dialog both draw it with this
 * component, so the preview is exactly what the coach will see. No headings inside: it sits under
 * whatever heading the page gives it.
 */
export function SharedResultsView({ shared, idPrefix }: { shared: SharedResults; idPrefix: string }) {
  const t = useT();
  const { locale } = useLocale();
  const names = (keys: readonly AspectKey[]) => (keys.length > 0 ? keys.map((key) => aspectName(key, locale)).join(', ') : t('referrals.shared.none'));
  const scale = INSTRUMENT_V1.scale.labels[locale];
  const describe = (distribution: readonly number[]) =>
    t('referrals.shared.distributionLabel', { parts: scale.map((name, index) => `${name} ${distribution[index] ?? 0}`).join(', ') });

  return (
    <div className={styles.shared}>
      <p className={styles.source}>
        {shared.closedAt
          ? t('referrals.shared.source', { round: shared.roundTitle, date: formatDate(shared.closedAt, locale) })
          : shared.roundTitle}{' '}
        {plural(t, 'referrals.shared.respondents', shared.respondents)}
      </p>
      <div className={dataTableStyles.tableScroll} role="region" aria-labelledby={`${idPrefix}-means`} tabIndex={0}>
        <table className={dataTableStyles.dataTable}>
          <caption id={`${idPrefix}-means`}>{t('referrals.shared.meansCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('referrals.shared.aspect')}</th>
              <th scope="col" className={dataTableStyles.num}>
                {t('referrals.shared.mean')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shared.aspects.map((aspect) => (
              <tr key={aspect.key}>
                <th scope="row">{aspectName(aspect.key, locale)}</th>
                <td className={dataTableStyles.num}>{formatScore(aspect.mean, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className={styles.findings}>
        <div>
          <dt>{t('referrals.shared.strengths')}</dt>
          <dd>{names(shared.strengths)}</dd>
        </div>
        <div>
          <dt>{t('referrals.shared.weakSpots')}</dt>
          <dd>{names(shared.weakSpots)}</dd>
        </div>
      </dl>
      {shared.report && (
        <>
          <div className={dataTableStyles.tableScroll} role="region" aria-labelledby={`${idPrefix}-spread`} tabIndex={0}>
            <table className={dataTableStyles.dataTable}>
              <caption id={`${idPrefix}-spread`}>{t('referrals.shared.distributionTitle')}</caption>
              <tbody>
                {shared.report.aspects.map((aspect) => (
                  <tr key={aspect.key}>
                    <th scope="row">{aspectName(aspect.key, locale)}</th>
                    <td className={styles.barCell}>
                      <Distribution distribution={aspect.distribution} label={describe(aspect.distribution)} />
                    </td>
                    <td>
                      {t('referrals.shared.favourable', { share: formatShare(aspect.favourable, locale) })}
                      <span className={dataTableStyles.dataTableSub}>{plural(t, 'referrals.shared.people', aspect.n)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shared.report.gaps.length > 0 ? (
            <div className={dataTableStyles.tableScroll} role="region" aria-labelledby={`${idPrefix}-gaps`} tabIndex={0}>
              <table className={dataTableStyles.dataTable}>
                <caption id={`${idPrefix}-gaps`}>{t('referrals.shared.gapsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('referrals.shared.aspect')}</th>
                    <th scope="col" className={dataTableStyles.num}>{t('referrals.shared.employees')}</th>
                    <th scope="col" className={dataTableStyles.num}>{t('referrals.shared.owner')}</th>
                    <th scope="col" className={dataTableStyles.num}>{t('referrals.shared.gap')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shared.report.gaps.map((gap) => (
                    <tr key={gap.key}>
                      <th scope="row">{aspectName(gap.key, locale)}</th>
                      <td className={dataTableStyles.num}>{formatScore(gap.employees, locale)}</td>
                      <td className={dataTableStyles.num}>{formatScore(gap.owner, locale)}</td>
                      <td className={dataTableStyles.num}>{formatDifference(gap.gap, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('referrals.shared.noGaps')}</p>
          )}
        </>
      )}
    </div>
  );
}
