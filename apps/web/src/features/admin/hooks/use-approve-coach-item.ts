import type { Item } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../api/admin-api';
import { pendingCoachItemsQueryKey } from './use-pending-coach-items';

/** Approves (and so publishes) one coach item; it leaves the waiting list at once. */
export function useApproveCoachItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: Item) => adminApi.approveItem(item.id),
    onSuccess: (_approved, item) => {
      queryClient.setQueryData<Item[]>(pendingCoachItemsQueryKey, (list) => list?.filter((i) => i.id !== item.id));
      void queryClient.invalidateQueries({ queryKey: pendingCoachItemsQueryKey });
    },
  });
}
