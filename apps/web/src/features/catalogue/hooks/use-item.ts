import { useQuery } from '@tanstack/react-query';
import { catalogueApi } from '../api/catalogue-api';

export const itemQueryKey = (id: string) => ['catalogue-item', id] as const;

export function useItem(id: string) {
  return useQuery({ queryKey: itemQueryKey(id), queryFn: ({ signal }) => catalogueApi.getItem(id, signal) });
}
