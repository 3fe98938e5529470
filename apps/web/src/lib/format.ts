import type { Locale } from '@groeiwijzer/domain';

const TIME_ZONE = 'Europe/Amsterdam';

/** "30 juni 2026" / "30 June 2026", as the date falls in the Netherlands. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A calendar month "2026-11" as "november 2026" / "November 2026". */
export function formatMonth(month: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 15)));
}

/** "30 jun 2026, 14:05" / "30 Jun 2026, 14:05", Dutch time. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}

/** A score on the 1–5 scale with one decimal: "3,8" / "3.8"; a dash when there is none. */
export function formatScore(value: number | null | undefined, locale: Locale): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A signed difference with one decimal: "+1,2" / "−0,4". */
export function formatDifference(value: number, locale: Locale): string {
  const text = formatScore(Math.abs(value), locale);
  if (Math.abs(value) < 0.05) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** A share 0–1 as a whole percentage: "68%" / "68%". */
export function formatShare(value: number | null | undefined, locale: Locale): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** Today as YYYY-MM-DD in the Netherlands, plus some days (for date inputs). */
export function isoDateInAmsterdam(now: Date = new Date(), addDays = 0): string {
  const shifted = new Date(now.getTime() + addDays * 86_400_000);
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(shifted);
}
