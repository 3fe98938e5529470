import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { cx } from '../../../ui/cx';
import buttonStyles from '../../../ui/button.module.css';
import alertStyles from '../../../ui/alert.module.css';

export type HelpNoticeData =
  | { kind: 'added'; title: string }
  | { kind: 'dismissed'; itemId: string; title: string }
  | { kind: 'restored'; title: string }
  | { kind: 'sent'; coach: string }
  | { kind: 'failed'; message: string };

interface HelpNoticeProps {
  notice: HelpNoticeData | null;
  referralsHref: string;
  undoBusy: boolean;
  onUndo: (itemId: string, title: string) => void;
}

/**
 * What just happened on the page, in a live region that is always there (so it is read out).
 * After "Niet relevant", a restore, or a failure, the control that was used is gone: focus moves
 * here, where the undo button is.
 */
export function HelpNotice({ notice, referralsHref, undoBusy, onUndo }: HelpNoticeProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const takesFocus = notice !== null && notice.kind !== 'added' && notice.kind !== 'sent';

  useEffect(() => {
    if (takesFocus) ref.current?.focus();
  }, [notice, takesFocus]);

  return (
    <div aria-live="polite" className="no-print">
      {notice && (
        <div ref={ref} tabIndex={-1} className={cx(alertStyles.alert, notice.kind === 'failed' ? alertStyles.alertError : alertStyles.alertSuccess)}>
          {notice.kind === 'added' && <p>{t('matching.notices.added', { title: notice.title })}</p>}
          {notice.kind === 'restored' && <p>{t('matching.notices.restored', { title: notice.title })}</p>}
          {notice.kind === 'failed' && <p>{t('matching.notices.failed', { message: notice.message })}</p>}
          {notice.kind === 'sent' && (
            <p>
              {t('matching.notices.referralSent', { coach: notice.coach })} <Link to={referralsHref}>{t('matching.notices.referralsLink')}</Link>
            </p>
          )}
          {notice.kind === 'dismissed' && (
            <p>
              {t('matching.notices.dismissed', { title: notice.title })}{' '}
              <button
                type="button"
                className={cx(buttonStyles.button, buttonStyles.buttonSecondary)}
                disabled={undoBusy}
                aria-busy={undoBusy || undefined}
                onClick={() => onUndo(notice.itemId, notice.title)}
              >
                {t('matching.notices.undo')}
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
