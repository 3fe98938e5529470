import { useQuery } from '@tanstack/react-query';
import { adminApi } from '../api/admin-api';

export const platformOverviewKey = ['admin', 'platform-overview'] as const;

/** The platform overview: counts only, regional figures from the protected grid. */
export function usePlatformOverview() {
  return useQuery({ queryKey: platformOverviewKey, queryFn: () => adminApi.platformOverview() });
}
