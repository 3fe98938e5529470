/** A calendar event for an iCalendar file (RFC 5545), for deadlines in mails. Either a moment
 * (`start`, optional `end`) or a whole day (`day`, YYYY-MM-DD: an all-day event, e.g. a due date). */
export type CalendarEvent = EventDetails & ({ start: Date; /** Defaults to 30 minutes after start. */ end?: Date } | { day: string });

interface EventDetails {
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  /** When the file is made; part of the file, so tests can fix it. */
  stamp?: Date;
  /** Raised on each change of the same event (same uid), so calendars replace it. */
  sequence?: number;
  location?: string;
  /** A cancelled event: calendars remove it. */
  cancelled?: boolean;
}

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Commas, semicolons, backslashes and newlines are escaped in TEXT values. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 75;
    while (Buffer.byteLength(rest.slice(0, cut)) > 75) cut--;
    out.push(rest.slice(0, cut));
    rest = ' ' + rest.slice(cut);
  }
  out.push(rest);
  return out.join('\r\n');
}

/** The day after a YYYY-MM-DD day, as an iCalendar DATE (an all-day event ends the next day). */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');

function times(event: CalendarEvent): string[] {
  if ('day' in event) return [`DTSTART;VALUE=DATE:${event.day.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${nextDay(event.day)}`];
  const end = event.end ?? new Date(event.start.getTime() + 30 * 60_000);
  return [`DTSTART:${utc(event.start)}`, `DTEND:${utc(end)}`];
}

/** One event as a whole iCalendar file. */
export function icsEvent(event: CalendarEvent): string {
  return icsCalendar([event]);
}

/** Several events in one iCalendar file (e.g. a plan step's due date and its scheme's closing moment). */
export function icsCalendar(events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Groeiwijzer//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utc(event.stamp ?? new Date())}`,
    ...(event.sequence ? [`SEQUENCE:${event.sequence}`] : []),
    ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
    ...times(event),
    `SUMMARY:${icsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${icsText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
  ];
}
