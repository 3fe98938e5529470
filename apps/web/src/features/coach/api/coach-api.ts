import type { CoachFeedbackRequest, CoachInbox, CoachReferral, DeclineReferralRequest } from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

/** The coach's side of referrals. */
export const coachApi = {
  inbox: () => apiFetch<CoachInbox>('/api/coach/inbox'),
  accept: (referralId: string) => apiFetch<CoachReferral>(`/api/referrals/${enc(referralId)}/accept`, { method: 'POST' }),
  decline: (referralId: string, body: DeclineReferralRequest) =>
    apiFetch<CoachReferral>(`/api/referrals/${enc(referralId)}/decline`, { method: 'POST', body }),
  complete: (referralId: string) => apiFetch<CoachReferral>(`/api/referrals/${enc(referralId)}/complete`, { method: 'POST' }),
  feedback: (referralId: string, body: CoachFeedbackRequest) =>
    apiFetch<unknown>(`/api/referrals/${enc(referralId)}/feedback`, { method: 'POST', body }),
};
