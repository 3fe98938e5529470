import { useQuery } from '@tanstack/react-query';
import { publisherApi } from '../api/publisher-api';

export const publisherQueryKey = (id: string) => ['publisher', id] as const;

/** One publisher the signed-in user belongs to (404 for anyone else). */
export function usePublisher(id: string) {
  return useQuery({ queryKey: publisherQueryKey(id), queryFn: () => publisherApi.getPublisher(id), enabled: id !== '' });
}
