import type { SurveyInfo } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';
import type { SurveyT } from '../../i18n/survey';
import { formatDate } from '../../lib/format';
import { Alert } from '../../ui/alert';
import { SurveyHeading } from './survey-heading';
import { cx } from '../../ui/cx';
import surveyStyles from '../survey.module.css';
import buttonStyles from '../../ui/button.module.css';
import pageStyles from '../../ui/page.module.css';
import styles from './welcome-screen.module.css';

interface WelcomeScreenProps {
  t: SurveyT;
  locale: Locale;
  info: SurveyInfo;
  steps: number;
  /** Screen number (1-based) to resume at, when earlier answers were restored. */
  resumeAt: number | null;
  focus: boolean;
  onStart: () => void;
  onResume: () => void;
  onRestart: () => void;
}

export function WelcomeScreen({ t, locale, info, steps, resumeAt, focus, onStart, onResume, onRestart }: WelcomeScreenProps) {
  const organisation = info.organisation;
  return (
    <div className={pageStyles.narrow}>
      <p className={pageStyles.eyebrow}>{t('welcome.eyebrow', { organisation })}</p>
      <SurveyHeading focus={focus} documentTitle={t('app.documentTitle', { page: info.roundTitle })}>
        {info.roundTitle}
      </SurveyHeading>
      <p className={pageStyles.lead}>{t('welcome.intro', { organisation })}</p>
      <ul className={styles.surveyFacts}>
        <li>
          <strong>{t('welcome.anonymousTitle')}</strong>
          <span>{t('welcome.anonymousText')}</span>
        </li>
        <li>
          <strong>{t('welcome.durationTitle')}</strong>
          <span>{t('welcome.durationText', { count: info.instrument.items.length, steps })}</span>
        </li>
        <li>
          <strong>{t('welcome.closesTitle', { date: formatDate(info.closesAt, locale) })}</strong>
          <span>{t('welcome.closesText')}</span>
        </li>
      </ul>
      {resumeAt !== null ? (
        <>
          <Alert tone="info">
            <p>{t('welcome.resumeNotice')}</p>
          </Alert>
          <div className={cx(surveyStyles.surveyNav, styles.surveyNavStack)}>
            <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonPrimary, surveyStyles.buttonPrimary)} onClick={onResume}>
              {t('welcome.resume', { step: resumeAt })}
            </button>
            <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonQuiet)} onClick={onRestart}>
              {t('welcome.restart')}
            </button>
          </div>
        </>
      ) : (
        <div className={cx(surveyStyles.surveyNav, styles.surveyNavStack)}>
          <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonPrimary, surveyStyles.buttonPrimary)} onClick={onStart}>
            {t('welcome.start')}
          </button>
        </div>
      )}
    </div>
  );
}
