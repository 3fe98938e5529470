import type { ItemEligibilityResponse, RecommendationsQuery, RecommendationsResponse } from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

/** "kind=coach&regionalOnly=true" with only what is set (false flags are left out). */
export function recommendationsQueryString(query: RecommendationsQuery): string {
  const params = new URLSearchParams();
  if (query.roundId) params.set('roundId', query.roundId);
  if (query.kind) params.set('kind', query.kind);
  if (query.regionalOnly) params.set('regionalOnly', 'true');
  if (query.freeOnly) params.set('freeOnly', 'true');
  if (query.language) params.set('language', query.language);
  return params.toString();
}

export const matchingApi = {
  recommendations: (organisationId: string, query: RecommendationsQuery, signal?: AbortSignal) => {
    const qs = recommendationsQueryString(query);
    return apiFetch<RecommendationsResponse>(`/api/organisations/${enc(organisationId)}/recommendations${qs ? `?${qs}` : ''}`, { signal });
  },
  dismiss: (organisationId: string, itemId: string) =>
    apiFetch<void>(`/api/organisations/${enc(organisationId)}/recommendations/${enc(itemId)}/dismiss`, { method: 'POST' }),
  restore: (organisationId: string, itemId: string) =>
    apiFetch<void>(`/api/organisations/${enc(organisationId)}/recommendations/${enc(itemId)}/dismiss`, { method: 'DELETE' }),
  eligibility: (itemId: string, organisationId: string, signal?: AbortSignal) =>
    apiFetch<ItemEligibilityResponse>(`/api/items/${enc(itemId)}/eligibility?organisationId=${enc(organisationId)}`, { signal }),
};
