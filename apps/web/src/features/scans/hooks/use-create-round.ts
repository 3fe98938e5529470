import type { CreateRoundRequest } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scansApi } from '../api/scans-api';
import { roundsQueryKey } from './use-rounds';

export function useCreateRound(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoundRequest) => scansApi.createRound(organisationId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: roundsQueryKey(organisationId) }),
  });
}
