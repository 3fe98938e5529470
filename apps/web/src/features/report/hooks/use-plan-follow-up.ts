import type { FollowUpRequest, FollowUpResponse } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reportApi } from '../api/report-api';
import { followUpQueryKey } from './use-follow-up';

/** Plans or moves the follow-up session; the API mails every owner the appointment. */
export function usePlanFollowUp(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: FollowUpRequest) => reportApi.planFollowUp(roundId, request),
    onSuccess: (followUp) => queryClient.setQueryData<FollowUpResponse>(followUpQueryKey(roundId), { followUp }),
  });
}
