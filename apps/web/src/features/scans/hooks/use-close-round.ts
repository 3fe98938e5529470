import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scansApi } from '../api/scans-api';
import { roundQueryKey } from './use-round';

export function useCloseRound(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => scansApi.closeRound(roundId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: roundQueryKey(roundId) });
      void queryClient.invalidateQueries({ queryKey: ['rounds'] });
      void queryClient.invalidateQueries({ queryKey: ['report', roundId] });
    },
  });
}
