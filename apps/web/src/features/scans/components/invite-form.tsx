import { useMemo, useState, type FormEvent } from 'react';
import { plural, useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, FormAlert, TextAreaField } from '../../../ui';
import { parseEmailList } from '../email-list';
import { useInvite } from '../hooks/use-invite';
import fieldStyles from '../../../ui/field.module.css';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './invite-form.module.css';

/** Personal links by e-mail: paste addresses, see what was sent and what was not. */
export function InviteForm({ roundId }: { roundId: string }) {
  const t = useT();
  const invite = useInvite(roundId);
  const errors = useFormErrors(invite.error);
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(0);
  const emails = useMemo(() => parseEmailList(text), [text]);
  const result = invite.data;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (emails.length === 0) {
      setEmpty((count) => count + 1);
      return;
    }
    setEmpty(0);
    invite.mutate(emails, { onSuccess: () => setText('') });
  }

  return (
    <section aria-labelledby="round-invite" className={pageStyles.panel}>
      <h2 id="round-invite">{t('scans.invite.title')}</h2>
      <p>{t('scans.invite.intro')}</p>
      <form className={formStyles.form} noValidate onSubmit={submit}>
        <FormAlert key={invite.submittedAt} message={errors.summary} />
        <TextAreaField
          id="invite-emails"
          name="emails"
          label={t('scans.invite.label')}
          hint={t('scans.invite.hint')}
          rows={6}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={empty > 0 ? t('scans.invite.empty') : undefined}
        />
        <p className={fieldStyles.fieldHint} aria-live="polite">
          {emails.length > 0 ? plural(t, 'scans.invite.found', emails.length) : ''}
        </p>
        <div className={formStyles.formActions}>
          <Button type="submit" busy={invite.isPending} busyLabel={t('common.sending')}>
            {t('scans.invite.submit')}
          </Button>
        </div>
      </form>
      {result && !invite.isPending && (
        <Alert tone={result.invited > 0 ? 'success' : 'info'} title={plural(t, 'scans.invite.resultInvited', result.invited)}>
          {result.duplicates.length > 0 && (
            <>
              <p>{t('scans.invite.resultDuplicates', { count: result.duplicates.length })}</p>
              <ul className={styles.addressList}>
                {result.duplicates.map((address) => (
                  <li key={address}>{address}</li>
                ))}
              </ul>
            </>
          )}
          {result.invalid.length > 0 && (
            <>
              <p>{t('scans.invite.resultInvalid', { count: result.invalid.length })}</p>
              <ul className={styles.addressList}>
                {result.invalid.map((address) => (
                  <li key={address}>{address}</li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </section>
  );
}
