import { Fragment } from 'react';
import { plural, useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { Button } from '../../../ui/button';
import { canResend, isMailCategory, showsNextAttempt, type OutboxMail, type OutboxStatus } from '../outbox-model';
import dataTableStyles from '../../../ui/data-table.module.css';
import { cx, variant } from '../../../ui/cx';
import badgeStyles from '../../../ui/badge.module.css';
import styles from './outbox-table.module.css';

export const resendButtonId = (mailId: string) => `admin-resend-${mailId}`;

function When({ iso }: { iso: string }) {
  const { locale } = useLocale();
  return (
    <time dateTime={iso} className={styles.adminNowrap}>
      {formatDate(iso, locale)}
    </time>
  );
}

/** `scan_invitation` may wrap after its underscores, not in the middle of a word. */
function BreakAfterUnderscores({ text }: { text: string }) {
  const parts = text.split('_');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              _<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}

export function MailStatusBadge({ status }: { status: OutboxStatus }) {
  const t = useT();
  return <span className={cx(badgeStyles.badge, styles.adminBadge, variant(styles, 'adminBadge', status))}>{t(`admin.mail.status.${status}`)}</span>;
}

/** When it went out, or when the next try is due; nothing for mail that gave up. */
function Delivery({ mail }: { mail: OutboxMail }) {
  const t = useT();
  if (mail.sentAt) {
    return (
      <>
        <span className={dataTableStyles.dataTableSub}>{t('admin.mail.sentOn')}</span>
        <When iso={mail.sentAt} />
      </>
    );
  }
  if (showsNextAttempt(mail.status)) {
    return (
      <>
        <span className={dataTableStyles.dataTableSub}>{t('admin.mail.nextAttempt')}</span>
        <When iso={mail.nextAttemptAt} />
      </>
    );
  }
  return <>–</>;
}

interface OutboxTableProps {
  mails: readonly OutboxMail[];
  /** The status filter in force, for the caption; null for all mail. */
  filter: OutboxStatus | null;
  /** The mail whose resend is under way. */
  busyId: string | null;
  onResend: (mail: OutboxMail) => void;
}

/** The latest mails as a table that scrolls sideways on a phone; failed and waiting mail can be
 * sent again. */
export function OutboxTable({ mails, filter, busyId, onResend }: OutboxTableProps) {
  const t = useT();
  const caption = filter
    ? t('admin.mail.captionFiltered', { status: t(`admin.mail.status.${filter}`) })
    : t('admin.mail.caption');
  return (
    <div className={dataTableStyles.tableScroll} role="region" aria-labelledby="admin-mail-caption" tabIndex={0}>
      <table className={cx(dataTableStyles.dataTable, styles.adminMailTable)}>
        <caption id="admin-mail-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.mail.columns.subject')}</th>
            <th scope="col">{t('admin.mail.columns.to')}</th>
            <th scope="col">{t('admin.mail.columns.kind')}</th>
            <th scope="col">{t('admin.mail.columns.status')}</th>
            <th scope="col">{t('admin.mail.columns.createdAt')}</th>
            <th scope="col">{t('admin.mail.columns.delivery')}</th>
            <th scope="col">{t('admin.mail.columns.lastError')}</th>
            <th scope="col">{t('admin.mail.columns.action')}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id}>
              <th scope="row">{mail.subject}</th>
              <td className={styles.adminMailTableTo}>{mail.to}</td>
              <td>
                <code className={styles.adminCode}>
                  <BreakAfterUnderscores text={mail.kind} />
                </code>
                <span className={dataTableStyles.dataTableSub}>
                  {isMailCategory(mail.category) ? t(`admin.mail.category.${mail.category}`) : mail.category}
                </span>
              </td>
              <td>
                <MailStatusBadge status={mail.status} />
                <span className={dataTableStyles.dataTableSub}>{plural(t, 'admin.mail.attempts', mail.attempts)}</span>
              </td>
              <td>
                <When iso={mail.createdAt} />
              </td>
              <td>
                <Delivery mail={mail} />
              </td>
              <td className={styles.adminMailTableError}>{mail.lastError || '–'}</td>
              <td>
                {canResend(mail.status) && (
                  <Button
                    id={resendButtonId(mail.id)}
                    variant="secondary"
                    className={styles.adminMailTableResend}
                    busy={busyId === mail.id}
                    aria-label={t('admin.mail.resendNamed', { subject: mail.subject, to: mail.to })}
                    onClick={() => onResend(mail)}
                  >
                    {t('admin.mail.resend')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
