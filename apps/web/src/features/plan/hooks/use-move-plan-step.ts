import type { PlanStep } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { planApi } from '../api/plan-api';
import { applyMove, type MoveTarget } from '../plan-board';
import { planQueryKey } from './use-plan';

export interface MoveVariables {
  stepId: string;
  target: MoveTarget;
}

/** A move shows at once (the board must follow the keyboard or the mouse without waiting); if
 * the API refuses, the board goes back to how it was. */
export function useMovePlanStep(organisationId: string) {
  const queryClient = useQueryClient();
  const key = planQueryKey(organisationId);
  return useMutation({
    mutationFn: ({ stepId, target }: MoveVariables) => planApi.update(stepId, { status: target.status, position: target.position }),
    onMutate: async ({ stepId, target }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<PlanStep[]>(key);
      if (before) queryClient.setQueryData<PlanStep[]>(key, applyMove(before, stepId, target));
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
