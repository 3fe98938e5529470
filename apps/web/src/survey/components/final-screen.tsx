import type { FormEvent } from 'react';
import type { SurveyT } from '../../i18n/survey';
import { Alert } from '../../ui/alert';
import { MAX_COMMENT_LENGTH } from '../survey-steps';
import { SurveyHeading } from './survey-heading';
import { SurveyProgressBar } from './survey-progress-bar';

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
    <div className="survey-step">
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
      <form className="survey-form" noValidate onSubmit={submit}>
        {groups.length > 0 && (
          <fieldset className="scale-question" aria-describedby="survey-group-hint">
            <legend className="scale-question__legend">
              {t('final.groupLegend')} <span className="field__optional">{t('common.optional')}</span>
            </legend>
            <p className="field__hint" id="survey-group-hint">
              {t('final.groupHint')}
            </p>
            <div className="scale-question__options scale-question__options--list">
              {groups.map((name) => (
                <label key={name} className="scale-option">
                  <input type="radio" name="group" value={name} checked={group === name} onChange={() => onGroup(name)} />
                  <span>{name}</span>
                </label>
              ))}
              <label className="scale-option scale-option--dont-know">
                <input type="radio" name="group" value="" checked={group === ''} onChange={() => onGroup('')} />
                <span>{t('final.groupNone')}</span>
              </label>
            </div>
          </fieldset>
        )}
        <div className="field">
          <label className="field__label" htmlFor="survey-comment">
            {t('final.commentLabel')} <span className="field__optional">{t('common.optional')}</span>
          </label>
          <p className="field__hint" id="survey-comment-hint">
            {t('final.commentHint')}
          </p>
          <textarea
            id="survey-comment"
            name="comment"
            className="field__input field__textarea"
            rows={5}
            maxLength={MAX_COMMENT_LENGTH}
            aria-describedby="survey-comment-hint"
            value={comment}
            onChange={(event) => onComment(event.target.value)}
          />
        </div>
        <div className="survey-nav">
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('step.back')}
          </button>
          <button type="submit" className="button button--primary" disabled={submitting} aria-busy={submitting || undefined}>
            {submitting ? t('common.sending') : t('final.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
