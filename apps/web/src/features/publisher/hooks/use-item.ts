import { useQuery } from '@tanstack/react-query';
import { publisherApi } from '../api/publisher-api';

export const itemQueryKey = (id: string) => ['item', id] as const;

/** One catalogue item; members of its publisher also get drafts and archived items. */
export function useItem(id: string) {
  return useQuery({ queryKey: itemQueryKey(id), queryFn: () => publisherApi.getItem(id), enabled: id !== '' });
}
