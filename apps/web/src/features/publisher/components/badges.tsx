import type { Item, PublisherSummary } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { awaitsApproval } from '../item-status';
import publisherStyles from '../publisher.module.css';
import badgeStyles from '../../../ui/badge.module.css';
import { cx, variant } from '../../../ui/cx';

export function PublisherStatusBadge({ status }: { status: PublisherSummary['status'] }) {
  const t = useT();
  return <span className={cx(badgeStyles.badge, variant(publisherStyles, 'badgePublisher', status))}>{t(`publisher.publisherStatus.${status}`)}</span>;
}

/** The item's status, and for a coach not yet approved also that it waits for an admin. */
export function ItemStatusBadges({ item }: { item: Item }) {
  const t = useT();
  return (
    <>
      <span className={cx(badgeStyles.badge, variant(publisherStyles, 'badgeItem', item.status))}>{t(`publisher.itemStatus.${item.status}`)}</span>
      {awaitsApproval(item) && item.status !== 'archived' && (
        <>
          {' '}
          <span className={cx(badgeStyles.badge, publisherStyles.badgeWaiting)}>{t('publisher.itemStatus.awaitingApproval')}</span>
        </>
      )}
    </>
  );
}
