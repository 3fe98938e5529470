import type { RoundDetail } from '@groeiwijzer/contracts';
import { useT } from '../../../i18n';
import { useFormErrors } from '../../../lib/use-form-errors';
import { Button, CopyField, FormAlert } from '../../../ui';
import { useReportShare } from '../hooks/use-report-share';
import { cx } from '../../../ui/cx';
import pageStyles from '../../../ui/page.module.css';

/** Share with employees (a read-only link without the self-assessment), or stop sharing. */
export function ReportShare({ round }: { round: RoundDetail }) {
  const t = useT();
  const { share, unshare } = useReportShare(round.id);
  const errors = useFormErrors(share.error ?? unshare.error);
  // The link exists only in the answer that made it: the API keeps its hash.
  const link = share.data?.reportShareUrl ?? round.reportShareUrl;
  const shared = round.reportShared || !!link;

  return (
    <section aria-labelledby="report-share" className={cx(pageStyles.panel, 'no-print')}>
      <h2 id="report-share">{t('report.share.title')}</h2>
      <FormAlert key={`${share.submittedAt}-${unshare.submittedAt}`} message={errors.summary} />
      {shared ? (
        <>
          {link ? (
            <>
              <p role="status">{t('report.share.sharedText')}</p>
              <CopyField id="report-share-url" label={t('report.share.label')} value={link} />
            </>
          ) : (
            <>
              <p>{t('report.share.sharedNoLink')}</p>
              <Button variant="secondary" busy={share.isPending} busyLabel={t('common.saving')} onClick={() => share.mutate()}>
                {t('report.share.newLink')}
              </Button>{' '}
            </>
          )}
          <Button variant="secondary" busy={unshare.isPending} busyLabel={t('common.saving')} onClick={() => unshare.mutate()}>
            {t('report.share.stop')}
          </Button>
        </>
      ) : (
        <>
          <p>{t('report.share.intro')}</p>
          <Button variant="secondary" busy={share.isPending} busyLabel={t('common.saving')} onClick={() => share.mutate()}>
            {t('report.share.start')}
          </Button>
        </>
      )}
    </section>
  );
}
