import type { InviteResponse } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scansApi } from '../api/scans-api';
import { chunk, mergeInviteResults, MAX_INVITES_PER_REQUEST } from '../email-list';
import { roundQueryKey } from './use-round';

/** Invites in batches of at most 500 (the API's limit per request) and adds up the results. */
export function useInvite(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (emails: string[]): Promise<InviteResponse> => {
      const results: InviteResponse[] = [];
      for (const batch of chunk(emails, MAX_INVITES_PER_REQUEST)) results.push(await scansApi.invite(roundId, batch));
      return mergeInviteResults(results);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: roundQueryKey(roundId) }),
  });
}
