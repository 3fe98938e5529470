import { startTransition, useOptimistic, useState } from 'react';
import { useT } from '../../../i18n';
import { Alert, Loading, PageTitle } from '../../../ui';
import { useNotificationPreferences } from '../hooks/use-notification-preferences';
import { useUpdateNotificationPreference } from '../hooks/use-update-notification-preference';
import { REMINDER_KINDS, withPreference, type NotificationPreferences, type ReminderKind } from '../notification-preferences';
import { cx } from '../../../ui/cx';
import fieldStyles from '../../../ui/field.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './notification-preferences-page.module.css';

interface PreferenceListProps {
  preferences: NotificationPreferences;
  onChange: (kind: ReminderKind, on: boolean) => void;
}

/** One checkbox per kind of reminder, each with a line on what it is about. */
function PreferenceList({ preferences, onChange }: PreferenceListProps) {
  const t = useT();
  return (
    <fieldset className={styles.preferences} aria-describedby="notification-rules">
      <legend className={styles.preferencesLegend}>{t('settings.notifications.legend')}</legend>
      {REMINDER_KINDS.map((kind) => (
        <div key={kind} className={styles.preference}>
          <input
            id={`preference-${kind}`}
            name={kind}
            type="checkbox"
            checked={preferences[kind]}
            onChange={(event) => onChange(kind, event.target.checked)}
            aria-describedby={`preference-${kind}-hint`}
          />
          <label htmlFor={`preference-${kind}`}>{t(`settings.notifications.kinds.${kind}.label`)}</label>
          <p className={cx(fieldStyles.fieldHint, styles.preferenceHint)} id={`preference-${kind}-hint`}>
            {t(`settings.notifications.kinds.${kind}.hint`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

/** Which reminder mails the signed-in person wants. Each click saves at once. */
export function NotificationPreferencesPage() {
  const t = useT();
  const preferences = useNotificationPreferences();
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const update = useUpdateNotificationPreference({ onSaved: () => setStatus('saved'), onFailed: () => setStatus('failed') });
  // The cache changes at once too, but its subscribers hear of it a moment later; without this
  // the checkbox would jump back for that moment (and announce the old state).
  const [shown, showChange] = useOptimistic(preferences.data, (current, next: { kind: ReminderKind; on: boolean }) =>
    current ? withPreference(current, next.kind, next.on) : current,
  );

  function change(kind: ReminderKind, on: boolean) {
    // Cleared first, so "Opgeslagen." is announced again after each save.
    setStatus('idle');
    startTransition(async () => {
      showChange({ kind, on });
      // A failure is shown through onFailed (and the hook puts the checkbox back).
      await update.mutateAsync({ kind, on }).catch(() => undefined);
    });
  }

  return (
    <div className={pageStyles.narrow}>
      <PageTitle>{t('settings.notifications.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('settings.notifications.intro')}</p>
      <p id="notification-rules">{t('settings.notifications.rules')}</p>
      {preferences.isPending ? (
        <Loading />
      ) : preferences.isError || !shown ? (
        <Alert tone="error">
          <p>{t('errors.loadFailed')}</p>
        </Alert>
      ) : (
        <PreferenceList preferences={shown} onChange={change} />
      )}
      <p className={styles.settingsStatus} role="status">
        {status === 'saved' ? t('settings.notifications.saved') : ''}
      </p>
      {status === 'failed' && (
        <Alert tone="error">
          <p>{t('settings.notifications.failed')}</p>
        </Alert>
      )}
    </div>
  );
}
