import { useQuery } from '@tanstack/react-query';
import { adminApi } from '../api/admin-api';
import type { OutboxStatus } from '../outbox-model';

export const outboxKey = ['admin', 'outbox'] as const;
export const outboxQueryKey = (status: OutboxStatus | null) => [...outboxKey, status ?? 'all'] as const;

/** How often the outbox is read again while its page is open. */
export const OUTBOX_REFRESH_MS = 10_000;

/** Counts per status and the latest 200 mails (all, or of one status); kept fresh while shown. */
export function useOutbox(status: OutboxStatus | null) {
  return useQuery({
    queryKey: outboxQueryKey(status),
    queryFn: () => adminApi.outbox(status),
    refetchInterval: OUTBOX_REFRESH_MS,
    // Keep the table while another filter loads, so it does not flash empty.
    placeholderData: (previous) => previous,
  });
}
