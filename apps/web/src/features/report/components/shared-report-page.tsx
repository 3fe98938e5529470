import { useParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { isApiRequestError } from '../../../lib/api';
import { Alert, Loading, PageTitle } from '../../../ui';
import { useSharedReport } from '../hooks/use-report';
import { ReportView } from './report-view';
import { ReportWithheldNotice } from './report-withheld';
import { cx } from '../../../ui/cx';
import reportStyles from '../report.module.css';
import pageStyles from '../../../ui/page.module.css';

/** The report as the owner shared it with employees: public, read-only, no self-assessment. */
export function SharedReportPage() {
  const t = useT();
  const { token = '' } = useParams();
  const report = useSharedReport(token);

  if (report.isPending) return <Loading />;
  if (report.isError) {
    const gone = isApiRequestError(report.error) && [400, 403, 404, 410].includes(report.error.status);
    return (
      <div className={pageStyles.narrow}>
        <PageTitle>{gone ? t('report.shared.goneTitle') : t('errors.unknown')}</PageTitle>
        <Alert tone="error">
          <p>{gone ? t('report.shared.goneText') : t('errors.loadFailed')}</p>
        </Alert>
      </div>
    );
  }
  const data = report.data;
  if (data.status === 'withheld') {
    return (
      <div className={pageStyles.narrow}>
        <PageTitle>{t('report.shared.withheldTitle')}</PageTitle>
        <ReportWithheldNotice report={data} />
      </div>
    );
  }
  return (
    <div className={reportStyles.reportPage}>
      <p className={pageStyles.eyebrow}>{data.organisation}</p>
      <PageTitle>{t('report.title', { title: data.title })}</PageTitle>
      <p className={cx(pageStyles.lead, reportStyles.lead)}>{t('report.shared.intro', { organisation: data.organisation })}</p>
      <ReportView report={data} audience="employees" roundId={data.roundId} />
    </div>
  );
}
