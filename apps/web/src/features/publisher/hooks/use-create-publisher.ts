import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../../auth/hooks/use-me';
import { publisherApi, type CreatePublisherBody } from '../api/publisher-api';
import { publisherQueryKey } from './use-publisher';

export function useCreatePublisher() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePublisherBody) => publisherApi.createPublisher(body),
    onSuccess: (publisher) => {
      queryClient.setQueryData(publisherQueryKey(publisher.id), publisher);
      // The session lists the user's publishers (and the menu shows the publisher link by it).
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
