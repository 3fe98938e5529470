import { Link, useParams } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { Button, Loading, PageTitle } from '../../../ui';
import { useOrganisation } from '../../organisations/hooks/use-organisation';
import { qrCodeUrl } from '../api/scans-api';
import { useRound } from '../hooks/use-round';
import { RoundLoadError } from './round-load-error';
import { cx } from '../../../ui/cx';
import styles from './poster-page.module.css';

/** A poster for the canteen wall: big QR code of the shared link and a few plain lines. The
 * site header, footer and buttons do not print. */
export function PosterPage() {
  const t = useT();
  const { locale } = useLocale();
  const { roundId = '' } = useParams();
  const round = useRound(roundId);
  const organisation = useOrganisation(round.data?.organisationId ?? '');

  if (round.isPending) return <Loading />;
  if (round.isError) return <RoundLoadError error={round.error} />;
  const { shareUrl, closesAt } = round.data;
  const organisationName = organisation.data?.name ?? '';

  return (
    <div>
      <div className={cx('no-print', styles.posterPageTools)}>
        <p>
          <Link to={`/scans/${roundId}`}>{t('scans.poster.back')}</Link>
        </p>
        <p>{t('scans.poster.instructions')}</p>
        <Button onClick={() => window.print()}>{t('scans.poster.print')}</Button>
      </div>
      <article className={styles.poster}>
        {organisationName && <p className={styles.posterOrganisation}>{organisationName}</p>}
        <PageTitle documentTitle={t('scans.poster.documentTitle')}>{t('scans.poster.title')}</PageTitle>
        <p className={styles.posterLead}>{t('scans.poster.lead')}</p>
        <img className={styles.posterQr} src={qrCodeUrl(roundId)} alt={t('scans.poster.qrAlt')} width={320} height={320} />
        <ol className={styles.posterSteps}>
          <li>{t('scans.poster.step1')}</li>
          <li>{t('scans.poster.step2')}</li>
          <li>{t('scans.poster.step3')}</li>
        </ol>
        <p className={styles.posterFacts}>{t('scans.poster.facts', { date: formatDate(closesAt, locale) })}</p>
        <p className={styles.posterUrl}>
          {t('scans.poster.orVisit')} <span className={styles.posterLink}>{shareUrl}</span>
        </p>
      </article>
    </div>
  );
}
