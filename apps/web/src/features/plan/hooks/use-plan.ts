import { useQuery } from '@tanstack/react-query';
import { planApi } from '../api/plan-api';

export const planQueryKey = (organisationId: string) => ['plan', organisationId] as const;

/** Every step of an organisation's action plan. */
export function usePlan(organisationId: string) {
  return useQuery({ queryKey: planQueryKey(organisationId), queryFn: () => planApi.list(organisationId), enabled: organisationId !== '' });
}
