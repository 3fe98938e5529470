import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../api/admin-api';
import type { OutboxMail } from '../outbox-model';
import { outboxKey } from './use-outbox';

/** Puts a failed or waiting mail back in the queue, due now; settles once the outbox has been
 * read again, so the table already shows the new status. */
export function useResendMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mail: OutboxMail) => adminApi.resendMail(mail.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}
