import type { CoachReferral, DeclineReason, OwnerReferral } from '@groeiwijzer/contracts';
import {
  canCancel,
  canWithdrawConsent,
  declineReasonKey,
  eventKey,
  inboxSections,
  isOpen,
  needsCoachFeedback,
  needsOwnerFeedback,
  ownerReferralsInOrder,
  sharedState,
} from './referral-model';

const owner = (id: string, over: Partial<OwnerReferral> = {}): OwnerReferral => ({
  id, status: 'requested', coach: { itemId: 'c1', title: 'Coach', provider: 'Consularis Oost', coachType: 'consularis', contactEmail: null },
  message: 'Help', share: 'summary', aspect: 'leadership',
  consent: { scope: 'summary', givenAt: '2026-03-01T09:00:00Z', withdrawnAt: null, roundId: 'r1' },
  requestedAt: '2026-03-01T09:00:00Z', answerBy: '2026-03-15', declineReason: null, declineNote: null,
  events: [{ type: 'requested', at: '2026-03-01T09:00:00Z' }], feedback: null, canForward: false, forwardedTo: null, forwardedFrom: null, ...over,
});

const coach = (id: string, over: Partial<CoachReferral> = {}): CoachReferral => ({
  id, status: 'requested', organisation: { name: 'Bakkerij', sector: 'C', region: 'twente', sizeClass: 'micro' }, contact: null,
  message: 'Help', share: 'summary', aspect: null, shared: null, consentWithdrawnAt: null, requestedAt: '2026-03-01T09:00:00Z',
  answerBy: '2026-03-15', acceptedAt: null, completedAt: null, coachFeedback: null, ...over,
});

describe('the owner\'s view of a request', () => {
  it('offers to withdraw consent only while something is shared', () => {
    expect(canWithdrawConsent(owner('a'))).toBe(true);
    expect(canWithdrawConsent(owner('a', { consent: { scope: 'none', givenAt: '', withdrawnAt: null, roundId: null } }))).toBe(false);
    expect(canWithdrawConsent(owner('a', { consent: { scope: 'report', givenAt: '', withdrawnAt: '2026-03-02T09:00:00Z', roundId: 'r1' } }))).toBe(false);
  });

  it('can be called off only while the coach has not answered', () => {
    expect(canCancel(owner('a'))).toBe(true);
    expect(['accepted', 'declined', 'completed', 'lapsed', 'cancelled'].map((status) => canCancel(owner('a', { status: status as OwnerReferral['status'] })))).toEqual([
      false, false, false, false, false,
    ]);
  });

  it('asks for feedback once the help is completed, and only once', () => {
    expect(needsOwnerFeedback(owner('a', { status: 'completed' }))).toBe(true);
    expect(needsOwnerFeedback(owner('a', { status: 'completed', feedback: { rating: 4, comment: null, at: '' } }))).toBe(false);
    expect(needsOwnerFeedback(owner('a', { status: 'accepted' }))).toBe(false);
  });

  it('lists the newest request first, each with its steps oldest first', () => {
    const list = ownerReferralsInOrder([
      owner('old', { requestedAt: '2026-02-01T09:00:00Z' }),
      owner('new', {
        requestedAt: '2026-03-01T09:00:00Z',
        events: [{ type: 'accepted', at: '2026-03-03T09:00:00Z' }, { type: 'requested', at: '2026-03-01T09:00:00Z' }],
      }),
    ]);
    expect(list.map((r) => r.id)).toEqual(['new', 'old']);
    expect(list[0].events.map((e) => e.type)).toEqual(['requested', 'accepted']);
  });

  it('has words for every known step, and a plain word for a new one', () => {
    expect(eventKey('consent_withdrawn')).toBe('consent_withdrawn');
    expect(eventKey('escalated')).toBe('update');
  });

  it('has a word for every decline reason', () => {
    expect(['no_capacity', 'not_my_expertise', 'outside_region', 'other'].map((r) => declineReasonKey(r as DeclineReason))).toEqual([
      'no_capacity', 'not_my_expertise', 'outside_region', 'another',
    ]);
  });

  it('counts requested and accepted as open', () => {
    expect(['requested', 'accepted', 'declined', 'completed'].map((s) => isOpen(s as OwnerReferral['status']))).toEqual([true, true, false, false]);
  });
});

describe('the coach\'s inbox', () => {
  it('says what the owner shares: the results, a withdrawn consent, nothing, or results no longer there', () => {
    const shared = { roundId: 'r1', roundTitle: 'Voorjaar', closedAt: '', respondents: 6, aspects: [], strengths: [], weakSpots: [], report: null };
    expect(sharedState(coach('a', { shared }))).toBe('shared');
    expect(sharedState(coach('a', { consentWithdrawnAt: '2026-03-04T09:00:00Z' }))).toBe('withdrawn');
    expect(sharedState(coach('a', { share: 'none' }))).toBe('nothing');
    expect(sharedState(coach('a'))).toBe('unavailable');
  });

  it('puts new requests first (the one to answer soonest on top), then the running ones, then the rest', () => {
    const sections = inboxSections([
      coach('late', { answerBy: '2026-03-20' }),
      coach('soon', { answerBy: '2026-03-10' }),
      coach('running', { status: 'accepted' }),
      coach('done', { status: 'completed' }),
      coach('declined', { status: 'declined' }),
    ]);
    expect(sections.new.map((r) => r.id)).toEqual(['soon', 'late']);
    expect(sections.active.map((r) => r.id)).toEqual(['running']);
    expect(sections.closed.map((r) => r.id).sort()).toEqual(['declined', 'done']);
  });

  it('asks the coach whether the company followed up, after completing, once', () => {
    expect(needsCoachFeedback(coach('a', { status: 'completed' }))).toBe(true);
    expect(needsCoachFeedback(coach('a', { status: 'completed', coachFeedback: { followedUp: true, note: null, at: '' } }))).toBe(false);
  });
});
