import type { RecommendationsResponse } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { matchingApi } from '../api/matching-api';
import { withoutDismissed } from '../recommendation-model';
import { recommendationsPrefix } from './use-recommendations';

export interface RestoreVariables {
  itemId: string;
  title: string;
}

/** Undo "Niet relevant": the item returns to the list once the API answers anew. */
export function useRestoreRecommendation(organisationId: string) {
  const queryClient = useQueryClient();
  const prefix = recommendationsPrefix(organisationId);
  return useMutation({
    mutationFn: ({ itemId }: RestoreVariables) => matchingApi.restore(organisationId, itemId),
    onSuccess: (_nothing, { itemId }) => {
      queryClient.setQueriesData<RecommendationsResponse>({ queryKey: prefix }, (data) => (data ? withoutDismissed(data, itemId) : data));
      return queryClient.invalidateQueries({ queryKey: prefix });
    },
  });
}
