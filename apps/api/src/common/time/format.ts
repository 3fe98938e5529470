import { type Locale } from '@groeiwijzer/domain';
import { AMSTERDAM } from './amsterdam';

/** How a date reads in a mail or a PDF: `long` 15 juli 2027, `weekday` donderdag 15 juli,
 * `weekdayYear` donderdag 15 juli 2027, `weekdayTime` donderdag 15 juli 14:00. */
export type DateStyle = 'long' | 'weekday' | 'weekdayYear' | 'weekdayTime';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long' },
  weekdayYear: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  weekdayTime: { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, style: DateStyle, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    // English texts use British English: day before month, as Dutch readers expect.
    f = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { ...OPTIONS[style], timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** An instant as the clock in the Netherlands shows it, in the reader's language. */
export function formatMoment(instant: Date, locale: Locale, style: DateStyle = 'long'): string {
  return formatter(locale, style, AMSTERDAM).format(instant);
}

/** A calendar day (YYYY-MM-DD) as it is, whatever the time zone, in the reader's language. */
export function formatDay(day: string, locale: Locale, style: Exclude<DateStyle, 'weekdayTime'> = 'long'): string {
  return formatter(locale, style, 'UTC').format(new Date(`${day}T12:00:00Z`));
}
