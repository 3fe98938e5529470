import type { FormEvent } from 'react';
import type { SurveyT } from '../../i18n/survey';
import { Alert } from '../../ui/alert';
import { MAX_COMMENT_LENGTH } from '../survey-steps';
import { SurveyHeading } from './survey-heading';
import { SurveyProgressBar } from './survey-progress-bar';
import { cx } from '../../ui/cx';
import surveyStyles from '../survey.module.css';
import buttonStyles from '../../ui/button.module.css';
import fieldStyles from '../../ui/field.module.css';
import scaleQuestionStyles from '../../ui/scale-question.module.css';

interface FinalScreenProps {
  t: SurveyT;
  groups: readonly string[];
  number: number;
  total: number;
  group: string;
  comment: string;
  focus: boolean;
  submitting: boolean;
  failed: number;
  onGroup: (group: string) => void;
  onComment: (comment: string) => void;
  onBack: () => void;
  onSubmit: () => void;
}

/** Optional group and comment, then send. */
export function FinalScreen(props: FinalScreenProps) {
  const { t, groups, number, total, group, comment, focus, submitting, failed, onGroup, onComment, onBack, onSubmit } = props;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!submitting) onSubmit();
  }

  return (
    <div className={surveyStyles.surveyStep}>
      <SurveyProgressBar t={t} step={number} total={total} />
      <SurveyHeading focus={focus} documentTitle={t('app.documentTitle', { page: t('final.title') })}>
        {t('final.title')}
      </SurveyHeading>
      <p>{t('final.intro')}</p>
      {failed > 0 && (
        <Alert key={failed} tone="error" focusOnMount>
          <p>{t('final.submitFailed')}</p>
        </Alert>
      )}
      <form className={surveyStyles.surveyForm} noValidate onSubmit={submit}>
        {groups.length > 0 && (
          <fieldset className={scaleQuestionStyles.scaleQuestion} aria-describedby="survey-group-hint">
            <legend className={scaleQuestionStyles.scaleQuestionLegend}>
              {t('final.groupLegend')} <span className={fieldStyles.fieldOptional}>{t('common.optional')}</span>
            </legend>
            <p className={fieldStyles.fieldHint} id="survey-group-hint">
              {t('final.groupHint')}
            </p>
            <div className={cx(scaleQuestionStyles.scaleQuestionOptions, scaleQuestionStyles.scaleQuestionOptionsList)}>
              {groups.map((name) => (
                <label key={name} className={scaleQuestionStyles.scaleOption}>
                  <input type="radio" name="group" value={name} checked={group === name} onChange={() => onGroup(name)} />
                  <span>{name}</span>
                </label>
              ))}
              <label className={cx(scaleQuestionStyles.scaleOption, scaleQuestionStyles.scaleOptionDontKnow)}>
                <input type="radio" name="group" value="" checked={group === ''} onChange={() => onGroup('')} />
                <span>{t('final.groupNone')}</span>
              </label>
            </div>
          </fieldset>
        )}
        <div className={fieldStyles.field}>
          <label className={fieldStyles.fieldLabel} htmlFor="survey-comment">
            {t('final.commentLabel')} <span className={fieldStyles.fieldOptional}>{t('common.optional')}</span>
          </label>
          <p className={fieldStyles.fieldHint} id="survey-comment-hint">
            {t('final.commentHint')}
          </p>
          <textarea
            id="survey-comment"
            name="comment"
            className={cx(fieldStyles.fieldInput, fieldStyles.fieldTextarea)}
            rows={5}
            maxLength={MAX_COMMENT_LENGTH}
            aria-describedby="survey-comment-hint"
            value={comment}
            onChange={(event) => onComment(event.target.value)}
          />
        </div>
        <div className={surveyStyles.surveyNav}>
          <button type="button" className={cx(buttonStyles.button, buttonStyles.buttonSecondary)} onClick={onBack}>
            {t('step.back')}
          </button>
          <button type="submit" className={cx(buttonStyles.button, buttonStyles.buttonPrimary, surveyStyles.buttonPrimary)} disabled={submitting} aria-busy={submitting || undefined}>
            {submitting ? t('common.sending') : t('final.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
