import type { RoundDetail } from '@groeiwijzer/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roundQueryKey } from '../../scans/hooks/use-round';
import { reportApi } from '../api/report-api';

/** Share the report with employees (a read-only link), or stop sharing it. */
export function useReportShare(roundId: string) {
  const queryClient = useQueryClient();
  const setShareUrl = (reportShareUrl: string | null) =>
    queryClient.setQueryData<RoundDetail>(roundQueryKey(roundId), (round) => (round ? { ...round, reportShareUrl, reportShared: !!reportShareUrl } : round));
  const share = useMutation({
    mutationFn: () => reportApi.share(roundId),
    onSuccess: ({ reportShareUrl }) => setShareUrl(reportShareUrl),
  });
  const unshare = useMutation({
    mutationFn: () => reportApi.unshare(roundId),
    onSuccess: () => setShareUrl(null),
  });
  return { share, unshare };
}
