import type { CreateOrganisationRequest, Organisation, UpdateOrganisationRequest } from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

/** A PATCH may also clear the optional KvK number (null), which the shared request type does
 * not express yet. */
export type OrganisationPatch = UpdateOrganisationRequest;

export const organisationsApi = {
  list: () => apiFetch<Organisation[]>('/api/organisations'),
  get: (id: string) => apiFetch<Organisation>(`/api/organisations/${encodeURIComponent(id)}`),
  create: (body: CreateOrganisationRequest) => apiFetch<Organisation>('/api/organisations', { method: 'POST', body }),
  update: (id: string, body: OrganisationPatch) =>
    apiFetch<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
};
