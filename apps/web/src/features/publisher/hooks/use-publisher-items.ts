import { useQuery } from '@tanstack/react-query';
import { publisherApi } from '../api/publisher-api';

export const publisherItemsQueryKey = (publisherId: string) => ['publisher-items', publisherId] as const;

/** The publisher's own items in every status: drafts, published and archived. */
export function usePublisherItems(publisherId: string) {
  return useQuery({
    queryKey: publisherItemsQueryKey(publisherId),
    queryFn: () => publisherApi.listItems(publisherId),
    enabled: publisherId !== '',
  });
}
