import type { RecommendationsResponse } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { matchingApi } from '../api/matching-api';
import { withoutItem } from '../recommendation-model';
import { recommendationsPrefix } from './use-recommendations';

export interface DismissVariables {
  itemId: string;
  title: string;
}

/** "Niet relevant": the item leaves the list at once; the lists are fetched anew afterwards. */
export function useDismissRecommendation(organisationId: string) {
  const queryClient = useQueryClient();
  const prefix = recommendationsPrefix(organisationId);
  return useMutation({
    mutationFn: ({ itemId }: DismissVariables) => matchingApi.dismiss(organisationId, itemId),
    onMutate: async ({ itemId }) => {
      await queryClient.cancelQueries({ queryKey: prefix });
      const before = queryClient.getQueriesData<RecommendationsResponse>({ queryKey: prefix });
      const at = new Date().toISOString();
      queryClient.setQueriesData<RecommendationsResponse>({ queryKey: prefix }, (data) => (data ? withoutItem(data, itemId, at) : data));
      return { before };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: prefix }),
  });
}
