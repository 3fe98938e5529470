import type { RoundSummary } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';

export function RoundStatusBadge({ status }: { status: RoundSummary['status'] }) {
  const t = useT();
  return <span className={`badge badge--${status}`}>{t(`scans.status.${status}`)}</span>;
}
