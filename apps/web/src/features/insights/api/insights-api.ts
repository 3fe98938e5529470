import type { DemandResponse, FunnelResponse } from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

/** The regional demand signal and the publisher's funnel (docs/insights.md). */
export const insightsApi = {
  demand: (query: string) => apiFetch<DemandResponse>(`/api/insights/demand${query ? `?${query}` : ''}`),
  funnel: (publisherId: string) => apiFetch<FunnelResponse>(`/api/publishers/${enc(publisherId)}/funnel`),
};
