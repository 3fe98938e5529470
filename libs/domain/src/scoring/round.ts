/**
 * Rounds half away from zero to a number of decimals, without the usual binary surprises
 * (1.005 → 1.01, not 1.00). Never returns -0.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // toPrecision(12) removes the noise of binary fractions (100.49999999999999 → 100.5).
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  const rounded = Math.round(scaled) / factor;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}
