import type { MatchReason } from '@groeiwijzer/domain';
import { useT } from '../../../i18n';
import { formatPoints, weightedReasons } from '../recommendation-model';
import styles from './why-details.module.css';

interface WhyDetailsProps {
  reasons: readonly MatchReason[];
  score: number;
}

/** "Waarom zie ik dit?": the factors behind the place in the list, strongest first, each with
 * the points it counted and a bar to compare them at a glance (the number is the real cue). */
export function WhyDetails({ reasons, score }: WhyDetailsProps) {
  const t = useT();
  if (reasons.length === 0) return null;
  return (
    <details className={styles.why}>
      <summary className={styles.summary}>{t('matching.card.why')}</summary>
      <p className={styles.intro}>{t('matching.card.whyIntro')}</p>
      <ol className={styles.reasons}>
        {weightedReasons(reasons).map(({ reason, share }, index) => (
          <li key={`${reason.code}-${index}`} className={styles.reason}>
            <span className={styles.text}>{reason.text}</span>
            {share === null || reason.weight === undefined ? (
              <span className={styles.info}>{t('matching.card.info')}</span>
            ) : (
              <span className={styles.weight}>
                <span className={styles.track} aria-hidden="true">
                  <span className={reason.weight < 0 ? styles.barNegative : styles.bar} style={{ width: `${Math.round(share * 100)}%` }} />
                </span>
                <span className={styles.points}>
                  {formatPoints(reason.weight)}
                  <span className="visually-hidden"> {t('matching.card.points')}</span>
                </span>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className={styles.total}>{t('matching.card.total', { score: Math.round(score) })}</p>
    </details>
  );
}
