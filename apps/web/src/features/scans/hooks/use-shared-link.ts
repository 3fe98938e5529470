import type { RoundDetail } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scansApi } from '../api/scans-api';
import { roundQueryKey } from './use-round';

/** Close the shared survey link (the QR poster), or open it again. */
export function useSharedLink(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (open: boolean) => scansApi.setSharedLinkOpen(roundId, open),
    onSuccess: (round) => queryClient.setQueryData<RoundDetail>(roundQueryKey(roundId), round),
  });
}
