import { useQuery } from '@tanstack/react-query';
import { scansApi } from '../api/scans-api';

export const roundQueryKey = (roundId: string) => ['round', roundId] as const;

export function useRound(roundId: string) {
  return useQuery({ queryKey: roundQueryKey(roundId), queryFn: () => scansApi.getRound(roundId) });
}
