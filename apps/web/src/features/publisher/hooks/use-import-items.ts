import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publisherApi, type ImportRequest } from '../api/publisher-api';
import { publisherItemsQueryKey } from './use-publisher-items';

/** POST /api/publishers/:id/import, as a dry run or for real (see `dryRun` in the request). */
export function useImportItems(publisherId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => publisherApi.importItems(publisherId, request),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: publisherItemsQueryKey(publisherId) });
    },
  });
}
