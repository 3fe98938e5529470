import type { ReportReady } from '@groeiwijzer/contracts';
import { availableShares, toSharedResults } from './share-preview';

const score = (mean: number | null, n = 6) => ({ mean, sd: mean === null ? null : 0.8, favourable: mean === null ? null : 0.5, distribution: [1, 1, 2, 1, 1], n });

const report: ReportReady = {
  status: 'ready', roundId: 'r1', title: 'Voorjaarsscan', organisation: 'Bakkerij Jansen', closedAt: '2026-03-01T17:00:00Z',
  respondents: 6, minResponses: 5, instrumentVersion: 1,
  aspects: [
    { key: 'leadership', ...score(2.4) },
    { key: 'work_content', ...score(4.1) },
    { key: 'outside_connection', ...score(null, 2) },
    { key: 'collaboration', ...score(3.2) },
  ],
  items: [{ id: 'wc1', aspect: 'work_content', ...score(4.1) }],
  strengths: ['work_content'], weakSpots: ['leadership'], overall: 'mixed',
  selfAssessment: { leadership: 4 }, gaps: [{ key: 'leadership', employees: 2.4, owner: 4, gap: 1.6 }],
  trend: [], benchmark: null, groups: [{ name: 'Winkel', respondents: 5, aspects: { leadership: 2 } }],
  comments: ['Meer tijd voor cursussen graag.'],
};

describe('what the coach will see, previewed from the owner\'s report', () => {
  it('shares nothing when the owner chooses nothing', () => {
    expect(toSharedResults(report, 'none')).toBeNull();
  });

  it('shares for "samenvatting" the round, the aspect means in model order, strengths and weak spots — no more', () => {
    expect(toSharedResults(report, 'summary')).toEqual({
      roundId: 'r1', roundTitle: 'Voorjaarsscan', closedAt: '2026-03-01T17:00:00Z', respondents: 6,
      aspects: [{ key: 'work_content', mean: 4.1 }, { key: 'collaboration', mean: 3.2 }, { key: 'leadership', mean: 2.4 }],
      strengths: ['work_content'], weakSpots: ['leadership'], report: null,
    });
  });

  it('adds for "volledig rapport" the distributions and the owner–employee gaps, still no comments, groups or statements', () => {
    const shared = toSharedResults(report, 'report')!;
    expect(shared.report?.aspects.map((a) => [a.key, a.distribution, a.n])).toEqual([
      ['work_content', [1, 1, 2, 1, 1], 6], ['collaboration', [1, 1, 2, 1, 1], 6], ['leadership', [1, 1, 2, 1, 1], 6],
    ]);
    expect(shared.report?.gaps).toEqual([{ key: 'leadership', employees: 2.4, owner: 4, gap: 1.6 }]);
    const text = JSON.stringify(shared);
    for (const privateBit of ['Meer tijd voor cursussen', 'Winkel', 'wc1', 'Bakkerij Jansen']) expect(text).not.toContain(privateBit);
  });

  it('leaves out an aspect without a score, as the report does', () => {
    expect(toSharedResults(report, 'summary')!.aspects.some((a) => a.key === 'outside_connection')).toBe(false);
  });

  it('lets the owner share results only when there is a report', () => {
    expect(availableShares(true)).toEqual(['none', 'summary', 'report']);
    expect(availableShares(false)).toEqual(['none']);
  });
});
