import { useQuery } from '@tanstack/react-query';
import { adminApi, type PublisherStatus } from '../api/admin-api';

export const adminPublishersKey = ['admin', 'publishers'] as const;
export const adminPublishersQueryKey = (status: PublisherStatus) => [...adminPublishersKey, status] as const;

/** Publishers waiting for approval, or the approved ones. */
export function useAdminPublishers(status: PublisherStatus) {
  return useQuery({ queryKey: adminPublishersQueryKey(status), queryFn: () => adminApi.publishers(status) });
}
