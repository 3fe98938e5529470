/** `2026-Q4` for a day `2026-11-30`. */
export function quarterOf(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && QUARTER.test(value);
}

/** The last day of a quarter (YYYY-MM-DD). */
export function quarterEnd(quarter: string): string {
  const [, y, q] = QUARTER.exec(quarter) as RegExpExecArray;
  const month = Number(q) * 3;
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** `count` quarters ending with `last`, oldest first. */
export function quartersUntil(last: string, count: number): string[] {
  const [, y, q] = QUARTER.exec(last) as RegExpExecArray;
  let index = Number(y) * 4 + Number(q) - 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++, index--) out.unshift(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  return out;
}
