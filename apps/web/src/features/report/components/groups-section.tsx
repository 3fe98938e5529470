import type { ReportReady } from '@groeiwijzer/contracts';
import { plural, useLocale, useT } from '../../../i18n';
import { formatScore } from '../../../lib/format';
import { aspectName, reportAspectKeys } from '../report-model';
import reportStyles from '../report.module.css';
import dataTableStyles from '../../../ui/data-table.module.css';

/** Scores per team or department; only groups above the threshold come from the API. */
export function GroupsSection({ report }: { report: ReportReady }) {
  const t = useT();
  const { locale } = useLocale();
  if (report.groups.length === 0) return null;
  const keys = reportAspectKeys(report);
  return (
    <section aria-labelledby="report-groups" className={reportStyles.reportSection}>
      <h2 id="report-groups">{t('report.groups.title')}</h2>
      <p>{t('report.groups.intro', { count: report.minResponses })}</p>
      <div className={dataTableStyles.tableScroll} role="region" aria-labelledby="report-groups-caption" tabIndex={0}>
        <table className={dataTableStyles.dataTable}>
          <caption id="report-groups-caption">{t('report.groups.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.aspect')}</th>
              {report.groups.map((group) => (
                <th key={group.name} scope="col" className={dataTableStyles.num}>
                  {group.name}
                  <span className={dataTableStyles.dataTableSub}>{plural(t, 'report.scores.people', group.respondents)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key}>
                <th scope="row">{aspectName(key, locale)}</th>
                {report.groups.map((group) => (
                  <td key={group.name} className={dataTableStyles.num}>
                    {formatScore(group.aspects[key], locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
