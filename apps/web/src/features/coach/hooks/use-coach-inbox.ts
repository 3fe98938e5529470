import { useQuery } from '@tanstack/react-query';
import { coachApi } from '../api/coach-api';

export const coachInboxQueryKey = ['coach-inbox'] as const;

/** The signed-in coach's referrals, places and ratings. */
export function useCoachInbox(enabled = true) {
  return useQuery({ queryKey: coachInboxQueryKey, queryFn: coachApi.inbox, enabled });
}
