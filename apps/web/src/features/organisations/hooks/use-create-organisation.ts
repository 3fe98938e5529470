import type { CreateOrganisationRequest } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../../auth/hooks/use-me';
import { organisationsApi } from '../api/organisations-api';
import { organisationQueryKey } from './use-organisation';
import { organisationsQueryKey } from './use-organisations';

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => organisationsApi.create(body),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationQueryKey(organisation.id), organisation);
      void queryClient.invalidateQueries({ queryKey: organisationsQueryKey });
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
