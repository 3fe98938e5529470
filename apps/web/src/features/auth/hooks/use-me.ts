import type { MeResponse } from '@groeiwijzer/contracts';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth-api';

export const meQueryKey = ['me'] as const;

/** The session, or null when signed out (the session route answers 200 either way, so a
 * signed-out page logs no failed request). */
export async function fetchMe(): Promise<MeResponse | null> {
  return (await authApi.session()).me;
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** For pages behind RequireAuth, which only renders them once the session is known. */
export function useSignedInMe(): MeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside RequireAuth');
  return data;
}

/** A new session: forget everything cached for the previous one, then load who we are now. */
export async function startSession(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  await queryClient.invalidateQueries({ queryKey: meQueryKey, refetchType: 'all' });
}
