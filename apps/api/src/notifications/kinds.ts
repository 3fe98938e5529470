import { amsterdamHour, nextAmsterdamHour } from '../common/time/amsterdam';

/** Kinds of reminder mail a person can switch off. Mail that must go (sign-in links, invitations
 * someone asked to send) is transactional and not listed here. */
export const REMINDER_KINDS = ['scan', 'schemes', 'plan', 'referrals', 'rescan', 'publisher', 'offers'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface QuietHours {
  /** First quiet hour (local time), e.g. 21. */
  start: number;
  /** First hour that is not quiet any more, e.g. 7. */
  end: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: 21, end: 7 };

/** Reminders are not sent between 21:00 and 07:00 in the Netherlands: the first moment at or after
 * `now` outside quiet hours. `null` quiet hours (test setups only) never wait. */
export function outsideQuietHours(now: Date, quiet: QuietHours | null = DEFAULT_QUIET_HOURS): Date {
  if (!quiet) return now;
  const hour = amsterdamHour(now);
  const inQuiet = quiet.start > quiet.end ? hour >= quiet.start || hour < quiet.end : hour >= quiet.start && hour < quiet.end;
  return inQuiet ? nextAmsterdamHour(now, quiet.end) : now;
}
