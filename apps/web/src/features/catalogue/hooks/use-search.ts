import type { SearchQuery } from '@groeiwijzer/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { catalogueApi } from '../api/catalogue-api';

export const searchQueryKey = (query: SearchQuery) => ['catalogue-search', query] as const;

/** Search results; the previous results stay on screen while the next ones load. */
export function useSearch(query: SearchQuery) {
  return useQuery({
    queryKey: searchQueryKey(query),
    queryFn: ({ signal }) => catalogueApi.search(query, signal),
    placeholderData: keepPreviousData,
  });
}
