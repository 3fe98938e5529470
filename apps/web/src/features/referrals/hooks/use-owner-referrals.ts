import { useQuery } from '@tanstack/react-query';
import { referralsApi } from '../api/referrals-api';

export const ownerReferralsQueryKey = (organisationId: string) => ['referrals', organisationId] as const;

/** The organisation's requests to coaches, with every step and its date. */
export function useOwnerReferrals(organisationId: string) {
  return useQuery({
    queryKey: ownerReferralsQueryKey(organisationId),
    queryFn: () => referralsApi.list(organisationId),
    enabled: organisationId !== '',
  });
}
