import { Link, useLocation, useParams } from 'react-router-dom';
import { plural, useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { Alert, ButtonLink, Loading, PageTitle } from '../../../ui';
import { useRound } from '../hooks/use-round';
import { CloseRound } from './close-round';
import { InviteForm } from './invite-form';
import { RoundLoadError } from './round-load-error';
import { RoundStatusBadge } from './round-status-badge';
import { SharedLinkSection } from './shared-link-section';
import pageStyles from '../../../ui/page.module.css';
import styles from './round-page.module.css';

type Notice = 'created' | 'closed' | 'selfSaved';

function noticeFrom(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'created' || notice === 'closed' || notice === 'selfSaved' ? notice : null;
}

/** One scan round for its owner: counts (never who), invitations, the shared link, the
 * self-assessment, closing, and the way to the report. */
export function RoundPage() {
  const t = useT();
  const { locale } = useLocale();
  const { roundId = '' } = useParams();
  const location = useLocation();
  const query = useRound(roundId);

  if (query.isPending) return <Loading />;
  if (query.isError) return <RoundLoadError error={query.error} />;
  const round = query.data;
  const open = round.status === 'open';
  const notice = noticeFrom(location.state);
  const stillNeeded = Math.max(0, round.minResponses - round.responded);

  const reportPanel = (
    <section aria-labelledby="round-report" className={pageStyles.panel}>
      <h2 id="round-report">{t('scans.round.reportTitle')}</h2>
      <p>{open ? t('scans.round.reportOpen') : t('scans.round.reportClosed')}</p>
      <ButtonLink to={`/scans/${round.id}/rapport`} variant={open ? 'secondary' : 'primary'}>
        {t('scans.round.reportLink')}
      </ButtonLink>
    </section>
  );

  return (
    <div className={pageStyles.narrow}>
      <p>
        <Link to={`/organisaties/${round.organisationId}`}>{t('scans.round.backToOrganisation')}</Link>
      </p>
      <PageTitle>{round.title}</PageTitle>
      {notice && (
        <Alert tone="success">
          <p>{t(`scans.round.notice.${notice}`)}</p>
        </Alert>
      )}
      <p className={styles.roundPageStatus}>
        <RoundStatusBadge status={round.status} />{' '}
        {open
          ? t('scans.round.openUntil', { date: formatDate(round.closesAt, locale) })
          : t('scans.round.closedOn', { date: formatDate(round.closedAt ?? round.closesAt, locale) })}
      </p>

      <section aria-labelledby="round-counts">
        <h2 id="round-counts">{t('scans.round.countsTitle')}</h2>
        <dl className={styles.stats}>
          <div>
            <dt>{t('scans.round.invited')}</dt>
            <dd>{round.invited}</dd>
          </div>
          <div>
            <dt>{t('scans.round.responded')}</dt>
            <dd>{round.responded}</dd>
          </div>
          <div>
            <dt>{t('scans.round.minResponses')}</dt>
            <dd>{round.minResponses}</dd>
          </div>
        </dl>
        <p>{t('scans.round.countsPrivacy')}</p>
        {open && <p>{t('scans.round.countsSteps')}</p>}
        <p>
          {stillNeeded > 0
            ? plural(t, 'scans.round.stillNeeded', stillNeeded)
            : open
              ? t('scans.round.enoughOpen')
              : t('scans.round.enoughClosed')}
        </p>
      </section>

      {!open && reportPanel}

      {open && <SharedLinkSection round={round} />}

      {open && <InviteForm roundId={round.id} />}

      <section aria-labelledby="round-self" className={pageStyles.panel}>
        <h2 id="round-self">{t('scans.self.title')}</h2>
        <p>{round.selfAssessmentDone ? t('scans.self.done') : t('scans.self.intro')}</p>
        <ButtonLink to={`/scans/${round.id}/zelfevaluatie`} variant="secondary">
          {round.selfAssessmentDone ? t('scans.self.edit') : t('scans.self.start')}
        </ButtonLink>
      </section>

      {open && reportPanel}

      {open && <CloseRound roundId={round.id} />}
    </div>
  );
}
