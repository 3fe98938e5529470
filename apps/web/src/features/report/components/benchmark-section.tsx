import type { ReportReady } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import reportStyles from '../report.module.css';

/** Comparison with similar companies, or plainly that there are not enough of them yet. */
export function BenchmarkSection({ report }: { report: ReportReady }) {
  const t = useT();
  const benchmark = report.benchmark;
  return (
    <section aria-labelledby="report-benchmark" className={reportStyles.reportSection}>
      <h2 id="report-benchmark">{t('report.benchmark.title')}</h2>
      {benchmark ? (
        <p>
          {t(benchmark.scope === 'sector' ? 'report.benchmark.sector' : 'report.benchmark.region', {
            count: benchmark.organisations,
          })}
        </p>
      ) : (
        <p>{t('report.benchmark.none')}</p>
      )}
    </section>
  );
}
