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
 * the API refuses, the board goes back to how it was. The board is read again only when the last
 * of several quick moves has settled: a reload after the first would show the server before the
 * second arrived there, the card jumping back (and losing focus) for a moment. */
export function useMovePlanStep(organisationId: string) {
  const queryClient = useQueryClient();
  const key = planQueryKey(organisationId);
  const mutationKey = ['plan-move', organisationId];
  return useMutation({
    mutationKey,
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
    // This move still counts while it settles: 1 means no other move is on its way.
    onSettled: () => (queryClient.isMutating({ mutationKey }) === 1 ? queryClient.invalidateQueries({ queryKey: key }) : undefined),
  });
}
