/** The mail outbox as the admin API shows it (GET /api/admin/outbox), and the small rules the
 * mail page applies to it. */

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type MailCategory = 'transactional' | 'reminder';

export interface OutboxMail {
  id: string;
  /** What the mail is for, e.g. `magic_link`, `scan_invitation`. */
  kind: string;
  category: MailCategory | string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxResponse {
  counts: Record<OutboxStatus, number>;
  /** The latest 200, newest first. */
  mails: OutboxMail[];
}

export function isOutboxStatus(value: unknown): value is OutboxStatus {
  return typeof value === 'string' && (OUTBOX_STATUSES as readonly string[]).includes(value);
}

/** The status filter from the address bar (`?status=dead`); anything else means all mail. */
export function parseStatusFilter(value: string | null | undefined): OutboxStatus | null {
  return isOutboxStatus(value) ? value : null;
}

/** Only a mail that failed for good, or still waits, can be put back in the queue (the API
 * refuses the others). */
export function canResend(status: OutboxStatus): boolean {
  return status === 'dead' || status === 'pending';
}

/** A next attempt only means something while the mail is still on its way. */
export function showsNextAttempt(status: OutboxStatus): boolean {
  return status === 'pending' || status === 'sending';
}

export function isMailCategory(value: unknown): value is MailCategory {
  return value === 'transactional' || value === 'reminder';
}

/** Counts with every status present (0 when the API left one out). */
export function completeCounts(counts: Partial<Record<string, number>> | undefined): Record<OutboxStatus, number> {
  const result = { pending: 0, sending: 0, sent: 0, dead: 0 };
  for (const status of OUTBOX_STATUSES) {
    const value = counts?.[status];
    if (typeof value === 'number' && Number.isFinite(value)) result[status] = value;
  }
  return result;
}
