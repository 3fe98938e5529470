import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Loading, PageTitle, SelectField } from '../../../ui';
import { useOutbox } from '../hooks/use-outbox';
import { useResendMail } from '../hooks/use-resend-mail';
import { completeCounts, OUTBOX_STATUSES, parseStatusFilter, type OutboxMail } from '../outbox-model';
import { AdminLoadError, BackToOverview } from './admin-only';
import { OutboxTable, resendButtonId } from './outbox-table';
import pageStyles from '../../../ui/page.module.css';
import { cx } from '../../../ui/cx';
import alertStyles from '../../../ui/alert.module.css';
import styles from './mail-page.module.css';

function OutboxCounts({ counts }: { counts: ReturnType<typeof completeCounts> }) {
  const t = useT();
  return (
    <section aria-labelledby="admin-mail-counts">
      <h2 id="admin-mail-counts">{t('admin.mail.countsTitle')}</h2>
      <dl className={styles.adminCounts}>
        {OUTBOX_STATUSES.map((status) => (
          <div key={status} className={status === 'dead' && counts.dead > 0 ? styles.adminCountsProblem : undefined}>
            <dt>{t(`admin.mail.status.${status}`)}</dt>
            <dd>{counts[status]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** /beheer/mail: the mail outbox, so no mail gets lost unnoticed; failed mail can be sent again. */
export function MailPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filter = parseStatusFilter(params.get('status'));
  const outbox = useOutbox(filter);
  const resend = useResendMail();
  const resendError = useFormErrors(resend.error);
  const [resent, setResent] = useState<OutboxMail | null>(null);
  const notice = useRef<HTMLDivElement>(null);

  // After a resend the table has been read again: keep focus on the row's button when the mail
  // is still listed, else (it left the filtered list) on the message that says what happened.
  useEffect(() => {
    if (!resent) return;
    (document.getElementById(resendButtonId(resent.id)) ?? notice.current)?.focus();
  }, [resent]);

  function changeFilter(event: ChangeEvent<HTMLSelectElement>) {
    const next = parseStatusFilter(event.target.value);
    setResent(null);
    setParams(next ? { status: next } : {}, { replace: true });
  }

  function sendAgain(mail: OutboxMail) {
    setResent(null);
    resend.mutate(mail, { onSuccess: () => setResent(mail) });
  }

  const data = outbox.data;
  return (
    <>
      <BackToOverview />
      <PageTitle>{t('admin.mail.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('admin.mail.intro')}</p>
      {outbox.isPending && <Loading />}
      {outbox.isError && !data && <AdminLoadError error={outbox.error} />}
      {outbox.isError && data && (
        <Alert tone="info">
          <p>{t('admin.mail.refreshFailed')}</p>
        </Alert>
      )}
      {data && <OutboxCounts counts={completeCounts(data.counts)} />}
      {data && (
        <section aria-labelledby="admin-mail-list">
          <h2 id="admin-mail-list">{t('admin.mail.listTitle')}</h2>
          <SelectField
            id="admin-mail-filter"
            name="status"
            label={t('admin.mail.filterLabel')}
            className={styles.adminFilter}
            value={filter ?? ''}
            onChange={changeFilter}
          >
            <option value="">{t('admin.mail.filterAll')}</option>
            {OUTBOX_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`admin.mail.status.${status}`)}
              </option>
            ))}
          </SelectField>
          {/* Always present, so screen readers hear the message when it is filled in. */}
          <div
            ref={notice}
            className={resent ? cx(alertStyles.alert, alertStyles.alertSuccess) : styles.adminNoticeEmpty}
            role="status"
            tabIndex={-1}
          >
            {resent && <p>{t('admin.mail.resent', { subject: resent.subject, to: resent.to })}</p>}
          </div>
          {resend.isError && (
            <Alert tone="error" focusOnMount key={resend.submittedAt}>
              <p>{resendError.summary}</p>
            </Alert>
          )}
          {outbox.isPlaceholderData ? (
            <Loading />
          ) : data.mails.length === 0 ? (
            <p>
              {filter
                ? t('admin.mail.emptyFiltered', { status: t(`admin.mail.status.${filter}`) })
                : t('admin.mail.empty')}
            </p>
          ) : (
            <OutboxTable
              mails={data.mails}
              filter={filter}
              busyId={resend.isPending ? resend.variables.id : null}
              onResend={sendAgain}
            />
          )}
        </section>
      )}
    </>
  );
}
