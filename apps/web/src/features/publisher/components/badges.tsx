import type { Item, PublisherSummary } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { awaitsApproval } from '../item-status';

export function PublisherStatusBadge({ status }: { status: PublisherSummary['status'] }) {
  const t = useT();
  return <span className={`badge badge--publisher-${status}`}>{t(`publisher.publisherStatus.${status}`)}</span>;
}

/** The item's status, and for a coach not yet approved also that it waits for an admin. */
export function ItemStatusBadges({ item }: { item: Item }) {
  const t = useT();
  return (
    <>
      <span className={`badge badge--item-${item.status}`}>{t(`publisher.itemStatus.${item.status}`)}</span>
      {awaitsApproval(item) && item.status !== 'archived' && (
        <>
          {' '}
          <span className="badge badge--waiting">{t('publisher.itemStatus.awaitingApproval')}</span>
        </>
      )}
    </>
  );
}
