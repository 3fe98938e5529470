import { apiFetch } from '../../../lib/api';
import type { NotificationPreferences } from '../notification-preferences';

export const settingsApi = {
  getNotificationPreferences: () => apiFetch<NotificationPreferences>('/api/me/notification-preferences'),
  /** Changes only the kinds named; answers with all of them. */
  updateNotificationPreferences: (changes: Partial<NotificationPreferences>) =>
    apiFetch<NotificationPreferences>('/api/me/notification-preferences', { method: 'PATCH', body: changes }),
};
