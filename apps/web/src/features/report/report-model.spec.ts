import type { AspectScoreView } from '@groeiwijzer/contracts';
import { ASPECT_KEYS, type AspectKey } from '@groeiwijzer/domain';
import {
  agendaAspects,
  aspectName,
  distributionPercentages,
  employeeMeans,
  overallPictureOf,
  reportAspectKeys,
  trendChange,
  trendRows,
} from './report-model';

const score = (key: AspectKey, mean: number | null): AspectScoreView => ({
  key,
  mean,
  sd: null,
  favourable: null,
  distribution: [0, 0, 0, 0, 0],
  n: 5,
});
const means = [3.9, 2.6, 3.6, 3.1, 2.4, 3.3];
const aspects = ASPECT_KEYS.map((key, i) => score(key, means[i]));

describe('agenda of the follow-up session', () => {
  it('takes the two strongest and the two weakest from the report', () => {
    expect(
      agendaAspects({ aspects, strengths: ['work_content', 'collaboration'], weakSpots: ['learning_organisation', 'room_and_safety'] }),
    ).toEqual({ strong: ['work_content', 'collaboration'], weak: ['learning_organisation', 'room_and_safety'] });
  });

  it('fills up from the ranking when the report names fewer, never one aspect on both sides', () => {
    expect(agendaAspects({ aspects, strengths: [], weakSpots: [] })).toEqual({
      strong: ['work_content', 'collaboration'],
      weak: ['learning_organisation', 'room_and_safety'],
    });
    const three = [score('leadership', 4), score('collaboration', 3), score('work_content', 2)];
    expect(agendaAspects({ aspects: three, strengths: ['leadership'], weakSpots: ['work_content'] })).toEqual({
      strong: ['leadership'],
      weak: ['work_content'],
    });
  });
});

describe('distributionPercentages', () => {
  it('adds up to exactly 100', () => {
    const result = distributionPercentages([1, 1, 1, 0, 0]);
    expect(result.reduce((a, b) => a + b, 0)).toBe(100);
    expect(result).toEqual([34, 33, 33, 0, 0]);
    expect(distributionPercentages([2, 5, 11, 19, 8]).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('is all zeros without answers', () => {
    expect(distributionPercentages([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('trend', () => {
  const report = {
    aspects: [score('work_content', 3.8), score('leadership', 3.1)],
    title: 'Najaar',
    closedAt: '2025-12-01T00:00:00+01:00',
    trend: [
      { roundId: 'b', title: 'Voorjaar', closedAt: '2025-05-01T00:00:00+02:00', aspects: { work_content: 3.4 } },
      { roundId: 'a', title: 'Vorig jaar', closedAt: '2024-11-01T00:00:00+01:00', aspects: { work_content: 3.0, leadership: 3.3 } },
    ],
  };

  it('lists earlier rounds oldest first, then this round, per aspect', () => {
    const rows = trendRows(report);
    expect(rows.map((row) => row.key)).toEqual(['work_content', 'leadership']);
    expect(rows[0].points.map((p) => [p.label, p.value, p.current])).toEqual([
      ['Vorig jaar', 3.0, false],
      ['Voorjaar', 3.4, false],
      ['Najaar', 3.8, true],
    ]);
    expect(rows[1].points.map((p) => p.value)).toEqual([3.3, null, 3.1]);
  });

  it('gives the change since the previous round, or null when one is missing', () => {
    const rows = trendRows(report);
    expect(trendChange(rows[0].points)).toBe(0.4);
    expect(trendChange(rows[1].points)).toBeNull();
    expect(trendChange(rows[0].points.slice(-1))).toBeNull();
  });
});

describe('small helpers', () => {
  it('names aspects in the language and keeps model order', () => {
    expect(aspectName('leadership', 'nl')).toBe('Leiderschap gericht op ontwikkelen');
    expect(aspectName('leadership', 'en')).toBe('Leadership aimed at development');
    expect(reportAspectKeys({ aspects: [score('outside_connection', 3), score('work_content', 3)] })).toEqual([
      'work_content',
      'outside_connection',
    ]);
  });

  it('collects the employees\' means, skipping aspects without a score', () => {
    expect(employeeMeans({ aspects: [score('work_content', 3.5), score('leadership', null)] })).toEqual({ work_content: 3.5 });
  });

  it('reads an unknown overall picture as mixed', () => {
    expect(overallPictureOf('all_high')).toBe('all_high');
    expect(overallPictureOf('something_new')).toBe('mixed');
  });
});
