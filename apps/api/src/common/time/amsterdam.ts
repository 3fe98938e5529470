import { TZDate } from '@date-fns/tz';

/** The platform's time zone: days, hours and quiet hours are those of the Netherlands. */
export const AMSTERDAM = 'Europe/Amsterdam';

/** The hour (0–23) on the clock in the Netherlands at `instant`. */
export function amsterdamHour(instant: Date): number {
  return new TZDate(instant.getTime(), AMSTERDAM).getHours();
}

/** The first moment at or after `instant` at which the clock in the Netherlands reads `hour`:00,
 * on the same day or the next one. Calendar arithmetic in the zone (@date-fns/tz), so a day with
 * a daylight-saving change (23 or 25 hours) gives the right wall-clock hour. */
export function nextAmsterdamHour(instant: Date, hour: number): Date {
  const local = new TZDate(instant.getTime(), AMSTERDAM);
  const target = new TZDate(instant.getTime(), AMSTERDAM);
  target.setHours(hour, 0, 0, 0);
  if (target.getTime() < local.getTime()) {
    target.setDate(target.getDate() + 1);
    target.setHours(hour, 0, 0, 0);
  }
  return new Date(target.getTime());
}
