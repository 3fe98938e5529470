import type { FollowUpResponse } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reportApi } from '../api/report-api';
import { followUpQueryKey } from './use-follow-up';

/** Takes the follow-up session off the plan (no reminder the day before any more). */
export function useCancelFollowUp(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reportApi.cancelFollowUp(roundId),
    onSuccess: () => queryClient.setQueryData<FollowUpResponse>(followUpQueryKey(roundId), { followUp: null }),
  });
}
