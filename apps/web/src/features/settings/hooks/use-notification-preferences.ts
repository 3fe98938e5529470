import { useQuery } from '@tanstack/react-query';
import { settingsApi } from '../api/settings-api';

export const notificationPreferencesQueryKey = ['notification-preferences'] as const;

export function useNotificationPreferences() {
  return useQuery({ queryKey: notificationPreferencesQueryKey, queryFn: settingsApi.getNotificationPreferences });
}
