import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { publisherApi } from '../api/publisher-api';

export const publisherMembersQueryKey = (publisherId: string) => ['publisher-members', publisherId] as const;
export const publisherInvitationsQueryKey = (publisherId: string) => ['publisher-invitations', publisherId] as const;

/** The editors of a publisher. */
export function usePublisherMembers(publisherId: string) {
  return useQuery({ queryKey: publisherMembersQueryKey(publisherId), queryFn: () => publisherApi.listMembers(publisherId), enabled: publisherId !== '' });
}

export function useAddPublisherMember(publisherId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => publisherApi.addMember(publisherId, email),
    onSuccess: (result) => {
      if (Array.isArray(result)) client.setQueryData(publisherMembersQueryKey(publisherId), result);
      else void client.invalidateQueries({ queryKey: publisherInvitationsQueryKey(publisherId) });
    },
  });
}

export function useRemovePublisherMember(publisherId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => publisherApi.removeMember(publisherId, userId),
    onSuccess: () => client.invalidateQueries({ queryKey: publisherMembersQueryKey(publisherId) }),
  });
}
