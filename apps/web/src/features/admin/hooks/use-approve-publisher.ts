import type { PublisherSummary } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../api/admin-api';
import { adminPublishersKey, adminPublishersQueryKey } from './use-admin-publishers';

/** Approves one publisher; it leaves the waiting list at once and both lists reload. */
export function useApprovePublisher() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (publisher: PublisherSummary) => adminApi.approvePublisher(publisher.id),
    onSuccess: (_answer, publisher) => {
      queryClient.setQueryData<PublisherSummary[]>(adminPublishersQueryKey('pending'), (list) =>
        list?.filter((p) => p.id !== publisher.id),
      );
      void queryClient.invalidateQueries({ queryKey: adminPublishersKey });
    },
  });
}
