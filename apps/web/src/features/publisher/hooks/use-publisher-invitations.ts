import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { publisherApi } from '../api/publisher-api';
import { publisherInvitationsQueryKey } from './use-publisher-members';

/** The pending invitations of a publisher, for its members. */
export function usePublisherInvitations(publisherId: string) {
  return useQuery({
    queryKey: publisherInvitationsQueryKey(publisherId),
    queryFn: () => publisherApi.listInvitations(publisherId),
    enabled: publisherId !== '',
  });
}

export function useRevokeInvitation(publisherId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => publisherApi.revokeInvitation(publisherId, invitationId),
    onSuccess: () => client.invalidateQueries({ queryKey: publisherInvitationsQueryKey(publisherId) }),
  });
}
