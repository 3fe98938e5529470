import type { ReferralShare, ReportReady, SharedResults } from '@groeiwijzer/contracts';
import { reportAspectKeys } from '../report/report-model';

/**
 * What a coach will see of the scan for a sharing choice, built from the owner's own report in
 * the same shape the API gives the coach (SharedResults), so the dialog's preview and the coach's
 * inbox draw it with one component. `none` shares nothing; `summary` the aspect means, strengths
 * and weak spots; `report` also the distributions and the owner–employee gaps. Aspects without a
 * score (too few answers) are left out, as in the report.
 */
export function toSharedResults(report: ReportReady, share: ReferralShare): SharedResults | null {
  if (share === 'none') return null;
  const scored = reportAspectKeys(report)
    .map((key) => report.aspects.find((aspect) => aspect.key === key)!)
    .filter((aspect) => typeof aspect.mean === 'number');
  return {
    roundId: report.roundId,
    roundTitle: report.title,
    closedAt: report.closedAt ?? '',
    respondents: report.respondents,
    aspects: scored.map((aspect) => ({ key: aspect.key, mean: aspect.mean as number })),
    strengths: [...report.strengths],
    weakSpots: [...report.weakSpots],
    report:
      share === 'report'
        ? {
            aspects: scored.map((aspect) => ({
              key: aspect.key,
              mean: aspect.mean as number,
              sd: aspect.sd,
              favourable: aspect.favourable,
              distribution: [...aspect.distribution],
              n: aspect.n,
            })),
            gaps: report.gaps.map((gap) => ({ ...gap })),
          }
        : null,
  };
}

/** Sharing results needs a closed round with a ready report; without one only the message goes. */
export function availableShares(hasReport: boolean): ReferralShare[] {
  return hasReport ? ['none', 'summary', 'report'] : ['none'];
}
