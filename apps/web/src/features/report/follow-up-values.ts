import type { FollowUpRequest, FollowUpSession } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';

/** The session is planned and shown in Dutch time, wherever the browser is. */
const TIME_ZONE = 'Europe/Amsterdam';

/** What the duration select offers; a session planned elsewhere with another length keeps it. */
export const DURATION_CHOICES: readonly number[] = [30, 60, 90, 120];
export const DEFAULT_MINUTES = 90;

/** What the follow-up form holds: strings, as the inputs give them. */
export interface FollowUpFormValues {
  /** YYYY-MM-DD (date input) */
  date: string;
  /** HH:mm (time input) */
  time: string;
  minutes: string;
  location: string;
}

export const EMPTY_FOLLOW_UP_VALUES: FollowUpFormValues = { date: '', time: '', minutes: String(DEFAULT_MINUTES), location: '' };

/** Date and time inputs as the wall-clock moment the API expects (`YYYY-MM-DDTHH:mm`, Dutch
 * time); null while either is missing or not a real date and time. */
export function toStartsAt(date: string, time: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  // Time inputs give HH:mm, or HH:mm:ss when a browser shows seconds.
  const clock = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(time.trim());
  if (!day || !clock) return null;
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const calendar = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== dayOfMonth) return null;
  if (Number(clock[1]) > 23 || Number(clock[2]) > 59) return null;
  return `${day[0]}T${clock[1].padStart(2, '0')}:${clock[2]}`;
}

/** The request for the API, or null when the date or time is missing (the form says so itself). */
export function toFollowUpRequest(values: FollowUpFormValues): FollowUpRequest | null {
  const startsAt = toStartsAt(values.date, values.time);
  if (!startsAt) return null;
  const minutes = Number(values.minutes);
  const request: FollowUpRequest = { startsAt, minutes: Number.isInteger(minutes) ? minutes : DEFAULT_MINUTES };
  const location = values.location.trim();
  // Left out when empty: the API then clears an earlier location.
  if (location) request.location = location;
  return request;
}

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as the date and time inputs show it in the Netherlands. */
export function amsterdamInputs(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The planned session back in the form, to move it. */
export function toFollowUpFormValues(session: FollowUpSession): FollowUpFormValues {
  return { ...amsterdamInputs(session.startsAt), minutes: String(session.minutes), location: session.location ?? '' };
}

/** The durations to choose from, including the current one when it is not a standard choice. */
export function durationChoices(current: number): number[] {
  return [...new Set([...DURATION_CHOICES, current])].filter((m) => Number.isInteger(m) && m > 0).sort((a, b) => a - b);
}

const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** "1,5 uur" / "1.5 hours" for whole and half hours, else "45 minuten" / "45 minutes". */
export function formatDuration(minutes: number, locale: Locale): string {
  if (minutes >= 60 && minutes % 30 === 0) {
    return new Intl.NumberFormat(tag(locale), { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 }).format(minutes / 60);
  }
  return new Intl.NumberFormat(tag(locale), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
}

/** The day and the start and end times of the session, as they fall in the Netherlands:
 * "donderdag 14 januari 2027", "15:30", "17:00". */
export function formatSession(session: Pick<FollowUpSession, 'startsAt' | 'minutes'>, locale: Locale): { date: string; start: string; end: string } {
  const start = new Date(session.startsAt);
  const end = new Date(start.getTime() + session.minutes * 60_000);
  const time = new Intl.DateTimeFormat(tag(locale), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    date: new Intl.DateTimeFormat(tag(locale), { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start),
    start: time.format(start),
    end: time.format(end),
  };
}
