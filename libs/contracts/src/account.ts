/* Answers of the account, privacy and notification routes that API.md leaves to docs/api.md. */

/** GET /api/me/tokens: a personal API token, without the secret. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** POST /api/me/tokens: the only answer that shows the secret (`gw_…`). */
export interface ApiTokenCreated {
  id: string;
  name: string;
  token: string;
  createdAt: string;
}

/** POST /api/auth/magic-link (202): the mail is on its way, whether or not the address has an account. */
export interface MagicLinkSentResponse {
  status: 'sent';
}

/** DELETE /api/organisations/:id, DELETE /api/me (202): erased at this moment unless undone. */
export interface ErasureScheduled {
  eraseAfter: string;
}

/** GET /api/me/erasure: null when no erasure is asked for. */
export interface AccountErasure {
  eraseAfter: string | null;
}

export type ReminderKind = 'scan' | 'schemes' | 'plan' | 'referrals' | 'rescan' | 'publisher' | 'offers';

/** GET/PATCH /api/me/notification-preferences: per kind, whether reminders of it are sent. */
export type NotificationPreferences = Record<ReminderKind, boolean>;

/** PATCH /api/me/notification-preferences: only the kinds to change. */
export type NotificationPreferencesPatch = Partial<NotificationPreferences>;

/** POST /api/unsubscribe/:token (JSON): a bundled mail's link has `kind: "all"`. */
export interface UnsubscribedResponse {
  status: 'unsubscribed';
  kind: ReminderKind | 'all';
}
