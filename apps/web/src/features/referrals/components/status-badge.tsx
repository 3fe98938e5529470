import type { ReferralStatus } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import styles from './status-badge.module.css';

/** A referral's status in words, with a colour per state (never the only cue). */
export function StatusBadge({ status }: { status: ReferralStatus }) {
  const t = useT();
  return <span className={`${styles.badge} ${styles[status]}`}>{t(`referrals.status.${status}`)}</span>;
}
