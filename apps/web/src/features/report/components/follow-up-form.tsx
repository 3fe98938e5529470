import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FollowUpRequest } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { isoDateInAmsterdam } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, FormAlert, SelectField } from '../../../ui';
import { FieldFrame } from '../../../ui/field';
import { durationChoices, formatDuration, toFollowUpRequest, type FollowUpFormValues } from '../follow-up-values';
import { cx } from '../../../ui/cx';
import followUpStyles from '../follow-up.module.css';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';

interface FollowUpFormProps {
  initial: FollowUpFormValues;
  /** Moving a planned session (the submit says so, and there is a way back). */
  moving: boolean;
  busy: boolean;
  /** What the plan mutation threw, if anything. */
  error: unknown;
  /** Changes per submit, so the error summary takes focus again. */
  submittedAt: number;
  onSubmit: (request: FollowUpRequest) => void;
  onCancel?: () => void;
}

/** Date, time, duration and place of the follow-up session. The API judges the moment (future,
 * within a year); its words appear at the date and time. */
export function FollowUpForm({ initial, moving, busy, error, submittedAt, onSubmit, onCancel }: FollowUpFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const errors = useFormErrors(error);
  const [values, setValues] = useState(initial);
  // A missing date or time is told here, without asking the API.
  const [missing, setMissing] = useState<{ at: number } | null>(null);
  const dateInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Opened to move the session: start at the date.
    if (moving) dateInput.current?.focus();
  }, [moving]);

  const set = (field: keyof FollowUpFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = toFollowUpRequest(values);
    if (!request) {
      setMissing({ at: Date.now() });
      return;
    }
    setMissing(null);
    onSubmit(request);
  }

  const whenError = missing ? t('report.followUp.missingWhen') : errors.fields.startsAt;
  const whenErrorId = whenError ? 'follow-up-when-error' : undefined;
  const describe = (own: string | undefined) => [own, whenErrorId].filter(Boolean).join(' ') || undefined;

  return (
    <form className={cx(formStyles.form, followUpStyles.followUpForm)} noValidate onSubmit={submit}>
      {missing ? (
        <FormAlert key={missing.at} message={whenError ?? null} />
      ) : (
        <FormAlert key={submittedAt} message={errors.summary} />
      )}
      <fieldset className={cx(followUpStyles.followUpWhen, whenError && followUpStyles.followUpWhenError)} aria-describedby={whenErrorId}>
        <legend className={fieldStyles.fieldLabel}>{t('report.followUp.fields.when')}</legend>
        {whenError && (
          <p className={fieldStyles.fieldError} id={whenErrorId}>
            <span className="visually-hidden">{t('common.errorPrefix')} </span>
            {whenError}
          </p>
        )}
        <div className={followUpStyles.followUpWhenInputs}>
          <FieldFrame id="follow-up-date" label={t('report.followUp.fields.date')}>
            {(aria) => (
              <input
                ref={dateInput}
                id="follow-up-date"
                name="date"
                type="date"
                className={fieldStyles.fieldInput}
                min={isoDateInAmsterdam()}
                max={isoDateInAmsterdam(new Date(), 365)}
                value={values.date}
                onChange={set('date')}
                aria-invalid={whenError ? true : undefined}
                aria-describedby={describe(aria['aria-describedby'])}
              />
            )}
          </FieldFrame>
          <FieldFrame id="follow-up-time" label={t('report.followUp.fields.time')} hint={t('report.followUp.fields.timeHint')}>
            {(aria) => (
              <input
                id="follow-up-time"
                name="time"
                type="time"
                className={fieldStyles.fieldInput}
                value={values.time}
                onChange={set('time')}
                aria-invalid={whenError ? true : undefined}
                aria-describedby={describe(aria['aria-describedby'])}
              />
            )}
          </FieldFrame>
        </div>
      </fieldset>
      <SelectField
        id="follow-up-minutes"
        name="minutes"
        className={fieldStyles.fieldShort}
        label={t('report.followUp.fields.duration')}
        value={values.minutes}
        onChange={set('minutes')}
        error={errors.fields.minutes}
      >
        {durationChoices(Number(values.minutes)).map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {formatDuration(minutes, locale)}
          </option>
        ))}
      </SelectField>
      <FieldFrame
        id="follow-up-location"
        label={t('report.followUp.fields.location')}
        hint={t('report.followUp.fields.locationHint')}
        error={errors.fields.location}
        optional
      >
        {(aria) => (
          <input
            {...aria}
            id="follow-up-location"
            name="location"
            type="text"
            className={fieldStyles.fieldInput}
            maxLength={200}
            value={values.location}
            onChange={set('location')}
          />
        )}
      </FieldFrame>
      <div className={formStyles.formActions}>
        <Button type="submit" busy={busy} busyLabel={t('common.saving')}>
          {moving ? t('report.followUp.submitMove') : t('report.followUp.submit')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
