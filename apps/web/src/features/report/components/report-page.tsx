import { Link, useParams } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { Alert, Loading, PageTitle } from '../../../ui';
import { ReportHelpSection } from '../../matching/components/report-help-section';
import { useRound } from '../../scans/hooks/use-round';
import { RoundLoadError } from '../../scans/components/round-load-error';
import { useReport } from '../hooks/use-report';
import { reportPdfUrl } from '../api/report-api';
import { FollowUpSection } from './follow-up-section';
import { ReportShare } from './report-share';
import { ReportView } from './report-view';
import { ReportWithheldNotice } from './report-withheld';
import { cx } from '../../../ui/cx';
import reportStyles from '../report.module.css';
import buttonStyles from '../../../ui/button.module.css';

/** The owner's report of one round: withheld below the threshold, otherwise the full report. */
export function ReportPage() {
  const t = useT();
  const { locale } = useLocale();
  const { roundId = '' } = useParams();
  const round = useRound(roundId);
  const report = useReport(roundId);

  if (round.isPending || report.isPending) return <Loading />;
  if (round.isError) return <RoundLoadError error={round.error} />;

  return (
    <div className={reportStyles.reportPage}>
      <p className="no-print">
        <Link to={`/scans/${roundId}`}>{t('report.backToRound')}</Link>
      </p>
      <PageTitle>{t('report.title', { title: round.data.title })}</PageTitle>
      {report.isError ? (
        <Alert tone="error">
          <p>{t('errors.loadFailed')}</p>
        </Alert>
      ) : report.data.status === 'withheld' ? (
        <ReportWithheldNotice report={report.data} />
      ) : (
        <>
          <p className="no-print">
            <a className={cx(buttonStyles.button, buttonStyles.buttonPrimary)} href={reportPdfUrl(roundId, locale)} download>
              {t('report.actions.pdf')}
            </a>
          </p>
          <ReportView report={report.data} audience="owner" roundId={roundId} />
          {/* Right after the suggested agenda, which ends the report. */}
          <FollowUpSection roundId={roundId} />
          <ReportHelpSection organisationId={round.data.organisationId} roundId={roundId} />
          <ReportShare round={round.data} />
        </>
      )}
    </div>
  );
}
