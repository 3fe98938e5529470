import type { MeResponse, UpdateMeRequest } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth-api';
import { meQueryKey } from './use-me';

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeRequest) => authApi.updateMe(body),
    onSuccess: ({ user }) => {
      queryClient.setQueryData<MeResponse | null>(meQueryKey, (old) => (old ? { ...old, user } : old));
    },
  });
}
