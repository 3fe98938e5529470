import type { CoachReferral } from '@groeiwijzer/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { toFormErrors } from '../../../lib/form-errors';
import { formatScore } from '../../../lib/format';
import { Alert, Loading, PageTitle } from '../../../ui';
import { useSignedInMe } from '../../auth/hooks/use-me';
import { inboxSections, type InboxSection } from '../../referrals/referral-model';
import { useAcceptReferral, useCompleteReferral, useDeclineReferral } from '../hooks/use-coach-actions';
import { useCoachInbox } from '../hooks/use-coach-inbox';
import { CoachReferralCard } from './coach-referral-card';
import styles from './coach-inbox-page.module.css';
import pageStyles from '../../../ui/page.module.css';

const SECTIONS: readonly InboxSection[] = ['new', 'active', 'closed'];
const EMPTY_KEYS = { new: 'coach.sections.emptyNew', active: 'coach.sections.emptyActive', closed: 'coach.sections.emptyClosed' } as const;

type Notice = { tone: 'success' | 'error'; text: string } | null;

/** /coach — the signed-in coach's requests: places, ratings (from 5 on), and every referral. */
export function CoachInboxPage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useSignedInMe();
  const isCoach = me.coachItemId !== null;
  const inbox = useCoachInbox(isCoach);
  const accept = useAcceptReferral();
  const decline = useDeclineReferral();
  const complete = useCompleteReferral();
  const [notice, setNotice] = useState<Notice>(null);
  const failed = (error: unknown) =>
    setNotice({ tone: 'error', text: toFormErrors(error, { network: t('errors.network'), unknown: t('errors.unknown') }).summary ?? t('errors.unknown') });

  if (!isCoach) {
    return (
      <div className={pageStyles.narrow}>
        <PageTitle>{t('coach.page.notCoachTitle')}</PageTitle>
        <p>{t('coach.page.notCoachText')}</p>
      </div>
    );
  }

  const busyFor = (referral: CoachReferral) =>
    accept.isPending && accept.variables?.referralId === referral.id
      ? 'accept'
      : decline.isPending && decline.variables?.referralId === referral.id
        ? 'decline'
        : complete.isPending && complete.variables?.referralId === referral.id
          ? 'complete'
          : null;

  return (
    <div className={styles.page}>
      <PageTitle documentTitle={t('coach.page.documentTitle')}>{t('coach.page.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('coach.page.intro')}</p>
      {notice && (
        <Alert tone={notice.tone} focusOnMount key={notice.text}>
          <p>{notice.text}</p>
        </Alert>
      )}
      {inbox.isPending ? (
        <Loading />
      ) : inbox.isError ? (
        <Alert tone="error">
          <p>{t('coach.page.loadFailed')}</p>
        </Alert>
      ) : (
        <>
          <section className={styles.capacity} aria-labelledby="coach-capacity-title">
            <h2 id="coach-capacity-title">{t('coach.capacity.title')}</h2>
            <p className={styles.places}>{t('coach.capacity.text', { open: inbox.data.open, capacity: inbox.data.capacity })}</p>
            {inbox.data.open >= inbox.data.capacity && <p>{t('coach.capacity.full')}</p>}
            <p>
              {inbox.data.ratings
                ? t('coach.capacity.ratings', { mean: formatScore(inbox.data.ratings.mean, locale), count: inbox.data.ratings.count })
                : t('coach.capacity.noRatings')}
            </p>
            <p>
              <Link to={`/catalogus/${encodeURIComponent(inbox.data.coachItemId)}`}>{t('coach.page.profileLink')}</Link>
            </p>
          </section>
          {SECTIONS.map((section) => {
            const referrals = inboxSections(inbox.data.referrals)[section];
            return (
              <section key={section} className={styles.section} aria-labelledby={`coach-section-${section}`}>
                <h2 id={`coach-section-${section}`}>
                  {t(`coach.sections.${section}`)} <span className={styles.count}>({referrals.length})</span>
                </h2>
                {referrals.length === 0 ? (
                  <p>{t(EMPTY_KEYS[section])}</p>
                ) : (
                  <ul className={styles.list}>
                    {referrals.map((referral) => {
                      const name = referral.organisation.name;
                      return (
                        <li key={referral.id}>
                          <CoachReferralCard
                            referral={referral}
                            busy={busyFor(referral)}
                            declineError={decline.variables?.referralId === referral.id ? decline.error : null}
                            onAccept={() =>
                              accept.mutate(
                                { referralId: referral.id },
                                { onSuccess: () => setNotice({ tone: 'success', text: t('coach.actions.accepted', { organisation: name }) }), onError: failed },
                              )
                            }
                            onDecline={(reason, note) =>
                              decline.mutate(
                                { referralId: referral.id, body: { reason, ...(note ? { note } : {}) } },
                                { onSuccess: () => setNotice({ tone: 'success', text: t('coach.actions.declined', { organisation: name }) }) },
                              )
                            }
                            onComplete={() =>
                              complete.mutate(
                                { referralId: referral.id },
                                { onSuccess: () => setNotice({ tone: 'success', text: t('coach.actions.completed', { organisation: name }) }), onError: failed },
                              )
                            }
                            onFeedbackSaved={() => setNotice({ tone: 'success', text: t('coach.feedback.saved') })}
                          />
                        </li>
                      );
                    })}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
