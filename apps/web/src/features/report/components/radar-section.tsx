import type { ReportReady } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatScore } from '../../../lib/format';
import { aspectName, employeeMeans, reportAspectKeys } from '../report-model';
import { RadarChart, SeriesSwatch, type RadarSeries } from './radar-chart';
import reportStyles from '../report.module.css';
import dataTableStyles from '../../../ui/data-table.module.css';
import styles from './radar-section.module.css';

/** The overview: radar of employees, owner and similar companies, with the numbers as a table
 * (the table is also the key to the numbered axes). */
export function RadarSection({ report, showOwner }: { report: ReportReady; showOwner: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const keys = reportAspectKeys(report);
  const series: RadarSeries[] = [{ variant: 'employees', label: t('report.series.employees'), values: employeeMeans(report) }];
  if (showOwner && report.selfAssessment) series.push({ variant: 'owner', label: t('report.series.owner'), values: report.selfAssessment });
  if (report.benchmark) series.push({ variant: 'benchmark', label: t('report.series.benchmark'), values: report.benchmark.aspects });

  const summary = [
    t('report.radar.summaryStart'),
    ...series.map(
      (entry) =>
        `${entry.label}: ${keys.map((key) => `${aspectName(key, locale)} ${formatScore(entry.values[key], locale)}`).join(', ')}.`,
    ),
  ].join(' ');

  return (
    <section aria-labelledby="report-overview" className={reportStyles.reportSection}>
      <h2 id="report-overview">{t('report.radar.title')}</h2>
      <p>{t('report.radar.intro')}</p>
      <div className={styles.radarLayout}>
        <figure className={styles.radarFigure}>
          <RadarChart keys={keys} series={series} summary={summary} />
          <figcaption>
            <ul className={reportStyles.legend} aria-label={t('report.radar.legend')}>
              {series.map((entry) => (
                <li key={entry.variant}>
                  <SeriesSwatch variant={entry.variant} /> {entry.label}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
        <div className={dataTableStyles.tableScroll} role="region" aria-labelledby="report-overview-table" tabIndex={0}>
          <table className={dataTableStyles.dataTable}>
            <caption id="report-overview-table">{t('report.radar.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.radar.number')}</th>
                <th scope="col">{t('report.aspect')}</th>
                {series.map((entry) => (
                  <th key={entry.variant} scope="col" className={dataTableStyles.num}>
                    {entry.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {keys.map((key, index) => (
                <tr key={key}>
                  <td>{index + 1}</td>
                  <th scope="row">{aspectName(key, locale)}</th>
                  {series.map((entry) => (
                    <td key={entry.variant} className={dataTableStyles.num}>
                      {formatScore(entry.values[key], locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
