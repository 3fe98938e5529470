import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../../auth/hooks/use-me';
import { organisationsApi, type OrganisationPatch } from '../api/organisations-api';
import { organisationQueryKey } from './use-organisation';
import { organisationsQueryKey } from './use-organisations';

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationPatch) => organisationsApi.update(id, body),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationQueryKey(organisation.id), organisation);
      void queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
