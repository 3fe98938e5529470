import type { ReportReady } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatDate, formatDifference, formatScore } from '../../../lib/format';
import { aspectName, trendChange, trendRows, type TrendPoint } from '../report-model';
import reportStyles from '../report.module.css';
import dataTableStyles from '../../../ui/data-table.module.css';
import styles from './trend-section.module.css';

const WIDTH = 120;
const HEIGHT = 36;

/** A small line over the rounds on the 1–5 scale; the numbers are in the same table row. */
function TrendLine({ points }: { points: readonly TrendPoint[] }) {
  const step = points.length > 1 ? (WIDTH - 8) / (points.length - 1) : 0;
  const y = (value: number) => HEIGHT - 4 - ((value - 1) / 4) * (HEIGHT - 8);
  const known = points.flatMap((point, index) => (point.value === null ? [] : [{ x: 4 + index * step, y: y(point.value), current: point.current }]));
  return (
    <svg className={styles.trendLine} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
      <line className={styles.trendLineAxis} x1="0" x2={WIDTH} y1={y(3)} y2={y(3)} />
      {known.length > 1 && <polyline points={known.map((p) => `${p.x},${p.y}`).join(' ')} />}
      {known.map((p, index) => (
        <circle key={index} cx={p.x} cy={p.y} r={p.current ? 4 : 3} className={p.current ? styles.trendLineCurrent : undefined} />
      ))}
    </svg>
  );
}

/** How each aspect moved since earlier rounds: a table with the numbers and a small line. */
export function TrendSection({ report }: { report: ReportReady }) {
  const t = useT();
  const { locale } = useLocale();
  const rows = trendRows(report);
  if (report.trend.length === 0) {
    return (
      <section aria-labelledby="report-trend" className={reportStyles.reportSection}>
        <h2 id="report-trend">{t('report.trend.title')}</h2>
        <p>{t('report.trend.none')}</p>
      </section>
    );
  }
  const columns = rows[0]?.points ?? [];
  return (
    <section aria-labelledby="report-trend" className={reportStyles.reportSection}>
      <h2 id="report-trend">{t('report.trend.title')}</h2>
      <p>{t('report.trend.intro')}</p>
      <div className={dataTableStyles.tableScroll} role="region" aria-labelledby="report-trend-caption" tabIndex={0}>
        <table className={dataTableStyles.dataTable}>
          <caption id="report-trend-caption">{t('report.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.aspect')}</th>
              {columns.map((point, index) => (
                <th key={index} scope="col" className={dataTableStyles.num}>
                  {point.current ? t('report.trend.thisRound') : point.label}
                  {point.closedAt && <span className={dataTableStyles.dataTableSub}>{formatDate(point.closedAt, locale)}</span>}
                </th>
              ))}
              <th scope="col" className={dataTableStyles.num}>
                {t('report.trend.change')}
              </th>
              <th scope="col">{t('report.trend.line')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const change = trendChange(row.points);
              return (
                <tr key={row.key}>
                  <th scope="row">{aspectName(row.key, locale)}</th>
                  {row.points.map((point, index) => (
                    <td key={index} className={dataTableStyles.num}>
                      {formatScore(point.value, locale)}
                    </td>
                  ))}
                  <td className={dataTableStyles.num}>{change === null ? '–' : formatDifference(change, locale)}</td>
                  <td>
                    <TrendLine points={row.points} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
