import type { CreateReferralRequest } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recommendationsPrefix } from '../../matching/hooks/use-recommendations';
import { referralsApi } from '../api/referrals-api';
import { ownerReferralsQueryKey } from './use-owner-referrals';

/** "Vraag hulp": a request to a coach with the owner's message and sharing choice. */
export function useCreateReferral(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReferralRequest) => referralsApi.create(organisationId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ownerReferralsQueryKey(organisationId) });
      // The coach has one place less: the lists say so.
      void queryClient.invalidateQueries({ queryKey: recommendationsPrefix(organisationId) });
    },
  });
}
