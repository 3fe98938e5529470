import { type MouseEvent } from 'react';
import { useT } from '../../../i18n';
import { Alert } from '../../../ui';
import styles from './error-summary.module.css';

export interface SummaryEntry {
  /** DOM id of the field (or fieldset) to go to. */
  targetId: string;
  label: string;
  message: string;
}

interface ErrorSummaryProps {
  message: string | null;
  entries: SummaryEntry[];
  /** Problems the form cannot show next to a field: told here only. */
  other: { field: string; message: string }[];
}

/** Focus the field itself, or the first control of a group. */
function goTo(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  const control =
    target.matches('input, select, textarea, button')
      ? target
      : target.querySelector<HTMLElement>('input, select, textarea, button');
  target.scrollIntoView({ block: 'center' });
  (control ?? target).focus();
}

/** The alert above a form after a failed save: the API's words, and a link to every field
 * with a problem. Re-mount it per submit (key) so focus moves here again. */
export function ErrorSummary({ message, entries, other }: ErrorSummaryProps) {
  const t = useT();
  if (!message && entries.length === 0 && other.length === 0) return null;
  return (
    <Alert tone="error" title={message ?? undefined} focusOnMount>
      {(entries.length > 0 || other.length > 0) && (
        <>
          <p>{t('publisher.form.summaryList')}</p>
          <ul className={styles.errorSummaryList}>
            {entries.map((entry) => (
              <li key={entry.targetId}>
                <a href={`#${entry.targetId}`} onClick={(event) => goTo(event, entry.targetId)}>
                  {entry.label}: {entry.message}
                </a>
              </li>
            ))}
            {other.map((problem) => (
              <li key={problem.field}>{problem.field ? `${problem.field}: ${problem.message}` : problem.message}</li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
