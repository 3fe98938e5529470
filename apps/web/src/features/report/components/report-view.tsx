import type { ReportReady } from '@groeiwijzer/contracts';
import { plural, useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { AgendaSection } from './agenda-section';
import { AspectScoresSection } from './aspect-scores-section';
import { BenchmarkSection } from './benchmark-section';
import { CommentsSection } from './comments-section';
import { GapsSection } from './gaps-section';
import { GroupsSection } from './groups-section';
import { RadarSection } from './radar-section';
import { StrengthsSection } from './strengths-section';
import { TrendSection } from './trend-section';
import styles from './report-view.module.css';

interface ReportViewProps {
  report: ReportReady;
  /** The owner's own report (with the self-assessment); false for the shared, read-only one. */
  audience: 'owner' | 'employees';
  roundId: string;
}

/** The whole report, in reading order: overview, findings, details, comparisons, words, agenda. */
export function ReportView({ report, audience, roundId }: ReportViewProps) {
  const t = useT();
  const { locale } = useLocale();
  const owner = audience === 'owner';
  return (
    <div>
      <p className={styles.reportMeta}>
        {plural(t, 'report.meta', report.respondents)}
        {report.closedAt && ` ${t('report.closedOn', { date: formatDate(report.closedAt, locale) })}`}
      </p>
      <RadarSection report={report} showOwner={owner} />
      <StrengthsSection report={report} />
      <AspectScoresSection report={report} />
      {owner && <GapsSection report={report} roundId={roundId} />}
      <TrendSection report={report} />
      <BenchmarkSection report={report} />
      <GroupsSection report={report} />
      <CommentsSection report={report} />
      <AgendaSection report={report} />
    </div>
  );
}
