import type { Item } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { publisherApi } from '../api/publisher-api';
import { itemQueryKey } from './use-item';
import { publisherItemsQueryKey } from './use-publisher-items';

/** Puts the updated item in the caches right away, so the list shows its new status. */
function storeItem(queryClient: QueryClient, item: Item) {
  queryClient.setQueryData(itemQueryKey(item.id), item);
  queryClient.setQueryData<Item[]>(publisherItemsQueryKey(item.publisherId), (items) =>
    items?.map((existing) => (existing.id === item.id ? item : existing)),
  );
}

/** POST /api/items/:id/publish */
export function usePublishItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publisherApi.publishItem, onSuccess: (item) => storeItem(queryClient, item) });
}

/** POST /api/items/:id/archive */
export function useArchiveItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publisherApi.archiveItem, onSuccess: (item) => storeItem(queryClient, item) });
}

/** POST /api/items/:id/verify: the publisher confirms the item is still right today. */
export function useVerifyItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publisherApi.verifyItem, onSuccess: (item) => storeItem(queryClient, item) });
}
