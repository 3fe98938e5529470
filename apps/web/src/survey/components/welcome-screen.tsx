import type { SurveyInfo } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';
import type { SurveyT } from '../../i18n/survey';
import { formatDate } from '../../lib/format';
import { Alert } from '../../ui/alert';
import { SurveyHeading } from './survey-heading';

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
    <div className="narrow survey-welcome">
      <p className="eyebrow">{t('welcome.eyebrow', { organisation })}</p>
      <SurveyHeading focus={focus} documentTitle={t('app.documentTitle', { page: info.roundTitle })}>
        {info.roundTitle}
      </SurveyHeading>
      <p className="lead">{t('welcome.intro', { organisation })}</p>
      <ul className="survey-facts">
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
          <div className="survey-nav survey-nav--stack">
            <button type="button" className="button button--primary" onClick={onResume}>
              {t('welcome.resume', { step: resumeAt })}
            </button>
            <button type="button" className="button button--quiet" onClick={onRestart}>
              {t('welcome.restart')}
            </button>
          </div>
        </>
      ) : (
        <div className="survey-nav survey-nav--stack">
          <button type="button" className="button button--primary" onClick={onStart}>
            {t('welcome.start')}
          </button>
        </div>
      )}
    </div>
  );
}
