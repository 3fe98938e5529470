import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { isApiRequestError } from '../../../lib/api';
import { authApi } from '../api/auth-api';
import { meQueryKey } from './use-me';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await authApi.logout();
      } catch (error) {
        // Already signed out elsewhere: the goal is reached.
        if (!isApiRequestError(error, 401)) throw error;
      }
    },
    onSuccess: async () => {
      // Leave the signed-in pages first (rendered synchronously, not as a transition), so the
      // route guard never sees the cleared session and bounces to the sign-in page.
      await navigate('/', { flushSync: true });
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}
