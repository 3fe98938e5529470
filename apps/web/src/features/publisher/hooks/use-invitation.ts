import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiRequestError } from '../../../lib/api';
import { authApi } from '../../auth/api/auth-api';
import { meQueryKey } from '../../auth/hooks/use-me';
import { publisherApi } from '../api/publisher-api';

export const invitationQueryKey = (token: string) => ['invitation', token] as const;

/** What an invitation link offers; public. */
export function useInvitation(token: string) {
  return useQuery({ queryKey: invitationQueryKey(token), queryFn: () => publisherApi.getInvitation(token), enabled: token !== '' });
}

/** Accepting makes the user an editor: their publishers (in `me`) change. */
export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => publisherApi.acceptInvitation(token),
    onSuccess: () => client.invalidateQueries({ queryKey: meQueryKey }),
  });
}

/** Signed in with another address: sign out but stay on the invitation, which then offers
 * signing in or creating an account with the invited address. */
export function useSignOutHere() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await authApi.logout();
      } catch (error) {
        if (!isApiRequestError(error, 401)) throw error;
      }
    },
    onSuccess: () => {
      client.setQueryData(meQueryKey, null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] && query.queryKey[0] !== 'invitation' });
    },
  });
}
