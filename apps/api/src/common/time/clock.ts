import { amsterdamDate, parseAmsterdamMoment } from './amsterdam';

/** The one source of "now" for every rule that compares times: reminders and their quiet hours,
 * round closing, deadlines, validity of catalogue items, sessions. Injected everywhere (Nest
 * provider), so a test sets the moment instead of waiting or depending on the hour it runs at.
 * Timestamps that such rules compare are written from this clock too, never from the database's
 * `now()`: two clocks disagree by milliseconds, and by hours once a test moves one of them. */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar day in the Netherlands (YYYY-MM-DD). */
  today(): string {
    return amsterdamDate(this.now());
  }
}

/** Production: the machine's time. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Tests: starts at the real time (or at `GW_TEST_NOW`), keeps running from wherever it is set,
 * and can be moved to any moment or forward by any amount. Running rather than frozen by
 * default, so leases, retries and "within a second" checks behave as in production; `freeze()`
 * stops it for a test whose rule counts seconds (a slow machine must not let one pass). */
export class TestClock extends Clock {
  private offsetMs = 0;
  private frozenAtMs: number | null = null;

  constructor(start?: Date | string) {
    super();
    if (start !== undefined) this.set(start);
  }

  now(): Date {
    return new Date(this.frozenAtMs ?? Date.now() + this.offsetMs);
  }

  /** From now on the clock reads `at` and runs on from there (or stays there while frozen). */
  set(at: Date | string): void {
    const target = typeof at === 'string' ? new Date(at) : at;
    if (Number.isNaN(target.getTime())) throw new RangeError(`not a moment: ${String(at)}`);
    if (this.frozenAtMs !== null) this.frozenAtMs = target.getTime();
    else this.offsetMs = target.getTime() - Date.now();
  }

  advance(ms: number): void {
    if (this.frozenAtMs !== null) this.frozenAtMs += ms;
    else this.offsetMs += ms;
  }

  /** Stops the clock where it is: it moves only by `set` and `advance` until `resume()`. */
  freeze(): void {
    this.frozenAtMs = this.now().getTime();
  }

  /** Runs on again from the moment it reads. */
  resume(): void {
    if (this.frozenAtMs === null) return;
    this.offsetMs = this.frozenAtMs - Date.now();
    this.frozenAtMs = null;
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }

  /** From now on the clock reads this wall-clock moment in the Netherlands (`YYYY-MM-DDTHH:mm`). */
  setLocal(moment: string): void {
    const at = parseAmsterdamMoment(moment);
    if (!at) throw new RangeError(`not a moment in the Netherlands: ${moment}`);
    this.set(at);
  }

  /** A calendar day `offsetDays` after `from` (default: the clock's today). */
  day(offsetDays = 0, from = this.today()): string {
    const d = new Date(`${from}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offsetDays);
    return d.toISOString().slice(0, 10);
  }
}
