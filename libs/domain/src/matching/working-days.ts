import { type Locale } from '../locale';
import { addDays, isoWeekday, toCalendarDate } from './dates';
import { matchingText, type MatchingTextKey } from './texts';

/**
 * Dutch working days: Monday to Friday, except the public holidays below. Used for follow-up
 * terms such as "no answer in 5 working days → reminder; after 10 → lapse".
 *
 * Our own code, not a holiday library: `date-holidays` (the well-kept one) installs 45 MB with
 * moment, moment-timezone, astronomia and lodash, and the domain is bundled into the web app.
 * The Dutch rule set is ten dates around one Easter computation, and the tests pin every rule
 * against known dates.
 *
 * Which days: the "algemeen erkende feestdagen" of the Algemene termijnenwet (art. 3), the law
 * that extends Dutch terms past holidays — Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag,
 * Bevrijdingsdag (5 May every year, as that law says, not only in lustrum years), Hemelvaartsdag,
 * Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Goede Vrijdag is not in that law and
 * most companies work then: a working day. Koningsdag is 27 April, or 26 April when the 27th is
 * a Sunday (the rule since 2014; earlier years are not needed and get the same rule).
 */

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string;
  key: HolidayKey;
  name: string;
}

export type HolidayKey =
  | 'new_year' | 'easter_sunday' | 'easter_monday' | 'kings_day' | 'liberation_day'
  | 'ascension' | 'whit_sunday' | 'whit_monday' | 'christmas' | 'boxing_day';

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, { date: string; key: HolidayKey }[]>();

function holidaysOf(year: number): { date: string; key: HolidayKey }[] {
  let list = holidayCache.get(year);
  if (!list) {
    const easter = easterSunday(year);
    const kingsDay = `${year}-04-27`;
    list = [
      { date: `${year}-01-01`, key: 'new_year' },
      { date: easter, key: 'easter_sunday' },
      { date: addDays(easter, 1), key: 'easter_monday' },
      { date: isoWeekday(kingsDay) === 7 ? `${year}-04-26` : kingsDay, key: 'kings_day' },
      { date: `${year}-05-05`, key: 'liberation_day' },
      { date: addDays(easter, 39), key: 'ascension' },
      { date: addDays(easter, 49), key: 'whit_sunday' },
      { date: addDays(easter, 50), key: 'whit_monday' },
      { date: `${year}-12-25`, key: 'christmas' },
      { date: `${year}-12-26`, key: 'boxing_day' },
    ];
    list.sort((x, y) => x.date.localeCompare(y.date));
    holidayCache.set(year, list);
  }
  return list;
}

/** The Dutch public holidays of a year that are not working days, in date order. */
export function dutchPublicHolidays(year: number, locale: Locale = 'nl'): PublicHoliday[] {
  return holidaysOf(year).map((h) => ({ ...h, name: matchingText(locale, `holiday_${h.key}` as MatchingTextKey) }));
}

export function isDutchPublicHoliday(date: Date | string): boolean {
  const day = toCalendarDate(date);
  return holidaysOf(Number(day.slice(0, 4))).some((h) => h.date === day);
}

/** Monday to Friday and not a Dutch public holiday. A Date counts as its Amsterdam day. */
export function isWorkingDay(date: Date | string): boolean {
  const day = toCalendarDate(date);
  return isoWeekday(day) <= 5 && !isDutchPublicHoliday(day);
}

/** The working day `n` working days after `start` (start itself never counts): a referral sent
 * on Friday 2026-04-24 has had 5 working days on Monday 2026-05-04 (Koningsdag on the 27th).
 * n = 0 gives `start` itself. A Date counts as its Amsterdam day. */
export function addWorkingDays(start: Date | string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of at least 0');
  let day = toCalendarDate(start, 'start');
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** How many working days lie after `from` up to and including `to` (0 when `to` is not after
 * `from`). "No answer in 5 working days": workingDaysBetween(sentOn, today) >= 5. */
export function workingDaysBetween(from: Date | string, to: Date | string): number {
  let day = toCalendarDate(from, 'from');
  const end = toCalendarDate(to, 'to');
  let count = 0;
  while (day < end) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}
