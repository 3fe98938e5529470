import type { SurveyT } from '../../i18n/survey';
import type { SurveyProblem } from '../survey-api';
import { SurveyHeading } from './survey-heading';
import { cx } from '../../ui/cx';
import surveyStyles from '../survey.module.css';
import buttonStyles from '../../ui/button.module.css';
import pageStyles from '../../ui/page.module.css';

const TEXTS = {
  not_found: ['problems.notFoundTitle', 'problems.notFoundText'],
  already_answered: ['problems.alreadyAnsweredTitle', 'problems.alreadyAnsweredText'],
  round_closed: ['problems.closedTitle', 'problems.closedText'],
  link_closed: ['problems.linkClosedTitle', 'problems.linkClosedText'],
  round_full: ['problems.fullTitle', 'problems.fullText'],
  busy: ['problems.busyTitle', 'problems.busyText'],
  network: ['problems.networkTitle', 'problems.networkText'],
  invalid: ['problems.unknownTitle', 'problems.unknownText'],
  unknown: ['problems.unknownTitle', 'problems.unknownText'],
} as const;

interface SurveyProblemViewProps {
  t: SurveyT;
  problem: SurveyProblem;
  focus: boolean;
  onRetry?: () => void;
}

/** A link that cannot be used (unknown, used, closed) or a failed load, each in its own words. */
export function SurveyProblemView({ t, problem, focus, onRetry }: SurveyProblemViewProps) {
  const [titleKey, textKey] = TEXTS[problem];
  const title = t(titleKey);
  return (
    <div className={pageStyles.narrow} data-problem={problem}>
      <SurveyHeading focus={focus} documentTitle={t('app.documentTitle', { page: title })}>
        {title}
      </SurveyHeading>
      <p className={pageStyles.lead}>{t(textKey)}</p>
      {onRetry && (problem === 'network' || problem === 'unknown' || problem === 'busy') && (
        <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonPrimary, surveyStyles.buttonPrimary)} onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
