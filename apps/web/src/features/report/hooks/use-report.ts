import { useQuery } from '@tanstack/react-query';
import { reportApi } from '../api/report-api';

export const reportQueryKey = (roundId: string) => ['report', roundId] as const;
export const sharedReportQueryKey = (token: string) => ['shared-report', token] as const;

/** The owner's report of a round; waits while the round is not known (empty id). */
export function useReport(roundId: string, enabled = true) {
  return useQuery({ queryKey: reportQueryKey(roundId), queryFn: () => reportApi.get(roundId), enabled: enabled && roundId !== '' });
}

export function useSharedReport(token: string) {
  return useQuery({ queryKey: sharedReportQueryKey(token), queryFn: () => reportApi.getShared(token) });
}
