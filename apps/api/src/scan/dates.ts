const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23',
});

function amsterdamDateHour(instant: Date): { date: string; hour: number } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour) };
}

/** A closing date given as YYYY-MM-DD means the end of that day in the Netherlands. */
export function parseClosesAt(value: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    for (const offset of ['+02:00', '+01:00']) {
      const candidate = new Date(`${value}T23:59:59.999${offset}`);
      if (Number.isNaN(candidate.getTime())) return null;
      const local = amsterdamDateHour(candidate);
      if (local.date === value && local.hour === 23) return candidate;
    }
    return null;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

let lastDay: { minute: number; date: string } | null = null;

/** The calendar day in the Netherlands, for anything stored no finer than a day. */
export function amsterdamDate(instant: Date): string {
  // Formatting is costly and the day changes rarely: reuse it within the same minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (lastDay?.minute === minute) return lastDay.date;
  const date = amsterdamDateHour(instant).date;
  lastDay = { minute, date };
  return date;
}

/** A wall-clock moment in the Netherlands (`YYYY-MM-DDTHH:mm`), or an ISO moment with offset. */
export function parseAmsterdamMoment(value: string): Date | null {
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!local) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${value}:00${offset}`);
    if (Number.isNaN(candidate.getTime())) return null;
    const seen = amsterdamDateHour(candidate);
    const minute = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', minute: '2-digit' }).format(candidate);
    if (seen.date === local[1] && seen.hour === Number(local[2]) && Number(minute) === Number(local[3])) return candidate;
  }
  return null;
}
