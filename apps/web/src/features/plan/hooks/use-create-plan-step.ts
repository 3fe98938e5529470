import type { CreatePlanStepRequest, PlanStep, RecommendationsResponse } from '@groeiwijzer/contracts';
import type { AspectKey } from '@groeiwijzer/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recommendationsPrefix } from '../../matching/hooks/use-recommendations';
import { markInPlan } from '../../matching/recommendation-model';
import { planApi } from '../api/plan-api';
import { planQueryKey } from './use-plan';

/** A step written in the form, or one click on a recommendation: the item and its aspect, and
 * the API takes the item's title. */
export type NewPlanStep = CreatePlanStepRequest | { itemId: string; aspect: AspectKey };

export function useCreatePlanStep(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPlanStep) => planApi.create(organisationId, body),
    onSuccess: (step) => {
      queryClient.setQueryData<PlanStep[]>(planQueryKey(organisationId), (steps) => (steps ? [...steps, step] : steps));
      void queryClient.invalidateQueries({ queryKey: planQueryKey(organisationId) });
      if (step.itemId) {
        const itemId = step.itemId;
        queryClient.setQueriesData<RecommendationsResponse>({ queryKey: recommendationsPrefix(organisationId) }, (data) =>
          data ? markInPlan(data, itemId) : data,
        );
        void queryClient.invalidateQueries({ queryKey: recommendationsPrefix(organisationId) });
      }
    },
  });
}
