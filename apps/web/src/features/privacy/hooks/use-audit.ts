import { useQuery } from '@tanstack/react-query';
import { privacyApi } from '../api/privacy-api';

export function useAudit(filter: { action?: string; from?: string; to?: string }) {
  return useQuery({ queryKey: ['audit', filter], queryFn: () => privacyApi.audit(filter) });
}
