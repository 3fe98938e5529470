import type { SurveyT } from '../../i18n/survey';
import styles from './survey-progress-bar.module.css';

/** "Stap 2 van 7" as text and as a progress bar with the same words for screen readers. */
export function SurveyProgressBar({ t, step, total }: { t: SurveyT; step: number; total: number }) {
  const label = t('step.progress', { step, total });
  return (
    <div className={styles.surveyProgress}>
      <p className={styles.surveyProgressLabel} id="survey-progress-label">
        {label}
      </p>
      <div
        className={styles.surveyProgressTrack}
        role="progressbar"
        aria-labelledby="survey-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={step}
        aria-valuetext={label}
      >
        <div className={styles.surveyProgressBar} style={{ width: `${Math.round((step / total) * 100)}%` }} />
      </div>
    </div>
  );
}
