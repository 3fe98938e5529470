import type { ItemScoreView, ReportReady } from '@groeiwijzer/contracts';
import { getInstrument, INSTRUMENT_V1, itemText, type Instrument } from '@groeiwijzer/domain';
import { plural, useLocale, useT } from '../../../i18n';
import { formatScore, formatShare } from '../../../lib/format';
import { aspectName, distributionPercentages, reportAspectKeys } from '../report-model';
import reportStyles from '../report.module.css';
import { cx, variant } from '../../../ui/cx';
import styles from './aspect-scores-section.module.css';

function instrumentOf(version: number): Instrument {
  try {
    return getInstrument(version);
  } catch {
    return INSTRUMENT_V1;
  }
}

/** One stacked bar of the five answers, with the counts as its accessible name. */
function DistributionBar({ distribution, labels, label }: { distribution: number[]; labels: readonly string[]; label: string }) {
  const percentages = distributionPercentages(distribution);
  return (
    <div className={styles.distribution} role="img" aria-label={label}>
      {percentages.map((percentage, index) =>
        percentage > 0 ? (
          <span
            key={index}
            className={cx(styles.distributionPart, variant(styles, 'distributionPart', index + 1))}
            style={{ width: `${percentage}%` }}
            title={`${labels[index]}: ${distribution[index]}`}
          >
            {percentage >= 9 ? `${percentage}%` : ''}
          </span>
        ) : null,
      )}
    </div>
  );
}

/** Per aspect: mean, favourable share, the spread of answers, and the statements underneath. */
export function AspectScoresSection({ report }: { report: ReportReady }) {
  const t = useT();
  const { locale } = useLocale();
  const instrument = instrumentOf(report.instrumentVersion);
  const labels = instrument.scale.labels[locale];
  const itemsOf = (key: string) => report.items.filter((item) => item.aspect === key);
  const textOf = (item: ItemScoreView) => {
    const source = instrument.items.find((candidate) => candidate.id === item.id);
    return source ? itemText(source, locale) : item.id;
  };
  const describe = (distribution: number[]) =>
    t('report.scores.distributionLabel', {
      parts: labels.map((name, index) => `${name} ${distribution[index] ?? 0}`).join(', '),
    });

  return (
    <section aria-labelledby="report-scores" className={reportStyles.reportSection}>
      <h2 id="report-scores">{t('report.scores.title')}</h2>
      <p>{t('report.scores.intro')}</p>
      <ul className={cx(reportStyles.legend, styles.legendScale)} aria-label={t('report.scores.legend')}>
        {labels.map((name, index) => (
          <li key={name}>
            <span className={cx(styles.legendBox, variant(styles, 'distributionPart', index + 1))} aria-hidden="true" /> {name}
          </li>
        ))}
      </ul>
      <div className={styles.aspectScores}>
        {reportAspectKeys(report).map((key) => {
          const aspect = report.aspects.find((candidate) => candidate.key === key)!;
          const benchmark = report.benchmark?.aspects[key];
          return (
            <article key={key} className={styles.aspectScore} aria-labelledby={`aspect-score-${key}`}>
              <h3 id={`aspect-score-${key}`}>{aspectName(key, locale)}</h3>
              <p className={styles.aspectScoreNumbers}>
                <span>{t('report.scores.mean', { mean: formatScore(aspect.mean, locale) })}</span>
                <span>{t('report.scores.favourable', { share: formatShare(aspect.favourable, locale) })}</span>
                <span>{plural(t, 'report.scores.people', aspect.n)}</span>
                {typeof benchmark === 'number' && <span>{t('report.scores.benchmark', { mean: formatScore(benchmark, locale) })}</span>}
              </p>
              <DistributionBar distribution={aspect.distribution} labels={labels} label={describe(aspect.distribution)} />
              {itemsOf(key).length > 0 && (
                <details className={styles.aspectScoreItems}>
                  <summary>{t('report.scores.itemsToggle')}</summary>
                  <ul>
                    {itemsOf(key).map((item) => (
                      <li key={item.id}>
                        <span>{textOf(item)}</span>
                        <span className={styles.aspectScoreItemNumbers}>
                          {t('report.scoreLine', { mean: formatScore(item.mean, locale), favourable: formatShare(item.favourable, locale) })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
