import { ASPECT_KEYS, type AspectKey } from '../aspects';
import { type Instrument, type InstrumentItem } from '../instrument/types';
import { isScaleValue } from '../instrument/instrument';
import { roundTo } from './round';

/** One response: itemId → 1..5, null = "weet ik niet / n.v.t."; a missing id = skipped. */
export type Answers = Record<string, number | null>;

/** Counts of the answers 1, 2, 3, 4 and 5: [n1, n2, n3, n4, n5]. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Distribution5 extends Array<number> {}

export interface ScoreSummary {
  /** Mean of the answers on the 1–5 scale, 2 decimals; null without answers. */
  mean: number | null;
  /** Sample standard deviation (n − 1) of the same answers, 2 decimals; null with fewer than 2 answers. */
  sd: number | null;
  /** Share of the answers that is 4 or 5 (0–1), 3 decimals; null without answers. */
  favourable: number | null;
  /** [n1, n2, n3, n4, n5]: how many answers were 1, 2, 3, 4, 5. */
  distribution: Distribution5;
  /** Respondents with at least one answer (1..5) counted here. */
  n: number;
}

export interface AspectScore extends ScoreSummary {
  key: AspectKey;
}

export interface ItemScore extends ScoreSummary {
  id: string;
  aspect: AspectKey;
}

export interface RoundScores {
  /** Responses with at least one answer 1..5 on an item of the instrument. Use this for gateReport. */
  respondents: number;
  /** In model order; only aspects the instrument has items for. */
  aspects: AspectScore[];
  /** In instrument order. */
  items: ItemScore[];
}

/** The score of an answer, or undefined when it does not count (null, skipped, not on the scale). */
function scoredValue(instrument: Instrument, answers: Answers, id: string): number | undefined {
  if (!Object.prototype.hasOwnProperty.call(answers, id)) return undefined;
  const value = answers[id];
  return isScaleValue(instrument, value) ? value : undefined;
}

/** Mean, sd, favourable share and distribution of one pool of answers (all 1..5). */
export function summarise(values: readonly number[], n: number): ScoreSummary {
  const distribution: Distribution5 = [0, 0, 0, 0, 0];
  for (const value of values) distribution[value - 1] += 1;
  const count = values.length;
  if (count === 0) return { mean: null, sd: null, favourable: null, distribution, n };
  const sum = values.reduce((total, value) => total + value, 0);
  const mean = sum / count;
  const squares = values.reduce((total, value) => total + (value - mean) ** 2, 0);
  return {
    mean: roundTo(mean, 2),
    sd: count > 1 ? roundTo(Math.sqrt(squares / (count - 1)), 2) : null,
    favourable: roundTo((distribution[3] + distribution[4]) / count, 3),
    distribution,
    n,
  };
}

function itemsByAspect(instrument: Instrument): [AspectKey, InstrumentItem[]][] {
  return ASPECT_KEYS.map((key): [AspectKey, InstrumentItem[]] => [
    key,
    instrument.items.filter((item) => item.aspect === key),
  ]).filter(([, items]) => items.length > 0);
}

/**
 * Scores a round. Per aspect, all answers of all respondents to the aspect's items are pooled:
 * mean, sd, favourable and distribution all describe that one pool. "Weet ik niet" (null),
 * skipped items and values off the scale do not count anywhere.
 */
export function scoreRound(instrument: Instrument, responses: Answers[]): RoundScores {
  const items: ItemScore[] = instrument.items.map((item) => {
    const values = responses
      .map((answers) => scoredValue(instrument, answers, item.id))
      .filter((value): value is number => value !== undefined);
    return { id: item.id, aspect: item.aspect, ...summarise(values, values.length) };
  });

  const aspects: AspectScore[] = itemsByAspect(instrument).map(([key, aspectItems]) => {
    const pool: number[] = [];
    let n = 0;
    for (const answers of responses) {
      const values = aspectItems
        .map((item) => scoredValue(instrument, answers, item.id))
        .filter((value): value is number => value !== undefined);
      if (values.length > 0) n += 1;
      pool.push(...values);
    }
    return { key, ...summarise(pool, n) };
  });

  const respondents = responses.filter((answers) =>
    instrument.items.some((item) => scoredValue(instrument, answers, item.id) !== undefined),
  ).length;

  return { respondents, aspects, items };
}

/** Mean per aspect of one person's answers (e.g. the owner's self-assessment), 2 decimals.
 * Aspects without any answer 1..5 are left out. */
export function aspectMeans(instrument: Instrument, answers: Answers): Partial<Record<AspectKey, number>> {
  const means: Partial<Record<AspectKey, number>> = {};
  for (const [key, aspectItems] of itemsByAspect(instrument)) {
    const values = aspectItems
      .map((item) => scoredValue(instrument, answers, item.id))
      .filter((value): value is number => value !== undefined);
    if (values.length > 0) means[key] = roundTo(values.reduce((a, b) => a + b, 0) / values.length, 2);
  }
  return means;
}
