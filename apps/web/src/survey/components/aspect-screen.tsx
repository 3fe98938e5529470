import { useState, type FormEvent, type MouseEvent } from 'react';
import type { AnswerMap, InstrumentResponse } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';
import type { SurveyT } from '../../i18n/survey';
import { Alert } from '../../ui/alert';
import { ScaleQuestion } from '../../ui/scale-question';
import { unansweredItems, type AspectStep } from '../survey-steps';
import { SurveyHeading } from './survey-heading';
import { SurveyProgressBar } from './survey-progress-bar';
import { cx } from '../../ui/cx';
import surveyStyles from '../survey.module.css';
import buttonStyles from '../../ui/button.module.css';

interface AspectScreenProps {
  t: SurveyT;
  locale: Locale;
  instrument: InstrumentResponse;
  step: AspectStep;
  number: number;
  total: number;
  answers: AnswerMap;
  focus: boolean;
  onAnswer: (itemId: string, value: number | null) => void;
  onBack: () => void;
  onNext: () => void;
}

const questionId = (itemId: string) => `q-${itemId}`;

function focusQuestion(event: MouseEvent<HTMLAnchorElement>, itemId: string) {
  event.preventDefault();
  const fieldset = document.getElementById(questionId(itemId));
  fieldset?.scrollIntoView({ block: 'start' });
  fieldset?.querySelector<HTMLInputElement>('input')?.focus();
}

/** One aspect's statements. Next checks that each has an answer ("don't know" counts). */
export function AspectScreen(props: AspectScreenProps) {
  const { t, locale, instrument, step, number, total, answers, focus, onAnswer, onBack, onNext } = props;
  const [checked, setChecked] = useState(0);
  const missing = checked ? unansweredItems(step.items, answers) : [];
  const dontKnow = instrument.scale.dontKnow[locale];
  const title = step.name[locale];

  function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (unansweredItems(step.items, answers).length > 0) {
      setChecked((count) => count + 1);
      return;
    }
    onNext();
  }

  return (
    <div className={surveyStyles.surveyStep}>
      <SurveyProgressBar t={t} step={number} total={total} />
      <SurveyHeading focus={focus} documentTitle={t('app.documentTitle', { page: `${t('step.progress', { step: number, total })}: ${title}` })}>
        {title}
      </SurveyHeading>
      <p>{t('step.intro', { dontKnow })}</p>
      {missing.length > 0 && (
        <Alert key={checked} tone="error" title={t('step.missingTitle')} focusOnMount>
          <p>{t('step.missingText')}</p>
          <ul>
            {missing.map((item) => (
              <li key={item.id}>
                <a href={`#${questionId(item.id)}`} onClick={(event) => focusQuestion(event, item.id)}>
                  {item.text[locale]}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <form className={surveyStyles.surveyForm} noValidate onSubmit={next}>
        {step.items.map((item) => (
          <ScaleQuestion
            key={item.id}
            id={questionId(item.id)}
            legend={item.text[locale]}
            labels={instrument.scale.labels[locale]}
            dontKnowLabel={dontKnow}
            value={answers[item.id]}
            onChange={(value) => onAnswer(item.id, value)}
            error={missing.some((m) => m.id === item.id) ? t('step.missingOne') : undefined}
            errorPrefix={t('common.errorPrefix')}
          />
        ))}
        <div className={surveyStyles.surveyNav}>
          <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonSecondary)} onClick={onBack}>
            {t('step.back')}
          </button>
          <button type="submit" className={cx(buttonStyles.button, buttonStyles.buttonPrimary, surveyStyles.buttonPrimary)}>
            {t('step.next')}
          </button>
        </div>
      </form>
    </div>
  );
}
