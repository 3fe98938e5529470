import { type ReactNode } from 'react';
import { type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, Loading } from '../../../ui';
import { AdminLoadError } from './admin-only';
import adminStyles from '../admin.module.css';
import styles from './approval-queue.module.css';

interface Entry {
  id: string;
}

interface ApprovalQueueProps<T extends Entry> {
  headingId: string;
  title: string;
  empty: string;
  pending: UseQueryResult<T[]>;
  approve: UseMutationResult<unknown, Error, T>;
  /** The confirmation after an approval, naming what was approved. */
  approved: (entry: T) => string;
  /** One waiting entry; `busy` while its approval is on its way. */
  children: (entry: T, busy: boolean, onApprove: () => void) => ReactNode;
}

/** What the admin approves (publishers, coach profiles): the waiting list, one button each, the
 * outcome announced where the admin is. */
export function ApprovalQueue<T extends Entry>({ headingId, title, empty, pending, approve, approved, children }: ApprovalQueueProps<T>) {
  const approveError = useFormErrors(approve.error);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {approve.isSuccess && (
        <Alert tone="success" focusOnMount key={`ok-${approve.submittedAt}`}>
          <p>{approved(approve.variables)}</p>
        </Alert>
      )}
      {approve.isError && (
        <Alert tone="error" focusOnMount key={`error-${approve.submittedAt}`}>
          <p>{approveError.summary}</p>
        </Alert>
      )}
      {pending.isPending && <Loading />}
      {pending.isError && <AdminLoadError error={pending.error} />}
      {pending.data?.length === 0 && <p>{empty}</p>}
      {pending.data && pending.data.length > 0 && (
        <ul className={styles.adminList}>
          {pending.data.map((entry) => children(entry, approve.isPending && approve.variables?.id === entry.id, () => approve.mutate(entry)))}
        </ul>
      )}
    </section>
  );
}

interface PendingEntryProps {
  title: string;
  summary?: string;
  details: { label: string; value: ReactNode; breakAnywhere?: boolean }[];
  approveLabel: string;
  /** The button's name for a screen reader: which one it approves. */
  approveName: string;
  busy: boolean;
  onApprove: () => void;
}

export function PendingEntry({ title, summary, details, approveLabel, approveName, busy, onApprove }: PendingEntryProps) {
  return (
    <li className={styles.adminItem}>
      <h3 className={styles.adminItemTitle}>{title}</h3>
      {summary && <p className={styles.adminItemSummary}>{summary}</p>}
      <dl className={styles.adminItemDetails}>
        {details.map((d) => (
          <div key={d.label}>
            <dt>{d.label}</dt>
            <dd className={d.breakAnywhere ? adminStyles.adminBreak : undefined}>{d.value}</dd>
          </div>
        ))}
      </dl>
      <Button onClick={onApprove} busy={busy} aria-label={approveName}>
        {approveLabel}
      </Button>
    </li>
  );
}
