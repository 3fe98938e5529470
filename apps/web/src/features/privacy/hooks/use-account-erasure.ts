import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { privacyApi } from '../api/privacy-api';

export const accountErasureQueryKey = ['account-erasure'] as const;

export function useAccountErasure() {
  const queryClient = useQueryClient();
  const state = useQuery({ queryKey: accountErasureQueryKey, queryFn: privacyApi.accountErasure });
  const refresh = () => queryClient.invalidateQueries({ queryKey: accountErasureQueryKey });
  const erase = useMutation({ mutationFn: privacyApi.eraseAccount, onSuccess: refresh });
  const restore = useMutation({ mutationFn: privacyApi.restoreAccount, onSuccess: refresh });
  return { state, erase, restore };
}
