import { useQuery } from '@tanstack/react-query';
import { useLocale } from '../../../i18n';
import { matchingApi } from '../api/matching-api';

/** The rules are written by the API in the UI language, so the language is part of the key. */
export const itemEligibilityQueryKey = (itemId: string, organisationId: string, locale: string) =>
  ['item-eligibility', itemId, organisationId, locale] as const;

/** Whether a catalogue item fits one of the owner's organisations, rule by rule. */
export function useItemEligibility(itemId: string, organisationId: string) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: itemEligibilityQueryKey(itemId, organisationId, locale),
    queryFn: ({ signal }) => matchingApi.eligibility(itemId, organisationId, signal),
  });
}
