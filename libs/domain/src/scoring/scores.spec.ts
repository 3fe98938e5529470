import { getInstrument } from '../instrument';
import { aspectMeans, scoreRound, type Answers } from './scores';
import { roundTo } from './round';

const instrument = getInstrument(1);

/*
 * The worked example of docs/instrument.md. Hand-computed:
 *
 *          wc1  wc2  wc3  wc4  wc5   rs1  rs2
 *   R1      4    5    3    4    ?     5    4
 *   R2      2    3    ?    -    4
 *   R3      5    4    4    5    5
 *   R4      ?    ?    ?    ?    ?     2
 *   R5      3    -    2    4    3          (also rs3: 7 and xx1: 4, both ignored)
 *   R6     (empty response)
 *   R7     (only "weet ik niet")
 *   ? = weet ik niet (null), - = skipped
 *
 * Respondents: R1–R5 = 5 (R6 and R7 gave no answer 1..5).
 * work_content pool (16 answers): 4 5 3 4 | 2 3 4 | 5 4 4 5 5 | 3 2 4 3
 *   distribution [0, 2, 4, 6, 4]; sum 2·2 + 3·4 + 4·6 + 5·4 = 60; mean 60 / 16 = 3.75
 *   squared deviations 2·3.0625 + 4·0.5625 + 6·0.0625 + 4·1.5625 = 15; sd √(15 / 15) = 1.00
 *   favourable (6 + 4) / 16 = 0.625; n = 4 (R4 answered only "weet ik niet")
 * room_and_safety pool: 5 4 | 2 → mean 11 / 3 = 3.67; sd √(4.667 / 2) = 1.53; favourable 2/3 = 0.667; n = 2
 */
const responses: Answers[] = [
  { wc1: 4, wc2: 5, wc3: 3, wc4: 4, wc5: null, rs1: 5, rs2: 4 },
  { wc1: 2, wc2: 3, wc3: null, wc5: 4 },
  { wc1: 5, wc2: 4, wc3: 4, wc4: 5, wc5: 5 },
  { wc1: null, wc2: null, wc3: null, wc4: null, wc5: null, rs1: 2 },
  { wc1: 3, wc3: 2, wc4: 4, wc5: 3, rs3: 7, xx1: 4 },
  {},
  { co1: null, le1: null, oc5: null },
];

const empty = { mean: null, sd: null, favourable: null, distribution: [0, 0, 0, 0, 0], n: 0 };

describe('scoreRound', () => {
  const result = scoreRound(instrument, responses);

  it('counts as respondents only responses with at least one answer 1..5', () => {
    expect(result.respondents).toBe(5);
  });

  it('pools the answers of an aspect, leaving out "weet ik niet", skipped and invalid answers', () => {
    expect(result.aspects.map((aspect) => aspect.key)).toEqual([
      'work_content',
      'room_and_safety',
      'collaboration',
      'leadership',
      'learning_organisation',
      'outside_connection',
    ]);
    expect(result.aspects[0]).toEqual({
      key: 'work_content',
      mean: 3.75,
      sd: 1,
      favourable: 0.625,
      distribution: [0, 2, 4, 6, 4],
      n: 4,
    });
    expect(result.aspects[1]).toEqual({
      key: 'room_and_safety',
      mean: 3.67,
      sd: 1.53,
      favourable: 0.667,
      distribution: [0, 1, 0, 1, 1],
      n: 2,
    });
    for (const aspect of result.aspects.slice(2)) {
      expect(aspect).toEqual({ key: aspect.key, ...empty });
    }
  });

  it('scores every statement on its own', () => {
    const byId = Object.fromEntries(result.items.map(({ id, aspect, ...score }) => [id, { aspect, ...score }]));
    expect(result.items).toHaveLength(30);
    expect(byId.wc1).toEqual({ aspect: 'work_content', mean: 3.5, sd: 1.29, favourable: 0.5, distribution: [0, 1, 1, 1, 1], n: 4 });
    expect(byId.wc2).toEqual({ aspect: 'work_content', mean: 4, sd: 1, favourable: 0.667, distribution: [0, 0, 1, 1, 1], n: 3 });
    expect(byId.wc3).toEqual({ aspect: 'work_content', mean: 3, sd: 1, favourable: 0.333, distribution: [0, 1, 1, 1, 0], n: 3 });
    expect(byId.wc4).toEqual({ aspect: 'work_content', mean: 4.33, sd: 0.58, favourable: 1, distribution: [0, 0, 0, 2, 1], n: 3 });
    expect(byId.wc5).toEqual({ aspect: 'work_content', mean: 4, sd: 1, favourable: 0.667, distribution: [0, 0, 1, 1, 1], n: 3 });
    expect(byId.rs1).toEqual({ aspect: 'room_and_safety', mean: 3.5, sd: 2.12, favourable: 0.5, distribution: [0, 1, 0, 0, 1], n: 2 });
    // One answer: a mean, but no spread.
    expect(byId.rs2).toEqual({ aspect: 'room_and_safety', mean: 4, sd: null, favourable: 1, distribution: [0, 0, 0, 1, 0], n: 1 });
    expect(byId.rs3).toEqual({ aspect: 'room_and_safety', ...empty });
    expect(byId.co1).toEqual({ aspect: 'collaboration', ...empty });
  });

  it('keeps mean, favourable and distribution consistent with each other', () => {
    for (const score of [...result.aspects, ...result.items]) {
      const total = score.distribution.reduce((a, b) => a + b, 0);
      if (total === 0) continue;
      const sum = score.distribution.reduce((acc, count, index) => acc + count * (index + 1), 0);
      expect(score.mean).toBe(roundTo(sum / total, 2));
      expect(score.favourable).toBe(roundTo((score.distribution[3] + score.distribution[4]) / total, 3));
    }
  });

  it('gives no spread when everybody gives the same answer', () => {
    const same = scoreRound(instrument, [{ oc1: 4 }, { oc1: 4 }, { oc1: 4 }]);
    expect(same.aspects[5]).toEqual({ key: 'outside_connection', mean: 4, sd: 0, favourable: 1, distribution: [0, 0, 0, 3, 0], n: 3 });
  });

  it('handles a round without responses', () => {
    const none = scoreRound(instrument, []);
    expect(none.respondents).toBe(0);
    expect(none.aspects.every((aspect) => aspect.mean === null && aspect.n === 0)).toBe(true);
  });
});

describe('aspectMeans (self-assessment)', () => {
  it('averages the answered statements per aspect and leaves out aspects without answers', () => {
    expect(
      aspectMeans(instrument, {
        wc1: 5, wc2: 4, wc3: 4, wc4: 5, wc5: null, // 18 / 4 = 4.5
        rs1: 3, rs2: 3, rs3: 2, rs4: 4, rs5: null, // 12 / 4 = 3
        co1: 4, co2: 4, co3: 4, co4: 4, co5: 3, // 19 / 5 = 3.8
        le1: 4, le2: 5, le3: 5, // 14 / 3 = 4.666… → 4.67
        lo1: null, lo2: null, // only "weet ik niet": left out
        oc1: 9, // off the scale: ignored, so outside_connection is left out
      }),
    ).toEqual({ work_content: 4.5, room_and_safety: 3, collaboration: 3.8, leadership: 4.67 });
  });

  it('is empty for an empty self-assessment', () => {
    expect(aspectMeans(instrument, {})).toEqual({});
  });
});

describe('roundTo', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [0.6666666, 3, 0.667],
    [-0.675, 2, -0.68],
    [3.994999, 2, 3.99],
  ])('rounds %p to %i decimals as %p', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('never returns minus zero', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});
