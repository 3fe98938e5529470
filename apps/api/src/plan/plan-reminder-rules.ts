import { type PlanStatus } from '@groeiwijzer/contracts';

/** A scheme's application window, days as YYYY-MM-DD (both inclusive). */
export interface Window {
  opens: string;
  closes: string;
}

export type ReminderType = 'due' | 'opens' | 'closes';

export interface DueReminder {
  /** Names the moment it is about (`due:2027-03-01`, `opens:2027-02-01`, `closes:2027-03-31`):
   * a moved date or window is another key, so it gets its own reminder, and the old one none. */
  key: string;
  type: ReminderType;
  /** The reminder kind a person can switch off: the plan's own dates, or schemes. */
  kind: 'plan' | 'schemes';
  /** The day the reminder is about. */
  date: string;
  window: Window | null;
}

/** How many days before a window closes the owners hear about it. */
export const CLOSING_NOTICE_DAYS = 7;

/** Calendar arithmetic on YYYY-MM-DD days as UTC midnights (no time zone can shift a day). Our own
 * three lines: the domain's date helpers are private to matching. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The reminders a step is due for on `today` (its Amsterdam day). A done step gets none.
 * - due date: on the day before it;
 * - a linked scheme's window: on the day it opens, and from 7 days before it closes up to the
 *   closing day (once the window is open), so a step added, or a window moved, within the last
 *   week still gets its warning; the key makes it one per closing day.
 */
export function remindersDue(step: { status: PlanStatus; dueDate: string | null; windows: readonly Window[] | null }, today: string): DueReminder[] {
  if (step.status === 'done') return [];
  const out: DueReminder[] = [];
  if (step.dueDate && addDays(step.dueDate, -1) === today) {
    out.push({ key: `due:${step.dueDate}`, type: 'due', kind: 'plan', date: step.dueDate, window: null });
  }
  for (const w of step.windows ?? []) {
    if (w.opens === today) out.push({ key: `opens:${w.opens}`, type: 'opens', kind: 'schemes', date: w.opens, window: w });
    if (w.opens <= today && addDays(w.closes, -CLOSING_NOTICE_DAYS) <= today && today <= w.closes) {
      out.push({ key: `closes:${w.closes}`, type: 'closes', kind: 'schemes', date: w.closes, window: w });
    }
  }
  // Two windows on the same day would give one key twice: one reminder is enough.
  return out.filter((r, i) => out.findIndex((o) => o.key === r.key) === i);
}
