import type { MagicLinkRequest, MagicLinkVerifyRequest } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth-api';
import { startSession } from './use-me';

export function useRequestMagicLink() {
  return useMutation({ mutationFn: (body: MagicLinkRequest) => authApi.requestMagicLink(body) });
}

export function useVerifyMagicLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MagicLinkVerifyRequest) => authApi.verifyMagicLink(body),
    onSuccess: () => startSession(queryClient),
  });
}
