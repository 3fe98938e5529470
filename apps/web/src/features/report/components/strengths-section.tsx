import type { AspectScoreView, ReportReady } from '@groeiwijzer/contracts';
import { ASPECT_GUIDANCE, OVERALL_PICTURE_TEXT, type AspectKey } from '@groeiwijzer/domain';
import { useLocale, useT } from '../../../i18n';
import { formatScore, formatShare } from '../../../lib/format';
import { aspectName, overallPictureOf } from '../report-model';
import reportStyles from '../report.module.css';
import pageStyles from '../../../ui/page.module.css';
import { cx, variant } from '../../../ui/cx';
import styles from './strengths-section.module.css';

function Finding({ aspect, kind }: { aspect: AspectScoreView | undefined; kind: 'strength' | 'weakSpot' }) {
  const t = useT();
  const { locale } = useLocale();
  if (!aspect) return null;
  return (
    <li className={cx(styles.finding, variant(styles, 'finding', kind))}>
      <h4 className={styles.findingTitle}>{aspectName(aspect.key, locale)}</h4>
      <p className={styles.findingScore}>
        {t('report.scoreLine', { mean: formatScore(aspect.mean, locale), favourable: formatShare(aspect.favourable, locale) })}
      </p>
      <p>{ASPECT_GUIDANCE[aspect.key][kind][locale]}</p>
    </li>
  );
}

/** Strengths and weak spots in plain words, worded for the overall picture (all high, all low …). */
export function StrengthsSection({ report }: { report: ReportReady }) {
  const t = useT();
  const { locale } = useLocale();
  const picture = OVERALL_PICTURE_TEXT[overallPictureOf(report.overall)];
  const byKey = (key: AspectKey) => report.aspects.find((aspect) => aspect.key === key);

  return (
    <section aria-labelledby="report-findings" className={reportStyles.reportSection}>
      <h2 id="report-findings">{t('report.findings.title')}</h2>
      <p className={cx(pageStyles.lead, reportStyles.lead)}>{picture.summary[locale]}</p>
      <div className={styles.findings}>
        <div>
          <h3>{picture.strengthsHeading[locale]}</h3>
          <ul className={styles.findingList}>
            {report.strengths.map((key) => (
              <Finding key={key} aspect={byKey(key)} kind="strength" />
            ))}
          </ul>
        </div>
        <div>
          <h3>{picture.weakSpotsHeading[locale]}</h3>
          <ul className={styles.findingList}>
            {report.weakSpots.map((key) => (
              <Finding key={key} aspect={byKey(key)} kind="weakSpot" />
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
