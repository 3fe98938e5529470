import { type CoachReferral, type CoachType, type OwnerReferral, type ReferralEvent, type SharedResults } from '@groeiwijzer/contracts';
import { type AspectKey, aspectMeans, biggestGaps, getInstrument, sizeClassFor } from '@groeiwijzer/domain';
import { aspectMeanMap } from '../scan/employee-view';
import { type ReferralRow, type SharedRoundRow } from './referrals.repository';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Every step with its date, oldest first. */
function events(r: ReferralRow): ReferralEvent[] {
  const steps: [string, Date | null][] = [
    ['requested', r.requested_at], ['reminded', r.reminded_at], ['accepted', r.accepted_at], ['declined', r.declined_at],
    ['completed', r.completed_at], ['lapsed', r.lapsed_at], ['cancelled', r.cancelled_at], ['consent_withdrawn', r.consent_withdrawn_at],
    ['forwarded', r.forwarded_at], ['feedback', r.owner_feedback_at],
  ];
  return steps
    .filter((s): s is [string, Date] => s[1] !== null)
    .map(([type, at], order) => ({ type, at: new Date(at), order }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order)
    .map(({ type, at }) => ({ type, at: at.toISOString() }));
}

export function toOwnerReferral(r: ReferralRow): OwnerReferral {
  return {
    id: r.id,
    status: r.status,
    coach: {
      itemId: r.coach_item_id, title: r.coach_title, provider: r.coach_provider,
      coachType: (r.coach_details.coach?.coachType as CoachType | undefined) ?? null, contactEmail: r.coach_email,
    },
    message: r.message,
    share: r.share,
    aspect: r.aspect as AspectKey | null,
    consent: { scope: r.share, givenAt: iso(r.consent_given_at)!, withdrawnAt: iso(r.consent_withdrawn_at), roundId: r.share_round_id },
    requestedAt: iso(r.requested_at)!,
    answerBy: iso(r.answer_by),
    declineReason: r.decline_reason,
    declineNote: r.decline_note,
    events: events(r),
    feedback: r.owner_feedback_at ? { rating: r.owner_rating!, comment: r.owner_comment, at: iso(r.owner_feedback_at)! } : null,
    canForward: (r.status === 'lapsed' || r.status === 'declined') && !r.forwarded_to,
    forwardedTo: r.forwarded_to,
    forwardedFrom: r.forwarded_from,
  };
}

/** What the owner agreed to show, built from the round's stored results: the summary (aspect
 * means, strengths, weak spots), and for `report` also distributions, favourable shares and
 * spread, and where the owner's own view differs from the employees'. */
export function sharedResults(share: 'summary' | 'report', round: SharedRoundRow): SharedResults | null {
  const view = round.results?.view;
  if (!view || round.results?.withheld) return null;
  const scored = view.aspects.filter((a): a is typeof a & { mean: number } => a.mean !== null);
  const summary = {
    roundId: round.id,
    roundTitle: round.title,
    closedAt: iso(round.closed_at)!,
    respondents: view.respondents,
    aspects: scored.map((a) => ({ key: a.key, mean: a.mean })),
    strengths: view.strengths,
    weakSpots: view.weakSpots,
  };
  if (share === 'summary') return { ...summary, report: null };
  const own = round.self_answers ? aspectMeans(getInstrument(round.instrument_version), round.self_answers) : null;
  return {
    ...summary,
    report: {
      aspects: scored.map((a) => ({ key: a.key, mean: a.mean, sd: a.sd, favourable: a.favourable, distribution: a.distribution, n: a.n })),
      gaps: own ? biggestGaps(aspectMeanMap(view.aspects), own) : [],
    },
  };
}

/** The coach's view: shared results only while consent stands and the request is open or being
 * helped; the owner's contact only once accepted. */
export function toCoachReferral(r: ReferralRow, rounds: Map<string, SharedRoundRow>): CoachReferral {
  const round = r.share_round_id ? rounds.get(r.share_round_id) : undefined;
  const live = r.status === 'requested' || r.status === 'accepted' || r.status === 'completed';
  const shared = r.share !== 'none' && !r.consent_withdrawn_at && live && round ? sharedResults(r.share, round) : null;
  const accepted = r.status === 'accepted' || r.status === 'completed';
  return {
    id: r.id,
    status: r.status,
    organisation: { name: r.organisation_name, sector: r.organisation_sector, region: r.organisation_region, sizeClass: sizeClassFor(r.organisation_employees) },
    contact: accepted && r.requester_email ? { name: r.requester_name ?? '', email: r.requester_email } : null,
    message: r.message,
    share: r.share,
    aspect: r.aspect as AspectKey | null,
    shared,
    consentWithdrawnAt: iso(r.consent_withdrawn_at),
    requestedAt: iso(r.requested_at)!,
    answerBy: iso(r.answer_by),
    acceptedAt: iso(r.accepted_at),
    completedAt: iso(r.completed_at),
    coachFeedback: r.coach_feedback_at ? { followedUp: r.coach_followed_up!, note: r.coach_note, at: iso(r.coach_feedback_at)! } : null,
  };
}
