import type { ReportWithheld } from '@groeiwijzer/contracts';
import { plural, useT } from '../../../i18n';
import { Alert } from '../../../ui';

/** No results yet: say plainly why, and how many more responses are needed. Nothing else. */
export function ReportWithheldNotice({ report }: { report: ReportWithheld }) {
  const t = useT();
  const open = report.reason === 'round_open';
  return (
    <Alert tone="info" title={open ? t('report.withheld.openTitle') : t('report.withheld.tooFewTitle')}>
      <p>{plural(t, 'report.withheld.respondents', report.respondents)}</p>
      {open ? (
        <p>
          {report.required > 0
            ? plural(t, 'report.withheld.openNeedMore', report.required)
            : t('report.withheld.openEnough')}
        </p>
      ) : (
        <p>{plural(t, 'report.withheld.tooFewText', report.required)}</p>
      )}
      <p>{t('report.withheld.why')}</p>
    </Alert>
  );
}
