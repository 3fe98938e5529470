import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, FormAlert, TextAreaField } from '../../../ui';
import { fieldDescriptionIds } from '../../../ui/field';
import { useOwnerFeedback } from '../hooks/use-owner-feedback';
import styles from './owner-feedback-form.module.css';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';

const RATINGS = [1, 2, 3, 4, 5] as const;

interface OwnerFeedbackFormProps {
  organisationId: string;
  referralId: string;
  onSent: () => void;
}

/** After completion: a rating from 1 to 5 and an optional comment; problems show at their fields. */
export function OwnerFeedbackForm({ organisationId, referralId, onSent }: OwnerFeedbackFormProps) {
  const t = useT();
  const feedback = useOwnerFeedback(organisationId);
  const apiErrors = useFormErrors(feedback.error);
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const fields = { ...apiErrors.fields, ...local };
  const id = `feedback-${referralId}`;
  const ratingIds = fieldDescriptionIds(`${id}-rating`, 'hint', fields.rating);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const problems: Record<string, string> = rating === null ? { rating: t('referrals.feedback.ratingMissing') } : {};
    setLocal(problems);
    if (rating === null) return;
    const text = comment.trim();
    feedback.mutate({ referralId, body: { rating, ...(text ? { comment: text } : {}) } }, { onSuccess: onSent });
  }

  return (
    <form className={styles.form} noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {t('referrals.feedback.title')}
      </h3>
      <FormAlert key={attempt} message={attempt > 0 ? (local.rating ?? apiErrors.summary) : null} />
      <fieldset
        id={`${id}-rating`}
        className={[styles.rating, fields.rating ? styles.error : ''].filter(Boolean).join(' ')}
        aria-describedby={ratingIds.describedBy}
      >
        <legend className={fieldStyles.fieldLabel}>{t('referrals.feedback.rating')}</legend>
        <p className={fieldStyles.fieldHint} id={ratingIds.hintId}>
          {t('referrals.feedback.ratingHint')}
        </p>
        {fields.rating && (
          <p className={fieldStyles.fieldError} id={ratingIds.errorId}>
            <span className="visually-hidden">{t('common.errorPrefix')} </span>
            {fields.rating}
          </p>
        )}
        <div className={styles.options}>
          {RATINGS.map((value) => (
            <label key={value} className={styles.option}>
              <input type="radio" name={`${id}-rating`} value={value} checked={rating === value} onChange={() => setRating(value)} />
              <span>{t(`referrals.feedback.ratings.r${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={`${id}-comment`}
        name="comment"
        label={t('referrals.feedback.comment')}
        hint={t('referrals.feedback.commentHint')}
        optional
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={fields.comment}
      />
      <div className={formStyles.formActions}>
        <Button type="submit" busy={feedback.isPending} busyLabel={t('common.sending')}>
          {t('referrals.feedback.submit')}
        </Button>
      </div>
    </form>
  );
}
