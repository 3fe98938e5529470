import { useQuery } from '@tanstack/react-query';
import { scansApi } from '../api/scans-api';

export const roundsQueryKey = (organisationId: string) => ['rounds', organisationId] as const;

export function useRounds(organisationId: string) {
  return useQuery({ queryKey: roundsQueryKey(organisationId), queryFn: () => scansApi.listRounds(organisationId) });
}
