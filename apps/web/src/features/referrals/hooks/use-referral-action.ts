import type { OwnerReferral } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { referralsApi } from '../api/referrals-api';
import { ownerReferralsQueryKey } from './use-owner-referrals';

function useOwnerReferralMutation(organisationId: string, call: (referralId: string) => Promise<OwnerReferral | undefined>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (referral: Pick<OwnerReferral, 'id'>) => call(referral.id),
    onSuccess: (updated) => {
      // Forwarding answers with the new request; the others with the one changed.
      queryClient.setQueryData<OwnerReferral[]>(ownerReferralsQueryKey(organisationId), (list) =>
        !list || !updated ? list : list.some((r) => r.id === updated.id) ? list.map((r) => (r.id === updated.id ? updated : r)) : [updated, ...list],
      );
      void queryClient.invalidateQueries({ queryKey: ownerReferralsQueryKey(organisationId) });
    },
  });
}

/** "Toestemming intrekken": from now on the coach no longer sees what was shared. */
export function useWithdrawConsent(organisationId: string) {
  return useOwnerReferralMutation(organisationId, referralsApi.withdrawConsent);
}

/** A request that lapsed or was declined goes to the next best coach, without retyping. */
export function useForwardReferral(organisationId: string) {
  return useOwnerReferralMutation(organisationId, referralsApi.forward);
}

/** Call off a request the coach has not answered yet. */
export function useCancelReferral(organisationId: string) {
  return useOwnerReferralMutation(organisationId, referralsApi.cancel);
}
