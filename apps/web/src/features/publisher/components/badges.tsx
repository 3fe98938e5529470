import type { Item, PublisherSummary } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { awaitsApproval } from '../item-status';
import badgeStyles from '../../../ui/badge.module.css';
import { cx, variant } from '../../../ui/cx';
import styles from './badges.module.css';

export function PublisherStatusBadge({ status }: { status: PublisherSummary['status'] }) {
  const t = useT();
  return <span className={cx(badgeStyles.badge, variant(styles, 'badgePublisher', status))}>{t(`publisher.publisherStatus.${status}`)}</span>;
}

/** The item's status, and for a coach not yet approved also that it waits for an admin. */
export function ItemStatusBadges({ item }: { item: Item }) {
  const t = useT();
  return (
    <>
      <span className={cx(badgeStyles.badge, variant(styles, 'badgeItem', item.status))}>{t(`publisher.itemStatus.${item.status}`)}</span>
      {awaitsApproval(item) && item.status !== 'archived' && (
        <>
          {' '}
          <span className={cx(badgeStyles.badge, styles.badgeWaiting)}>{t('publisher.itemStatus.awaitingApproval')}</span>
        </>
      )}
    </>
  );
}
