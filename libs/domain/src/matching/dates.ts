/** Calendar arithmetic on plain days written as YYYY-MM-DD. Matching never reads the clock:
 * the caller passes today's date in Europe/Amsterdam. Days are handled as UTC midnights, so
 * no time zone or daylight-saving change can shift a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar day written as YYYY-MM-DD. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function assertCalendarDate(value: string, name = 'date'): void {
  if (!isCalendarDate(value)) throw new RangeError(`${name} must be a calendar date written as YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

const daysInMonth = (year: number, month1: number): number => new Date(Date.UTC(year, month1, 0)).getUTCDate();

/** Calendar months later, on the same day of the month, or the month's last day when it is
 * shorter: 2026-11-30 + 3 months = 2027-02-28, 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month1 = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month1));
  return `${year}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar date of a moment in Europe/Amsterdam (the platform's time zone). Pure: the
 * moment is passed in. */
export function amsterdamDate(moment: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** A YYYY-MM-DD string as it is, a Date as its Amsterdam calendar date. */
export function toCalendarDate(value: Date | string, name = 'date'): string {
  const date = typeof value === 'string' ? value : amsterdamDate(value);
  assertCalendarDate(date, name);
  return date;
}
