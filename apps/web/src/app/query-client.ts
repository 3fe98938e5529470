import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from '../lib/api';
import { meQueryKey } from '../features/auth/hooks/use-me';

/** Retry only what may succeed on a second try: no answer, or a server error. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiRequestError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // The session ended (expired, signed out in another tab): let the route guard react.
        if (isApiRequestError(error, 401) && query.queryKey[0] !== meQueryKey[0]) {
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
