import { useQuery } from '@tanstack/react-query';
import { reportApi } from '../api/report-api';

export const followUpQueryKey = (roundId: string) => ['follow-up', roundId] as const;

/** The planned follow-up session of a round, or null when none is planned. */
export function useFollowUp(roundId: string) {
  return useQuery({ queryKey: followUpQueryKey(roundId), queryFn: () => reportApi.getFollowUp(roundId) });
}
