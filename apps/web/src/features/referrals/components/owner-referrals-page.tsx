import type { OwnerReferral } from '@groeiwijzer/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useT } from '../../../i18n';
import { toFormErrors } from '../../../lib/form-errors';
import { Alert, Loading, PageTitle } from '../../../ui';
import { OrganisationLoadError } from '../../organisations/components/organisation-status';
import { useOrganisation } from '../../organisations/hooks/use-organisation';
import { useOwnerReferrals } from '../hooks/use-owner-referrals';
import { useCancelReferral, useForwardReferral, useWithdrawConsent } from '../hooks/use-referral-action';
import { ownerReferralsInOrder } from '../referral-model';
import { OwnerReferralCard } from './owner-referral-card';
import styles from './owner-referrals-page.module.css';
import pageStyles from '../../../ui/page.module.css';

type Notice = { tone: 'success' | 'error'; text: string } | null;

/** /organisaties/:id/aanvragen — every request to a coach with its steps, consent and next actions. */
export function OwnerReferralsPage() {
  const t = useT();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const referrals = useOwnerReferrals(id);
  const withdraw = useWithdrawConsent(id);
  const forward = useForwardReferral(id);
  const cancel = useCancelReferral(id);
  const [notice, setNotice] = useState<Notice>(null);
  const failed = (error: unknown) =>
    setNotice({ tone: 'error', text: toFormErrors(error, { network: t('errors.network'), unknown: t('errors.unknown') }).summary ?? t('errors.unknown') });

  const busyFor = (referral: OwnerReferral) =>
    withdraw.isPending && withdraw.variables?.id === referral.id
      ? 'withdraw'
      : forward.isPending && forward.variables?.id === referral.id
        ? 'forward'
        : cancel.isPending && cancel.variables?.id === referral.id
          ? 'cancel'
          : null;

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <OrganisationLoadError error={organisation.error} />;
  const org = organisation.data;
  const base = `/organisaties/${encodeURIComponent(org.id)}`;

  return (
    <div className={styles.page}>
      <p>
        <Link to={base}>
          <span aria-hidden="true">← </span>
          {t('referrals.page.back', { organisation: org.name })}
        </Link>
      </p>
      <PageTitle documentTitle={t('referrals.page.documentTitle')}>{t('referrals.page.title')}</PageTitle>
      <p className={pageStyles.lead}>{t('referrals.page.intro')}</p>
      {notice && (
        <Alert tone={notice.tone} focusOnMount key={notice.text}>
          <p>{notice.text}</p>
        </Alert>
      )}
      {referrals.isPending ? (
        <Loading />
      ) : referrals.isError ? (
        <Alert tone="error">
          <p>{t('referrals.page.loadFailed')}</p>
        </Alert>
      ) : referrals.data.length === 0 ? (
        <p>
          {t('referrals.page.empty')} <Link to={`${base}/hulp`}>{t('referrals.page.helpLink')}</Link>
        </p>
      ) : (
        <ul className={styles.list}>
          {ownerReferralsInOrder(referrals.data).map((referral) => (
            <li key={referral.id}>
              <OwnerReferralCard
                referral={referral}
                organisationId={org.id}
                busy={busyFor(referral)}
                onWithdraw={() =>
                  withdraw.mutate(referral, { onSuccess: () => setNotice({ tone: 'success', text: t('referrals.consent.done') }), onError: failed })
                }
                onForward={() =>
                  forward.mutate(referral, {
                    onSuccess: (created) =>
                      setNotice({ tone: 'success', text: t('referrals.forward.done', { coach: created?.coach.title ?? '' }) }),
                    onError: failed,
                  })
                }
                onCancel={() =>
                  cancel.mutate(referral, { onSuccess: () => setNotice({ tone: 'success', text: t('referrals.cancel.done') }), onError: failed })
                }
                onFeedbackSent={() => setNotice({ tone: 'success', text: t('referrals.feedback.thanks') })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
