import type { DeclineReason } from '@groeiwijzer/contracts';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, FormAlert, SelectField, TextAreaField } from '../../../ui';
import { declineReasonKey } from '../../referrals/referral-model';
import styles from './decline-form.module.css';
import formStyles from '../../../ui/form.module.css';

const REASONS: readonly DeclineReason[] = ['no_capacity', 'not_my_expertise', 'outside_region', 'other'];

interface DeclineFormProps {
  id: string;
  busy: boolean;
  /** The decline mutation's error, shown at its fields. */
  error: unknown;
  onSubmit: (reason: DeclineReason, note: string) => void;
  onCancel: () => void;
}

/** Declining carries a reason code (and, if the coach wants, a note the owner reads). */
export function DeclineForm({ id, busy, error, onSubmit, onCancel }: DeclineFormProps) {
  const t = useT();
  const apiErrors = useFormErrors(error);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const fields = { ...apiErrors.fields, ...local };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!reason) {
      setLocal({ reason: t('coach.decline.reasonMissing') });
      return;
    }
    setLocal({});
    onSubmit(reason, note.trim());
  }

  return (
    <form className={styles.form} noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className={styles.title}>
        {t('coach.decline.title')}
      </h4>
      <FormAlert key={attempt} message={attempt > 0 ? (local.reason ?? apiErrors.summary) : null} />
      <SelectField
        id={`${id}-reason`}
        name="reason"
        label={t('coach.decline.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value as DeclineReason | '')}
        error={fields.reason}
      >
        <option value="">{t('coach.decline.reasonPlaceholder')}</option>
        {REASONS.map((value) => (
          <option key={value} value={value}>
            {t(`coach.decline.reasons.${declineReasonKey(value)}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${id}-note`}
        name="note"
        label={t('coach.decline.note')}
        hint={t('coach.decline.noteHint')}
        optional
        rows={3}
        maxLength={1000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fields.note}
      />
      <div className={formStyles.formActions}>
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {t('coach.decline.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
