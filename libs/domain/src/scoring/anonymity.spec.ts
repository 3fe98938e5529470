import {
  DEFAULT_MIN_RESPONSES,
  MIN_RESPONSES_FLOOR,
  effectiveMinResponses,
  gateReport,
  showableGroups,
  suppressSmallScores,
} from './anonymity';
import { type AspectScore } from './scores';

describe('gateReport', () => {
  it('withholds at 4 responses and shows at 5 with the default threshold', () => {
    expect(gateReport(4, DEFAULT_MIN_RESPONSES)).toEqual({ status: 'withheld', respondents: 4, required: 1 });
    expect(gateReport(5, DEFAULT_MIN_RESPONSES)).toEqual({ status: 'ready' });
    expect(gateReport(0, 5)).toEqual({ status: 'withheld', respondents: 0, required: 5 });
  });

  it('never goes below the floor of 3', () => {
    expect(MIN_RESPONSES_FLOOR).toBe(3);
    expect(gateReport(2, 1)).toEqual({ status: 'withheld', respondents: 2, required: 1 });
    expect(gateReport(2, 0)).toEqual({ status: 'withheld', respondents: 2, required: 1 });
    expect(gateReport(2, -10)).toEqual({ status: 'withheld', respondents: 2, required: 1 });
    expect(gateReport(3, 1)).toEqual({ status: 'ready' });
    expect(gateReport(3, 3)).toEqual({ status: 'ready' });
  });

  it('honours a higher threshold and treats a nonsense threshold as the default', () => {
    expect(gateReport(7, 8)).toEqual({ status: 'withheld', respondents: 7, required: 1 });
    expect(gateReport(4, Number.NaN)).toEqual({ status: 'withheld', respondents: 4, required: 1 });
    expect(effectiveMinResponses(3.2)).toBe(4);
    expect(effectiveMinResponses(undefined)).toBe(5);
  });
});

describe('showableGroups', () => {
  it('shows every group at or above the threshold', () => {
    expect(showableGroups({ werkplaats: 6, kantoor: 5, buitendienst: 9 }, 5)).toEqual(['werkplaats', 'kantoor', 'buitendienst']);
  });

  it('hides the next-smallest group when one small group would follow from the total', () => {
    // Total 16. Showing werkplaats (6) and kantoor (8) would reveal buitendienst (2) as 16 − 6 − 8.
    expect(showableGroups({ werkplaats: 6, kantoor: 8, buitendienst: 2 }, 5)).toEqual(['kantoor']);
  });

  it('hides the first of equally small groups', () => {
    expect(showableGroups({ a: 6, b: 6, c: 2 }, 5)).toEqual(['b']);
  });

  it('needs no extra hiding when the hidden groups together reach the threshold', () => {
    expect(showableGroups({ a: 6, b: 8, c: 3, d: 2 }, 5)).toEqual(['a', 'b']);
  });

  it('hides more when several hidden groups together stay under the threshold', () => {
    // c + d = 3 people would follow from the total: hide a (6) as well.
    expect(showableGroups({ a: 6, b: 8, c: 1, d: 2 }, 5)).toEqual(['b']);
  });

  it('shows nothing of two groups when one of them is small', () => {
    expect(showableGroups({ a: 7, b: 2 }, 5)).toEqual([]);
  });

  it('ignores empty groups, which reveal nobody', () => {
    expect(showableGroups({ a: 6, b: 8, c: 0 }, 5)).toEqual(['a', 'b']);
  });

  it('uses the floor of 3', () => {
    expect(showableGroups({ a: 3, b: 2, c: 9 }, 1)).toEqual(['c']);
    expect(showableGroups({ a: 3, c: 9 }, 1)).toEqual(['a', 'c']);
  });
});

describe('suppressSmallScores', () => {
  it('hides the numbers of aspects fewer than the threshold answered', () => {
    const aspects: AspectScore[] = [
      { key: 'work_content', mean: 3.75, sd: 1, favourable: 0.625, distribution: [0, 2, 4, 6, 4], n: 5 },
      { key: 'outside_connection', mean: 4, sd: 1, favourable: 0.5, distribution: [0, 0, 2, 1, 1], n: 2 },
    ];
    expect(suppressSmallScores(aspects, 5)).toEqual([
      aspects[0],
      { key: 'outside_connection', mean: null, sd: null, favourable: null, distribution: [0, 0, 0, 0, 0], n: 2 },
    ]);
  });
});
