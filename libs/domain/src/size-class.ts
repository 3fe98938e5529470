export const SIZE_CLASSES = ['micro', 'small', 'medium'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Largest employee count Groeiwijzer serves: the mkb ends below 250. */
export const MAX_EMPLOYEES = 249;

/** micro < 10, small 10–49, medium 50–249 employees. */
export function sizeClassFor(employees: number): SizeClass {
  if (!Number.isInteger(employees) || employees < 1) {
    throw new RangeError('employees must be a whole number of at least 1');
  }
  if (employees > MAX_EMPLOYEES) {
    throw new RangeError(`employees must be at most ${MAX_EMPLOYEES}`);
  }
  if (employees < 10) return 'micro';
  if (employees < 50) return 'small';
  return 'medium';
}
