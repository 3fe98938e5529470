import type { RecommendationsQuery } from '@groeiwijzer/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocale } from '../../../i18n';
import { matchingApi } from '../api/matching-api';

/** Every list of one organisation, whatever the filters (to refresh them all after a change). */
export const recommendationsPrefix = (organisationId: string) => ['recommendations', organisationId] as const;

/** The reasons and intros are written by the API in the UI language, so the language is part of the key. */
export const recommendationsQueryKey = (organisationId: string, locale: string, query: RecommendationsQuery) =>
  [...recommendationsPrefix(organisationId), locale, query] as const;

/** Recommendations for an organisation; the previous list stays on screen while a filter change loads. */
export function useRecommendations(organisationId: string, query: RecommendationsQuery, enabled = true) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: recommendationsQueryKey(organisationId, locale, query),
    queryFn: ({ signal }) => matchingApi.recommendations(organisationId, query, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && organisationId !== '',
  });
}
