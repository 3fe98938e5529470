import type { OwnerReferral } from '@groeiwijzer/contracts';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { Button } from '../../../ui';
import { aspectName } from '../../report/report-model';
import { canCancel, canWithdrawConsent, declineReasonKey, eventKey, needsOwnerFeedback } from '../referral-model';
import { OwnerFeedbackForm } from './owner-feedback-form';
import styles from './owner-referral-card.module.css';
import { StatusBadge } from './status-badge';
import formStyles from '../../../ui/form.module.css';

interface OwnerReferralCardProps {
  referral: OwnerReferral;
  organisationId: string;
  busy: 'withdraw' | 'forward' | 'cancel' | null;
  onWithdraw: () => void;
  onForward: () => void;
  onCancel: () => void;
  onFeedbackSent: () => void;
}

/** Time as well as the day: steps of one request often happen on the same day. */
function formatMoment(iso: string, locale: 'nl' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** One request to a coach as the owner sees it: the coach, its status, every step with its date,
 * what is shared (and withdrawing that), and what can be done next. */
export function OwnerReferralCard({ referral, organisationId, busy, onWithdraw, onForward, onCancel, onFeedbackSent }: OwnerReferralCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const [confirm, setConfirm] = useState<'withdraw' | 'cancel' | null>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleId = `referral-${referral.id}-title`;
  const back = (which: 'withdraw' | 'cancel') => {
    setConfirm(null);
    requestAnimationFrame(() => (which === 'withdraw' ? withdrawButton : cancelButton).current?.focus());
  };

  return (
    <article id={`referral-${referral.id}`} className={styles.card} aria-labelledby={titleId}>
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {t('referrals.card.title', { coach: referral.coach.title })}
        </h2>
        <StatusBadge status={referral.status} />
      </div>
      <p className={styles.meta}>
        {referral.coach.provider}
        {referral.coach.coachType && ` · ${t(`catalogue.coachType.${referral.coach.coachType}`)}`} ·{' '}
        <Link to={`/catalogus/${encodeURIComponent(referral.coach.itemId)}`}>{t('referrals.card.coachLink')}</Link>
      </p>
      {referral.aspect && <p className={styles.about}>{t('referrals.card.about', { aspect: aspectName(referral.aspect, locale) })}</p>}
      {referral.status === 'requested' && referral.answerBy && (
        <p>{t('referrals.card.answerBy', { date: formatDate(referral.answerBy, locale) })}</p>
      )}
      {referral.status === 'declined' && referral.declineReason && (
        <p>
          {t('referrals.card.declineReason', { reason: t(`referrals.declineReasons.${declineReasonKey(referral.declineReason)}`) })}
          {referral.declineNote && (
            <>
              {' '}
              <span className={styles.quote}>{t('referrals.card.declineNote', { note: referral.declineNote })}</span>
            </>
          )}
        </p>
      )}
      {referral.status === 'lapsed' && <p>{t('referrals.card.lapsed')}</p>}
      {referral.forwardedTo && (
        <p>
          <a href={`#referral-${referral.forwardedTo}`}>{t('referrals.card.forwarded')}</a>
        </p>
      )}

      <h3 className={styles.subtitle}>{t('referrals.card.message')}</h3>
      <p className={styles.message}>{referral.message}</p>

      <h3 className={styles.subtitle}>{t('referrals.consent.title')}</h3>
      <p>
        {t(`referrals.consent.scope.${referral.consent.scope}`)} {t('referrals.consent.given', { date: formatDate(referral.consent.givenAt, locale) })}
      </p>
      {referral.consent.withdrawnAt && (
        <p className={styles.withdrawn}>{t('referrals.consent.withdrawn', { date: formatDate(referral.consent.withdrawnAt, locale) })}</p>
      )}
      {canWithdrawConsent(referral) &&
        (confirm === 'withdraw' ? (
          <div className={styles.confirm} role="group" aria-labelledby={`${titleId}-withdraw`}>
            <p id={`${titleId}-withdraw`}>{t('referrals.consent.confirm')}</p>
            <div className={formStyles.actions}>
              <Button autoFocus busy={busy === 'withdraw'} busyLabel={t('common.saving')} onClick={onWithdraw}>
                {t('referrals.consent.confirmYes')}
              </Button>
              <Button variant="secondary" onClick={() => back('withdraw')}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <Button ref={withdrawButton} variant="secondary" onClick={() => setConfirm('withdraw')}>
            {t('referrals.consent.withdraw')}
          </Button>
        ))}

      <h3 className={styles.subtitle}>{t('referrals.card.steps')}</h3>
      <ol className={styles.steps}>
        {referral.events.map((event, index) => (
          <li key={`${event.type}-${index}`}>
            <span className={styles.step}>{t(`referrals.events.${eventKey(event.type)}`)}</span>{' '}
            <time dateTime={event.at} className={styles.when}>
              {formatMoment(event.at, locale)}
            </time>
          </li>
        ))}
      </ol>

      {(referral.canForward || canCancel(referral)) && (
        <div className={styles.actions}>
          {referral.canForward && (
            <>
              <Button busy={busy === 'forward'} busyLabel={t('common.sending')} onClick={onForward} aria-describedby={`${titleId}-forward`}>
                {t('referrals.forward.button')}
              </Button>
              <p id={`${titleId}-forward`} className={styles.hint}>
                {t('referrals.forward.hint')}
              </p>
            </>
          )}
          {canCancel(referral) &&
            (confirm === 'cancel' ? (
              <div className={styles.confirm} role="group" aria-labelledby={`${titleId}-cancel`}>
                <p id={`${titleId}-cancel`}>{t('referrals.cancel.confirm')}</p>
                <div className={formStyles.actions}>
                  <Button autoFocus busy={busy === 'cancel'} busyLabel={t('common.saving')} onClick={onCancel}>
                    {t('referrals.cancel.confirmYes')}
                  </Button>
                  <Button variant="secondary" onClick={() => back('cancel')}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </div>
            ) : (
              <Button ref={cancelButton} variant="quiet" onClick={() => setConfirm('cancel')}>
                {t('referrals.cancel.button')}
              </Button>
            ))}
        </div>
      )}

      {referral.feedback && <p className={styles.feedback}>{t('referrals.feedback.given', { rating: referral.feedback.rating })}</p>}
      {needsOwnerFeedback(referral) && <OwnerFeedbackForm organisationId={organisationId} referralId={referral.id} onSent={onFeedbackSent} />}
    </article>
  );
}
