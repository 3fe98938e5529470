import type { Item, SearchQuery, SearchResponse } from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

/** "q=…&kind=…&page=…" with only the parameters that are set. */
export function searchQueryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

export const catalogueApi = {
  search: (query: SearchQuery, signal?: AbortSignal) => {
    const qs = searchQueryString(query);
    return apiFetch<SearchResponse>(`/api/search${qs ? `?${qs}` : ''}`, { signal });
  },
  getItem: (id: string, signal?: AbortSignal) => apiFetch<Item>(`/api/items/${encodeURIComponent(id)}`, { signal }),
};
