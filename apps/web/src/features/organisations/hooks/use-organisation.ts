import { useQuery } from '@tanstack/react-query';
import { organisationsApi } from '../api/organisations-api';

export const organisationQueryKey = (id: string) => ['organisation', id] as const;

export function useOrganisation(id: string) {
  return useQuery({ queryKey: organisationQueryKey(id), queryFn: () => organisationsApi.get(id) });
}
