import { type AspectKey } from '../aspects';
import { type AspectScore } from './scores';
import { OVERALL_PICTURE_TEXT, biggestGaps, overallPicture, pickStrengthsAndWeakSpots } from './strengths';

function scores(means: Partial<Record<AspectKey, number | [number, number]>>): AspectScore[] {
  return (Object.entries(means) as [AspectKey, number | [number, number]][]).map(([key, value]) => {
    const [mean, favourable] = Array.isArray(value) ? value : [value, 0.5];
    return { key, mean, favourable, sd: 1, distribution: [1, 1, 1, 1, 1], n: 5 };
  });
}

const none = (key: AspectKey): AspectScore => ({ key, mean: null, sd: null, favourable: null, distribution: [0, 0, 0, 0, 0], n: 0 });

describe('pickStrengthsAndWeakSpots', () => {
  it('picks the two highest and the two lowest, strongest and weakest first', () => {
    const aspects = scores({ work_content: 4.1, room_and_safety: 2.6, collaboration: 3.9, leadership: 3.2, learning_organisation: 2.9, outside_connection: 3.5 });
    expect(pickStrengthsAndWeakSpots(aspects)).toEqual({
      strengths: ['work_content', 'collaboration'],
      weakSpots: ['room_and_safety', 'learning_organisation'],
    });
    expect(overallPicture(aspects)).toBe('mixed');
  });

  it('still picks relative weak spots when everything is high', () => {
    const aspects = scores({ work_content: 4.6, room_and_safety: 4.2, collaboration: 4.4, leadership: 4.5, learning_organisation: 4.1, outside_connection: 4.3 });
    expect(pickStrengthsAndWeakSpots(aspects)).toEqual({
      strengths: ['work_content', 'leadership'],
      weakSpots: ['learning_organisation', 'room_and_safety'],
    });
    expect(overallPicture(aspects)).toBe('all_high');
    expect(OVERALL_PICTURE_TEXT.all_high.weakSpotsHeading.nl).toBe('Minst sterke punten (ook goed)');
  });

  it('still picks relative strengths when everything is low', () => {
    const aspects = scores({ work_content: 2.1, room_and_safety: 1.8, collaboration: 2.5, leadership: 2.4, learning_organisation: 1.6, outside_connection: 2.2 });
    expect(pickStrengthsAndWeakSpots(aspects)).toEqual({
      strengths: ['collaboration', 'leadership'],
      weakSpots: ['learning_organisation', 'room_and_safety'],
    });
    expect(overallPicture(aspects)).toBe('all_low');
  });

  it('still picks when all aspects lie close together', () => {
    const aspects = scores({ work_content: 3.5, room_and_safety: 3.45, collaboration: 3.6, leadership: 3.4, learning_organisation: 3.55, outside_connection: 3.5 });
    expect(pickStrengthsAndWeakSpots(aspects)).toEqual({
      strengths: ['collaboration', 'learning_organisation'],
      weakSpots: ['leadership', 'room_and_safety'],
    });
    expect(overallPicture(aspects)).toBe('close_together');
  });

  it('breaks ties on the favourable share, then on model order, whatever the input order', () => {
    const aspects = scores({
      outside_connection: [3.5, 0.4],
      learning_organisation: [3.5, 0.5],
      leadership: [3.5, 0.5],
      collaboration: [3.5, 0.5],
      room_and_safety: [3.5, 0.5],
      work_content: [3.5, 0.6],
    });
    // Ranking: work_content (0.6), room_and_safety, collaboration, leadership, learning_organisation (0.5, model order), outside_connection (0.4).
    expect(pickStrengthsAndWeakSpots(aspects)).toEqual({
      strengths: ['work_content', 'room_and_safety'],
      weakSpots: ['outside_connection', 'learning_organisation'],
    });
    expect(pickStrengthsAndWeakSpots([...aspects].reverse())).toEqual(pickStrengthsAndWeakSpots(aspects));
  });

  it('never names an aspect both, also with few scored aspects', () => {
    const three = [...scores({ work_content: 4, collaboration: 3, outside_connection: 2 }), none('leadership')];
    expect(pickStrengthsAndWeakSpots(three)).toEqual({ strengths: ['work_content'], weakSpots: ['outside_connection'] });
    expect(pickStrengthsAndWeakSpots(scores({ leadership: 4 }))).toEqual({ strengths: [], weakSpots: [] });
    expect(pickStrengthsAndWeakSpots([none('work_content')])).toEqual({ strengths: [], weakSpots: [] });
    expect(overallPicture([none('work_content')])).toBe('none');
  });
});

describe('biggestGaps', () => {
  const employees = { work_content: 3.75, room_and_safety: 3.67, collaboration: 3.8, leadership: 3.9, outside_connection: 4.1 };
  const owner = { work_content: 4.5, room_and_safety: 3, collaboration: 3.8, leadership: 4.67, learning_organisation: 4 };

  it('lists the largest differences first, owner minus employees, leaving out gaps of 0 and missing aspects', () => {
    expect(biggestGaps(employees, owner)).toEqual([
      { key: 'leadership', employees: 3.9, owner: 4.67, gap: 0.77 },
      { key: 'work_content', employees: 3.75, owner: 4.5, gap: 0.75 },
      { key: 'room_and_safety', employees: 3.67, owner: 3, gap: -0.67 },
    ]);
    expect(biggestGaps(employees, owner, 1).map((gap) => gap.key)).toEqual(['leadership']);
    expect(biggestGaps(employees, {})).toEqual([]);
  });

  it('orders equal differences by model order', () => {
    expect(biggestGaps({ collaboration: 3, work_content: 4 }, { collaboration: 3.5, work_content: 3.5 })).toEqual([
      { key: 'work_content', employees: 4, owner: 3.5, gap: -0.5 },
      { key: 'collaboration', employees: 3, owner: 3.5, gap: 0.5 },
    ]);
  });
});
