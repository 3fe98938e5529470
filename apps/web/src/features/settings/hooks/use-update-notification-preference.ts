import { useMutation, useQueryClient } from '@tanstack/react-query';
import { settingsApi } from '../api/settings-api';
import { withPreference, type NotificationPreferences, type ReminderKind } from '../notification-preferences';
import { notificationPreferencesQueryKey } from './use-notification-preferences';

const mutationKey = ['update-notification-preference'] as const;

interface Change {
  kind: ReminderKind;
  on: boolean;
}

interface Callbacks {
  /** After every save (also of a click made while another one was still saving). */
  onSaved?: () => void;
  onFailed?: (error: unknown) => void;
}

/** Switches one kind of reminder on or off. The checkbox changes at once; a failed save puts
 * that one kind back. Saves run one after the other, so quick clicks arrive in order. */
export function useUpdateNotificationPreference({ onSaved, onFailed }: Callbacks = {}) {
  const queryClient = useQueryClient();
  const setOne = (kind: ReminderKind, on: boolean) =>
    queryClient.setQueryData<NotificationPreferences>(notificationPreferencesQueryKey, (current) =>
      current ? withPreference(current, kind, on) : current,
    );
  return useMutation({
    mutationKey,
    scope: { id: 'notification-preferences' },
    mutationFn: ({ kind, on }: Change) => settingsApi.updateNotificationPreferences({ [kind]: on }),
    onMutate: async ({ kind, on }: Change) => {
      // Set first: a fetch cancelled afterwards falls back to this data, not to the old.
      setOne(kind, on);
      await queryClient.cancelQueries({ queryKey: notificationPreferencesQueryKey });
    },
    onError: (error, { kind, on }) => {
      setOne(kind, !on);
      onFailed?.(error);
    },
    onSuccess: (saved) => {
      // The answer is the whole truth only when no later change is still waiting to be saved.
      if (queryClient.isMutating({ mutationKey }) === 1) queryClient.setQueryData(notificationPreferencesQueryKey, saved);
      onSaved?.();
    },
  });
}
