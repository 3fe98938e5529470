import type { ItemInput } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publisherApi } from '../api/publisher-api';
import { itemQueryKey } from './use-item';
import { publisherItemsQueryKey } from './use-publisher-items';

export function useCreateItem(publisherId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ItemInput) => publisherApi.createItem(publisherId, body),
    onSuccess: (item) => {
      queryClient.setQueryData(itemQueryKey(item.id), item);
      void queryClient.invalidateQueries({ queryKey: publisherItemsQueryKey(publisherId) });
    },
  });
}
