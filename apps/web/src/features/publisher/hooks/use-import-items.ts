import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale } from '../../../i18n';
import { publisherApi, type ImportRequest } from '../api/publisher-api';
import { publisherItemsQueryKey } from './use-publisher-items';

/** POST /api/publishers/:id/import, as a dry run or for real (see `dryRun` in the request). */
export function useImportItems(publisherId: string) {
  const queryClient = useQueryClient();
  // The same language the rest of the app sends: the one the user picked.
  const { locale } = useLocale();
  return useMutation({
    mutationFn: (request: ImportRequest) => publisherApi.importItems(publisherId, request, locale),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: publisherItemsQueryKey(publisherId) });
    },
  });
}
