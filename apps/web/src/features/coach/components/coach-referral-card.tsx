import type { CoachReferral, DeclineReason } from '@groeiwijzer/contracts';
import { useRef, useState } from 'react';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { Button } from '../../../ui';
import { CompanyProfile } from '../../referrals/components/company-profile';
import { SharedResultsView } from '../../referrals/components/shared-results-view';
import { StatusBadge } from '../../referrals/components/status-badge';
import { needsCoachFeedback, sharedState } from '../../referrals/referral-model';
import { aspectName } from '../../report/report-model';
import { CoachFeedbackForm } from './coach-feedback-form';
import styles from './coach-referral-card.module.css';
import { DeclineForm } from './decline-form';
import formStyles from '../../../ui/form.module.css';

interface CoachReferralCardProps {
  referral: CoachReferral;
  busy: 'accept' | 'decline' | 'complete' | null;
  declineError: unknown;
  onAccept: () => void;
  onDecline: (reason: DeclineReason, note: string) => void;
  onComplete: () => void;
  onFeedbackSaved: () => void;
}

/** One request as the coach sees it: the company, the owner's message, exactly what the owner
 * agreed to share (or that consent was withdrawn), contact once accepted, and what to do. */
export function CoachReferralCard({ referral, busy, declineError, onAccept, onDecline, onComplete, onFeedbackSaved }: CoachReferralCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const [mode, setMode] = useState<'idle' | 'declining' | 'completing'>('idle');
  const declineButton = useRef<HTMLButtonElement>(null);
  const completeButton = useRef<HTMLButtonElement>(null);
  const titleId = `coach-referral-${referral.id}-title`;
  const state = sharedState(referral);
  const named = (label: string) => `${label}: ${referral.organisation.name}`;

  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <div className={styles.header}>
        <h3 id={titleId} className={styles.title}>
          {referral.organisation.name}
        </h3>
        <StatusBadge status={referral.status} />
      </div>
      <p className={styles.meta}>
        {t('coach.card.requestedOn', { date: formatDate(referral.requestedAt, locale) })}
        {referral.status === 'requested' && referral.answerBy && ` · ${t('coach.card.answerBy', { date: formatDate(referral.answerBy, locale) })}`}
        {referral.acceptedAt && ` · ${t('coach.card.acceptedOn', { date: formatDate(referral.acceptedAt, locale) })}`}
        {referral.completedAt && ` · ${t('coach.card.completedOn', { date: formatDate(referral.completedAt, locale) })}`}
      </p>

      <h4 className={styles.subtitle}>{t('coach.card.profile')}</h4>
      <CompanyProfile organisation={referral.organisation} />
      {referral.aspect && (
        <p className={styles.aspect}>
          {t('coach.card.aspect')}: {aspectName(referral.aspect, locale)}
        </p>
      )}

      <h4 className={styles.subtitle}>{t('coach.card.message')}</h4>
      <p className={styles.message}>{referral.message}</p>

      <h4 className={styles.subtitle}>{t('coach.card.sharedTitle')}</h4>
      {state === 'shared' && referral.shared ? (
        <>
          {(referral.share === 'summary' || referral.share === 'report') && <p>{t(`coach.card.scope.${referral.share}`)}</p>}
          <SharedResultsView shared={referral.shared} idPrefix={`coach-${referral.id}`} />
        </>
      ) : (
        <p className={state === 'withdrawn' ? styles.withdrawn : undefined}>
          {state === 'withdrawn' ? t('coach.card.withdrawn') : state === 'nothing' ? t('coach.card.shareNothing') : t('coach.card.unavailable')}
        </p>
      )}

      <h4 className={styles.subtitle}>{t('coach.card.contactTitle')}</h4>
      {referral.contact ? (
        <p>
          <a href={`mailto:${referral.contact.email}`}>{t('coach.card.mail', referral.contact)}</a>
        </p>
      ) : (
        <p>{t('coach.card.contactHidden')}</p>
      )}

      {referral.status === 'requested' &&
        (mode === 'declining' ? (
          <DeclineForm
            id={`decline-${referral.id}`}
            busy={busy === 'decline'}
            error={declineError}
            onSubmit={onDecline}
            onCancel={() => {
              setMode('idle');
              requestAnimationFrame(() => declineButton.current?.focus());
            }}
          />
        ) : (
          <div className={styles.actions}>
            <Button busy={busy === 'accept'} busyLabel={t('common.saving')} onClick={onAccept} aria-label={named(t('coach.actions.accept'))}>
              {t('coach.actions.accept')}
            </Button>
            <Button ref={declineButton} variant="secondary" onClick={() => setMode('declining')} aria-label={named(t('coach.actions.decline'))}>
              {t('coach.actions.decline')}
            </Button>
          </div>
        ))}

      {referral.status === 'accepted' &&
        (mode === 'completing' ? (
          <div className={styles.confirm} role="group" aria-labelledby={`${titleId}-complete`}>
            <p id={`${titleId}-complete`}>{t('coach.actions.completeConfirm')}</p>
            <div className={formStyles.actions}>
              <Button autoFocus busy={busy === 'complete'} busyLabel={t('common.saving')} onClick={onComplete}>
                {t('coach.actions.completeYes')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setMode('idle');
                  requestAnimationFrame(() => completeButton.current?.focus());
                }}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <div className={styles.actions}>
            <Button ref={completeButton} onClick={() => setMode('completing')} aria-label={named(t('coach.actions.complete'))}>
              {t('coach.actions.complete')}
            </Button>
          </div>
        ))}

      {referral.coachFeedback && (
        <p className={styles.feedback}>{referral.coachFeedback.followedUp ? t('coach.feedback.givenYes') : t('coach.feedback.givenNo')}</p>
      )}
      {needsCoachFeedback(referral) && <CoachFeedbackForm referralId={referral.id} onSaved={onFeedbackSaved} />}
    </article>
  );
}
