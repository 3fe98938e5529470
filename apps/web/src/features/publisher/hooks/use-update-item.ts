import type { ItemPatch } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publisherApi } from '../api/publisher-api';
import { itemQueryKey } from './use-item';
import { publisherItemsQueryKey } from './use-publisher-items';

export function useUpdateItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ItemPatch) => publisherApi.updateItem(id, body),
    onSuccess: (item) => {
      queryClient.setQueryData(itemQueryKey(item.id), item);
      void queryClient.invalidateQueries({ queryKey: publisherItemsQueryKey(item.publisherId) });
    },
  });
}
