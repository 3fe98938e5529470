import { useQuery } from '@tanstack/react-query';
import { insightsApi } from '../api/insights-api';

export const demandQueryKey = (query: string) => ['insights-demand', query] as const;

/** The protected demand figures for the filters in `query` (a query string, the API's own names). */
export function useDemand(query: string) {
  return useQuery({ queryKey: demandQueryKey(query), queryFn: () => insightsApi.demand(query), retry: false });
}
