import { useMutation, useQueryClient } from '@tanstack/react-query';
import { privacyApi } from '../api/privacy-api';

/** Ask to erase an organisation, or undo it; the organisation is read again either way. */
export function useOrganisationErasure(organisationId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['organisation', organisationId] });
  const erase = useMutation({ mutationFn: () => privacyApi.eraseOrganisation(organisationId), onSuccess: refresh });
  const restore = useMutation({ mutationFn: () => privacyApi.restoreOrganisation(organisationId), onSuccess: refresh });
  return { erase, restore };
}
