import type { PlanStep } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recommendationsPrefix } from '../../matching/hooks/use-recommendations';
import { planApi } from '../api/plan-api';
import { planQueryKey } from './use-plan';

export function useDeletePlanStep(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: Pick<PlanStep, 'id' | 'title'>) => planApi.remove(step.id),
    onSuccess: (_nothing, removed) => {
      queryClient.setQueryData<PlanStep[]>(planQueryKey(organisationId), (steps) => steps?.filter((step) => step.id !== removed.id));
      void queryClient.invalidateQueries({ queryKey: planQueryKey(organisationId) });
      // An item whose step is gone is no longer "in je plan".
      void queryClient.invalidateQueries({ queryKey: recommendationsPrefix(organisationId) });
    },
  });
}
