import type { CoachReferral, DeclineReason, OwnerReferral, ReferralStatus } from '@groeiwijzer/contracts';

/** Events the pages have words for; anything newer reads as a plain update. */
export const REFERRAL_EVENTS = [
  'requested', 'reminded', 'accepted', 'declined', 'completed', 'lapsed', 'cancelled', 'consent_withdrawn', 'forwarded', 'feedback',
] as const;
export type KnownReferralEvent = (typeof REFERRAL_EVENTS)[number] | 'update';

export function eventKey(type: string): KnownReferralEvent {
  return (REFERRAL_EVENTS as readonly string[]).includes(type) ? (type as KnownReferralEvent) : 'update';
}

/** The catalogue key of a decline reason ("other" is reserved there for plural forms). */
export function declineReasonKey(reason: DeclineReason): Exclude<DeclineReason, 'other'> | 'another' {
  return reason === 'other' ? 'another' : reason;
}

export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['requested', 'accepted', 'declined', 'completed', 'lapsed', 'cancelled'];

/** Requested or accepted: still counts against the coach's places. */
export function isOpen(status: ReferralStatus): boolean {
  return status === 'requested' || status === 'accepted';
}

/** Consent can be withdrawn while something is shared and it has not been withdrawn yet. */
export function canWithdrawConsent(referral: Pick<OwnerReferral, 'consent'>): boolean {
  return referral.consent.scope !== 'none' && referral.consent.withdrawnAt === null;
}

export function canCancel(referral: Pick<OwnerReferral, 'status'>): boolean {
  return referral.status === 'requested';
}

export function needsOwnerFeedback(referral: Pick<OwnerReferral, 'status' | 'feedback'>): boolean {
  return referral.status === 'completed' && referral.feedback === null;
}

export function needsCoachFeedback(referral: Pick<CoachReferral, 'status' | 'coachFeedback'>): boolean {
  return referral.status === 'completed' && referral.coachFeedback === null;
}

/** Newest request first; the steps of each oldest first, as a timeline reads. */
export function ownerReferralsInOrder(referrals: readonly OwnerReferral[]): OwnerReferral[] {
  return [...referrals]
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || a.id.localeCompare(b.id))
    .map((referral) => ({ ...referral, events: [...referral.events].sort((a, b) => a.at.localeCompare(b.at)) }));
}

/** What the coach sees of the scan: the shared results, a withdrawn consent, nothing asked, or
 * results that are no longer there (e.g. the round was removed). */
export type SharedState = 'shared' | 'withdrawn' | 'nothing' | 'unavailable';

export function sharedState(referral: Pick<CoachReferral, 'shared' | 'share' | 'consentWithdrawnAt'>): SharedState {
  if (referral.shared) return 'shared';
  if (referral.consentWithdrawnAt) return 'withdrawn';
  return referral.share === 'none' ? 'nothing' : 'unavailable';
}

export type InboxSection = 'new' | 'active' | 'closed';

/** The coach's inbox in three parts: new requests, the ones they work on, and the rest. */
export function inboxSections(referrals: readonly CoachReferral[]): Record<InboxSection, CoachReferral[]> {
  const sections: Record<InboxSection, CoachReferral[]> = { new: [], active: [], closed: [] };
  const newestFirst = [...referrals].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || a.id.localeCompare(b.id));
  for (const referral of newestFirst) {
    sections[referral.status === 'requested' ? 'new' : referral.status === 'accepted' ? 'active' : 'closed'].push(referral);
  }
  // A new request that must be answered soonest comes first.
  sections.new.sort((a, b) => (a.answerBy ?? '9999').localeCompare(b.answerBy ?? '9999'));
  return sections;
}
