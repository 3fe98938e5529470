import type { CreateReferralRequest, OwnerFeedbackRequest, OwnerReferral } from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

/** The owner's side of referrals to coaches. */
export const referralsApi = {
  list: (organisationId: string) => apiFetch<OwnerReferral[]>(`/api/organisations/${enc(organisationId)}/referrals`),
  create: (organisationId: string, body: CreateReferralRequest) =>
    apiFetch<OwnerReferral>(`/api/organisations/${enc(organisationId)}/referrals`, { method: 'POST', body }),
  withdrawConsent: (referralId: string) => apiFetch<OwnerReferral>(`/api/referrals/${enc(referralId)}/consent`, { method: 'DELETE' }),
  forward: (referralId: string) => apiFetch<OwnerReferral>(`/api/referrals/${enc(referralId)}/forward`, { method: 'POST' }),
  cancel: (referralId: string) => apiFetch<OwnerReferral | undefined>(`/api/referrals/${enc(referralId)}/cancel`, { method: 'POST' }),
  feedback: (referralId: string, body: OwnerFeedbackRequest) =>
    apiFetch<unknown>(`/api/referrals/${enc(referralId)}/feedback`, { method: 'POST', body }),
};
