import type { RoundDetail } from '@groeiwijzer/contracts';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Alert, Button, ButtonLink, CopyField, FormAlert } from '../../../ui';
import { useSharedLink } from '../hooks/use-shared-link';
import pageStyles from '../../../ui/page.module.css';

/** The shared link and QR poster of an open round: how it is protected, what looked unusual,
 * and a way to close it (or open it again). */
export function SharedLinkSection({ round }: { round: RoundDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const toggle = useSharedLink(round.id);
  const errors = useFormErrors(toggle.error);
  const closed = round.sharedLinkClosed;
  return (
    <section aria-labelledby="round-share" className={pageStyles.panel}>
      <h2 id="round-share">{t('scans.share.title')}</h2>
      <FormAlert key={toggle.submittedAt} message={errors.summary} />
      {round.alerts.length > 0 && (
        <Alert tone="info">
          <p>
            <strong>{t('scans.share.alertsTitle')}</strong>
          </p>
          <ul>
            {round.alerts.map((a) => (
              <li key={`${a.day}-${a.kind}`}>{t(`scans.share.alert.${a.kind}`, { date: formatDate(a.day, locale), count: a.count })}</li>
            ))}
          </ul>
        </Alert>
      )}
      {closed ? (
        <p role="status">{t('scans.share.closedText')}</p>
      ) : (
        <>
          <p>{t('scans.share.intro')}</p>
          <p>{t('scans.share.protection')}</p>
          <CopyField id="round-share-url" label={t('scans.share.label')} value={round.shareUrl} />
          <ButtonLink to={`/scans/${round.id}/poster`} variant="secondary">
            {t('scans.share.posterLink')}
          </ButtonLink>{' '}
        </>
      )}
      <Button variant="secondary" busy={toggle.isPending} busyLabel={t('common.saving')} onClick={() => toggle.mutate(closed)}>
        {closed ? t('scans.share.open') : t('scans.share.close')}
      </Button>
    </section>
  );
}
