import type { PlanStep, UpdatePlanStepRequest } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { planApi } from '../api/plan-api';
import { planQueryKey } from './use-plan';

/** Saves the edit form (or a checklist tick) of one step. */
export function useUpdatePlanStep(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stepId, body }: { stepId: string; body: UpdatePlanStepRequest }) => planApi.update(stepId, body),
    onSuccess: (updated) => {
      queryClient.setQueryData<PlanStep[]>(planQueryKey(organisationId), (steps) =>
        steps?.map((step) => (step.id === updated.id ? updated : step)),
      );
      void queryClient.invalidateQueries({ queryKey: planQueryKey(organisationId) });
    },
  });
}
