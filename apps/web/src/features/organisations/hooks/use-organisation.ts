import { useQuery } from '@tanstack/react-query';
import { organisationsApi } from '../api/organisations-api';

export const organisationQueryKey = (id: string) => ['organisation', id] as const;

/** One organisation; waits while the id is not known yet (empty). */
export function useOrganisation(id: string) {
  return useQuery({ queryKey: organisationQueryKey(id), queryFn: () => organisationsApi.get(id), enabled: id !== '' });
}
