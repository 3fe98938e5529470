import type { RoundSummary } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { cx, variant } from '../../../ui/cx';
import badgeStyles from '../../../ui/badge.module.css';

export function RoundStatusBadge({ status }: { status: RoundSummary['status'] }) {
  const t = useT();
  return <span className={cx(badgeStyles.badge, variant(badgeStyles, 'badge', status))}>{t(`scans.status.${status}`)}</span>;
}
