import { useQuery } from '@tanstack/react-query';
import { adminApi } from '../api/admin-api';

export const pendingCoachItemsQueryKey = ['admin', 'coach-items', 'pending'] as const;

/** Coach profiles waiting for an admin's approval. */
export function usePendingCoachItems() {
  return useQuery({ queryKey: pendingCoachItemsQueryKey, queryFn: adminApi.pendingCoachItems });
}
