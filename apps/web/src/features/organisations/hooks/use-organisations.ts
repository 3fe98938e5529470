import { useQuery } from '@tanstack/react-query';
import { organisationsApi } from '../api/organisations-api';

export const organisationsQueryKey = ['organisations'] as const;

export function useOrganisations() {
  return useQuery({ queryKey: organisationsQueryKey, queryFn: organisationsApi.list });
}
