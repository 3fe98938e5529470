import { useQuery } from '@tanstack/react-query';
import { reportApi } from '../api/report-api';

export const reportQueryKey = (roundId: string) => ['report', roundId] as const;
export const sharedReportQueryKey = (token: string) => ['shared-report', token] as const;

export function useReport(roundId: string) {
  return useQuery({ queryKey: reportQueryKey(roundId), queryFn: () => reportApi.get(roundId) });
}

export function useSharedReport(token: string) {
  return useQuery({ queryKey: sharedReportQueryKey(token), queryFn: () => reportApi.getShared(token) });
}
