import { Link } from 'react-router-dom';
import type { ReportReady } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatDifference, formatScore } from '../../../lib/format';
import { aspectName } from '../report-model';
import reportStyles from '../report.module.css';
import styles from './gaps-section.module.css';

/** Where the owner's view and the employees' view differ most. Owner only. */
export function GapsSection({ report, roundId }: { report: ReportReady; roundId: string }) {
  const t = useT();
  const { locale } = useLocale();

  return (
    <section aria-labelledby="report-gaps" className={reportStyles.reportSection}>
      <h2 id="report-gaps">{t('report.gaps.title')}</h2>
      {!report.selfAssessment ? (
        <p>
          {t('report.gaps.noSelf')} <Link to={`/scans/${roundId}/zelfevaluatie`}>{t('report.gaps.noSelfLink')}</Link>
        </p>
      ) : report.gaps.length === 0 ? (
        <p>{t('report.gaps.none')}</p>
      ) : (
        <>
          <p>{t('report.gaps.intro')}</p>
          <ul className={styles.gapList}>
            {report.gaps.map((gap) => (
              <li key={gap.key}>
                <h3 className={styles.gapListTitle}>{aspectName(gap.key, locale)}</h3>
                <p>
                  {t('report.gaps.values', {
                    owner: formatScore(gap.owner, locale),
                    employees: formatScore(gap.employees, locale),
                    difference: formatDifference(gap.gap, locale),
                  })}{' '}
                  {gap.gap > 0 ? t('report.gaps.ownerHigher') : t('report.gaps.ownerLower')}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
