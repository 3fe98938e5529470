import { type Locale } from '../locale';
import { type Instrument, type InstrumentItem } from './types';
import { INSTRUMENT_V1 } from './v1';

/** Every published instrument version. Versions are never edited or removed: a round is scored
 * with the version it started with. A change gets a new number. */
export const INSTRUMENTS: Record<number, Instrument> = Object.freeze({ 1: INSTRUMENT_V1 });

/** The version new rounds start with. */
export const CURRENT_INSTRUMENT_VERSION: number = 1;

/** The instrument of a version; throws RangeError for a version that does not exist. */
export function getInstrument(version: number): Instrument {
  if (Number.isInteger(version) && Object.prototype.hasOwnProperty.call(INSTRUMENTS, version)) {
    return INSTRUMENTS[version];
  }
  throw new RangeError(`unknown instrument version: ${String(version)}`);
}

/** The statement as the given audience sees it: owners get `ownerText` where there is one. */
export function itemText(item: InstrumentItem, locale: Locale, audience: 'employee' | 'owner' = 'employee'): string {
  return (audience === 'owner' && item.ownerText ? item.ownerText : item.text)[locale];
}

export type AnswerProblem = 'unknown_item' | 'invalid_value';

/** True for an answer on the scale: a whole number from scale.min to scale.max. */
export function isScaleValue(instrument: Instrument, value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= instrument.scale.min &&
    value <= instrument.scale.max
  );
}

/**
 * Checks answers against an instrument: unknown item ids, values other than 1..5 or null.
 * Returns field problems keyed by item id (empty = fine). Items left out are allowed (skipped).
 * Something other than a plain object is reported as `{ answers: 'invalid_value' }`.
 */
export function validateAnswers(
  instrument: Instrument,
  answers: Record<string, unknown>,
): Record<string, AnswerProblem> {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    return { answers: 'invalid_value' };
  }
  const ids = new Set(instrument.items.map((item) => item.id));
  const problems: [string, AnswerProblem][] = [];
  for (const [id, value] of Object.entries(answers)) {
    if (!ids.has(id)) problems.push([id, 'unknown_item']);
    else if (value !== null && !isScaleValue(instrument, value)) problems.push([id, 'invalid_value']);
  }
  // fromEntries defines own properties, so an id like "__proto__" cannot touch the prototype.
  return Object.fromEntries(problems);
}
