import type { AnswerMap } from '@groeiwijzer/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiRequestError } from '../../../lib/api';
import { scansApi } from '../api/scans-api';
import { roundQueryKey } from './use-round';

export const selfAssessmentQueryKey = (roundId: string) => ['self-assessment', roundId] as const;

/** The owner's earlier answers, or null when not filled in yet (the API answers 404). */
export function useSelfAssessment(roundId: string) {
  return useQuery({
    queryKey: selfAssessmentQueryKey(roundId),
    queryFn: async (): Promise<AnswerMap | null> => {
      try {
        return (await scansApi.getSelfAssessment(roundId)).answers;
      } catch (error) {
        if (isApiRequestError(error, 404)) return null;
        throw error;
      }
    },
  });
}

export function useSaveSelfAssessment(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: AnswerMap) => scansApi.saveSelfAssessment(roundId, { answers }),
    onSuccess: (_data, answers) => {
      queryClient.setQueryData(selfAssessmentQueryKey(roundId), answers);
      void queryClient.invalidateQueries({ queryKey: roundQueryKey(roundId) });
      void queryClient.invalidateQueries({ queryKey: ['report', roundId] });
    },
  });
}
