import type { OwnerFeedbackRequest } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { referralsApi } from '../api/referrals-api';
import { ownerReferralsQueryKey } from './use-owner-referrals';

/** The owner's rating of the help (1–5) and a comment, after the coach completed the referral. */
export function useOwnerFeedback(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referralId, body }: { referralId: string; body: OwnerFeedbackRequest }) => referralsApi.feedback(referralId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownerReferralsQueryKey(organisationId) }),
  });
}
