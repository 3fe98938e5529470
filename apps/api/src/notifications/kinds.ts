/** Kinds of reminder mail a person can switch off. Mail that must go (sign-in links, invitations
 * someone asked to send) is transactional and not listed here. */
export const REMINDER_KINDS = ['scan', 'schemes', 'plan', 'referrals', 'rescan', 'publisher'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const QUIET_START_HOUR = 21;
const QUIET_END_HOUR = 7;

const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Reminders are not sent between 21:00 and 07:00 in the Netherlands: the first moment at or after
 * `now` outside quiet hours (to the minute). */
export function outsideQuietHours(now: Date): Date {
  const [hour, minute] = hourFormat.format(now).split(':').map(Number);
  if (hour >= QUIET_END_HOUR && hour < QUIET_START_HOUR) return now;
  const minutesUntilSeven = ((QUIET_END_HOUR - hour + 24) % 24) * 60 - minute;
  const at = new Date(now.getTime() + minutesUntilSeven * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}
