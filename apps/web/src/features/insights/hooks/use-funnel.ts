import { useQuery } from '@tanstack/react-query';
import { insightsApi } from '../api/insights-api';

export const funnelQueryKey = (publisherId: string) => ['publisher-funnel', publisherId] as const;

/** Views, clicks, plan adds, referrals and feedback of the publisher's items, per month. */
export function useFunnel(publisherId: string) {
  return useQuery({ queryKey: funnelQueryKey(publisherId), queryFn: () => insightsApi.funnel(publisherId) });
}
