import type { CoachFeedbackRequest, CoachInbox, CoachReferral, DeclineReferralRequest } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coachApi } from '../api/coach-api';
import { coachInboxQueryKey } from './use-coach-inbox';

function useInboxMutation<V extends { referralId: string }>(call: (variables: V) => Promise<CoachReferral | unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (answer) => {
      const updated = answer as CoachReferral | undefined;
      if (updated && typeof updated === 'object' && 'id' in updated) {
        queryClient.setQueryData<CoachInbox>(coachInboxQueryKey, (inbox) =>
          inbox ? { ...inbox, referrals: inbox.referrals.map((r) => (r.id === updated.id ? updated : r)) } : inbox,
        );
      }
      return queryClient.invalidateQueries({ queryKey: coachInboxQueryKey });
    },
  });
}

/** Taking on a request: the owner's contact details become visible. */
export function useAcceptReferral() {
  return useInboxMutation(({ referralId }: { referralId: string }) => coachApi.accept(referralId));
}

export function useDeclineReferral() {
  return useInboxMutation(({ referralId, body }: { referralId: string; body: DeclineReferralRequest }) => coachApi.decline(referralId, body));
}

export function useCompleteReferral() {
  return useInboxMutation(({ referralId }: { referralId: string }) => coachApi.complete(referralId));
}

/** Whether the company followed up, after completing. */
export function useCoachFeedback() {
  return useInboxMutation(({ referralId, body }: { referralId: string; body: CoachFeedbackRequest }) => coachApi.feedback(referralId, body));
}
