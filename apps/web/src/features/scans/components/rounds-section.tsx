import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { Alert, ButtonLink, Loading } from '../../../ui';
import { useRounds } from '../hooks/use-rounds';
import { RoundStatusBadge } from './round-status-badge';
import pageStyles from '../../../ui/page.module.css';

/** The "Scans" part of an organisation's page: its rounds, newest first, and a way to start one. */
export function RoundsSection({ organisationId }: { organisationId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const rounds = useRounds(organisationId);

  return (
    <section aria-labelledby="organisation-scans" className={pageStyles.panel}>
      <div className={pageStyles.sectionHeader}>
        <h2 id="organisation-scans">{t('scans.list.title')}</h2>
        <ButtonLink to={`/organisaties/${organisationId}/scans/nieuw`}>{t('scans.list.start')}</ButtonLink>
      </div>
      {rounds.isPending && <Loading />}
      {rounds.isError && (
        <Alert tone="error">
          <p>{t('errors.loadFailed')}</p>
        </Alert>
      )}
      {rounds.data?.length === 0 && <p>{t('scans.list.empty')}</p>}
      {rounds.data && rounds.data.length > 0 && (
        <ul className={pageStyles.cardList}>
          {rounds.data.map((round) => (
            <li key={round.id} className={pageStyles.card}>
              <h3 className={pageStyles.cardTitle}>
                <Link to={`/scans/${round.id}`}>{round.title}</Link>
              </h3>
              <p className={pageStyles.cardMeta}>
                <RoundStatusBadge status={round.status} />{' '}
                {t('scans.list.closesAt', { date: formatDate(round.closesAt, locale) })}
              </p>
              <p className={pageStyles.cardMeta}>{t('scans.list.counts', { invited: round.invited, responded: round.responded })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
