import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, FormAlert } from '../../../ui';
import { useCloseRound } from '../hooks/use-close-round';
import formStyles from '../../../ui/form.module.css';
import pageStyles from '../../../ui/page.module.css';
import styles from './close-round.module.css';

/** Closing is final: ask once more, in the page (no browser dialog), then close. */
export function CloseRound({ roundId }: { roundId: string }) {
  const t = useT();
  const close = useCloseRound(roundId);
  const errors = useFormErrors(close.error);
  const [confirming, setConfirming] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const location = useLocation();

  function closeRound() {
    close.mutate(undefined, {
      onSuccess: () => {
        // This part disappears once closed: say so at the top and put focus on the heading.
        navigate(location.pathname, { replace: true, state: { notice: 'closed' } });
        requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-page-title]')?.focus());
      },
    });
  }

  return (
    <section aria-labelledby="round-close" className={pageStyles.panel}>
      <h2 id="round-close">{t('scans.close.title')}</h2>
      <p>{t('scans.close.intro')}</p>
      <FormAlert key={close.submittedAt} message={errors.summary} />
      {!confirming ? (
        <Button ref={startButton} variant="secondary" onClick={() => setConfirming(true)}>
          {t('scans.close.start')}
        </Button>
      ) : (
        <div className={styles.confirm} role="group" aria-labelledby="round-close-confirm">
          <p id="round-close-confirm" className={styles.confirmQuestion}>
            {t('scans.close.confirm')}
          </p>
          <div className={formStyles.actions}>
            <Button autoFocus busy={close.isPending} busyLabel={t('common.saving')} onClick={closeRound}>
              {t('scans.close.yes')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => startButton.current?.focus());
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
