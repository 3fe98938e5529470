/** Kinds of reminder mail a person can switch off, in the order the page lists them. The API
 * names the same keys (GET/PATCH /api/me/notification-preferences); the shared contracts do not
 * have this type yet. */
export const REMINDER_KINDS = ['scan', 'rescan', 'schemes', 'plan', 'referrals', 'publisher', 'offers'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** true: the person wants this kind of reminder (the default for every kind). */
export type NotificationPreferences = Record<ReminderKind, boolean>;

/** The preferences with one kind switched; the rest as they are. */
export function withPreference(preferences: NotificationPreferences, kind: ReminderKind, on: boolean): NotificationPreferences {
  return { ...preferences, [kind]: on };
}
