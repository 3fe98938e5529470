import { TZDate } from '@date-fns/tz';

/** The platform's time zone: days, hours and quiet hours are those of the Netherlands. Every
 * conversion between an instant and the Dutch calendar or wall clock lives in this module, on
 * @date-fns/tz (calendar arithmetic in the zone, so the 23- and 25-hour days of the clock
 * changes come out right). */
export const AMSTERDAM = 'Europe/Amsterdam';

const inAmsterdam = (instant: Date) => new TZDate(instant.getTime(), AMSTERDAM);
const pad = (n: number) => String(n).padStart(2, '0');

/** The hour (0–23) on the clock in the Netherlands at `instant`. */
export function amsterdamHour(instant: Date): number {
  return inAmsterdam(instant).getHours();
}

let lastDay: { minute: number; date: string } | null = null;

/** The calendar day in the Netherlands (YYYY-MM-DD), for anything stored no finer than a day. */
export function amsterdamDate(instant: Date): string {
  // Asked for on hot paths (search logging) and the day changes rarely: reuse it within a minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (lastDay?.minute === minute) return lastDay.date;
  const local = inAmsterdam(instant);
  const date = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  lastDay = { minute, date };
  return date;
}

/** The instant at which the clock in the Netherlands reads this wall-clock time, or null when
 * it never does (an invalid date, or the hour skipped when summer time starts). */
function amsterdamWallClock(y: number, month: number, d: number, h: number, min: number, s = 0, ms = 0): Date | null {
  const t = new TZDate(y, month - 1, d, h, min, s, ms, AMSTERDAM);
  const same = t.getFullYear() === y && t.getMonth() === month - 1 && t.getDate() === d && t.getHours() === h && t.getMinutes() === min;
  return same && !Number.isNaN(t.getTime()) ? new Date(t.getTime()) : null;
}

/** The first moment at or after `instant` at which the clock in the Netherlands reads `hour`:00,
 * on the same day or the next one. */
export function nextAmsterdamHour(instant: Date, hour: number): Date {
  const local = inAmsterdam(instant);
  const target = inAmsterdam(instant);
  target.setHours(hour, 0, 0, 0);
  if (target.getTime() < local.getTime()) {
    target.setDate(target.getDate() + 1);
    target.setHours(hour, 0, 0, 0);
  }
  return new Date(target.getTime());
}

/** A closing date given as YYYY-MM-DD means the end of that day in the Netherlands; an ISO
 * moment with an offset is taken as it is. */
export function parseClosesAt(value: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return amsterdamWallClock(Number(day[1]), Number(day[2]), Number(day[3]), 23, 59, 59, 999);
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** A wall-clock moment in the Netherlands (`YYYY-MM-DDTHH:mm`), or an ISO moment with offset. */
export function parseAmsterdamMoment(value: string): Date | null {
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (local) return amsterdamWallClock(...(local.slice(1, 6).map(Number) as [number, number, number, number, number]));
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
