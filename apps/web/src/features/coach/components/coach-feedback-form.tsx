import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, FormAlert, TextAreaField } from '../../../ui';
import { fieldDescriptionIds } from '../../../ui/field';
import { useCoachFeedback } from '../hooks/use-coach-actions';
import styles from './coach-feedback-form.module.css';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';

/** After completing: did the company follow up? (yes/no and a note). */
export function CoachFeedbackForm({ referralId, onSaved }: { referralId: string; onSaved: () => void }) {
  const t = useT();
  const feedback = useCoachFeedback();
  const apiErrors = useFormErrors(feedback.error);
  const [followedUp, setFollowedUp] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const fields = { ...apiErrors.fields, ...local };
  const id = `coach-feedback-${referralId}`;
  const groupIds = fieldDescriptionIds(`${id}-followed`, undefined, fields.followedUp);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (followedUp === null) {
      setLocal({ followedUp: t('coach.feedback.missing') });
      return;
    }
    setLocal({});
    const text = note.trim();
    feedback.mutate({ referralId, body: { followedUp, ...(text ? { note: text } : {}) } }, { onSuccess: onSaved });
  }

  return (
    <form className={styles.form} noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className={styles.title}>
        {t('coach.feedback.title')}
      </h4>
      <FormAlert key={attempt} message={attempt > 0 ? (local.followedUp ?? apiErrors.summary) : null} />
      <fieldset id={`${id}-followed`} className={styles.group} aria-describedby={groupIds.describedBy}>
        <legend className={fieldStyles.fieldLabel}>{t('coach.feedback.legend')}</legend>
        {fields.followedUp && (
          <p className={fieldStyles.fieldError} id={groupIds.errorId}>
            <span className="visually-hidden">{t('common.errorPrefix')} </span>
            {fields.followedUp}
          </p>
        )}
        {[true, false].map((value) => (
          <label key={String(value)} className={styles.option}>
            <input type="radio" name={`${id}-followed`} checked={followedUp === value} onChange={() => setFollowedUp(value)} />
            <span>{value ? t('coach.feedback.yes') : t('coach.feedback.no')}</span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id={`${id}-note`}
        name="note"
        label={t('coach.feedback.note')}
        optional
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fields.note}
      />
      <div className={formStyles.formActions}>
        <Button type="submit" busy={feedback.isPending} busyLabel={t('common.saving')}>
          {t('coach.feedback.submit')}
        </Button>
      </div>
    </form>
  );
}
