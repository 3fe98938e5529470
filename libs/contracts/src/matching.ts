import type { AspectKey, EligibilityCheck, MatchMode, MatchReason, SizeClass } from '@groeiwijzer/domain';
import type { CoachType, ItemFormat, ItemKind } from './catalogue';

/* Matching, plan and referrals — API.md "Matching, plan and referrals". Paths and the shapes
 * named there are the contract; the fields below add to them. */

/** What a recommendation shows of a catalogue item (the whole item is at GET /api/items/:id). */
export interface RecommendedItem {
  id: string;
  kind: ItemKind;
  title: string;
  summary: string;
  provider: string;
  publisherName: string;
  aspects: AspectKey[];
  regions: string[];
  url: string | null;
  contactEmail: string | null;
  costEur: number | null;
  format: ItemFormat | null;
  language: 'nl' | 'en' | null;
  validUntil: string | null;
  verifiedOn: string;
  /** Scheme: the window that is open now or opens next (YYYY-MM-DD), if any. */
  window: { opens: string; closes: string } | null;
  fundingShare: number | null;
  maxAmountEur: number | null;
  durationHours: number | null;
  coachType: CoachType | null;
  entrepreneurExperience: boolean | null;
  /** Coach: referrals it can still take (capacity − open referrals). */
  freePlaces: number | null;
}

export interface Recommendation {
  item: RecommendedItem;
  /** The weak spot it is recommended for; null for a profile-based list. */
  aspect: AspectKey | null;
  score: number;
  /** Strongest factor first; `weight` is what the factor added to the score. */
  reasons: MatchReason[];
  eligibility: EligibilityCheck[];
  /** Already a step of the action plan. */
  inPlan: boolean;
}

export interface RecommendationGroup {
  aspect: AspectKey | null;
  /** The aspect's mean (1–5) in the round the list is based on. */
  mean: number | null;
  /** One or two plain sentences that introduce the group. */
  intro: string;
  items: Recommendation[];
}

export interface RecommendationGap {
  aspect: AspectKey | null;
  kind: ItemKind;
  reason: 'none_eligible' | 'preferences';
  text: string;
}

export interface RecommendationsResponse {
  basedOn: {
    /** null: no closed round with a ready report yet (a profile-based list). */
    roundId: string | null;
    roundTitle: string | null;
    closedAt: string | null;
    weakSpots: AspectKey[];
    mode: MatchMode;
  };
  /** Every recommended item once, best first (the contract's flat list). */
  items: Recommendation[];
  /** The same items grouped by weak spot, as the page shows them. */
  groups: RecommendationGroup[];
  gaps: RecommendationGap[];
  /** What drives the list and which of the owner's choices are active, in words. */
  explanation: { code: string; text: string }[];
  /** Items the owner marked "niet relevant" (they stay away until undone). */
  dismissed: { itemId: string; title: string; kind: ItemKind; dismissedAt: string }[];
}

/** Query of GET /api/organisations/:id/recommendations. */
export interface RecommendationsQuery {
  roundId?: string;
  kind?: ItemKind;
  /** Only the organisation's own region (no nationwide offers). */
  regionalOnly?: boolean;
  /** Only offers without costs. */
  freeOnly?: boolean;
  language?: 'nl' | 'en';
}

/** GET /api/items/:id/eligibility?organisationId= — "past bij jullie: regio ✓, sector ✓ …". */
export interface ItemEligibilityResponse {
  organisationId: string;
  eligible: boolean;
  checks: EligibilityCheck[];
}

/* ---------- Action plan (ontwikkelplan) ---------- */

export type PlanStatus = 'idea' | 'planned' | 'doing' | 'done';

export interface ChecklistEntry {
  text: string;
  done: boolean;
}

export interface PlanStep {
  id: string;
  organisationId: string;
  title: string;
  aspect: AspectKey;
  itemId: string | null;
  /** The linked catalogue item, as far as the plan shows it (null when none or no longer published). */
  item: { id: string; kind: ItemKind; title: string; window: { opens: string; closes: string } | null } | null;
  /** YYYY-MM-DD */
  dueDate: string | null;
  status: PlanStatus;
  /** Order within its column (0 first). */
  position: number;
  responsible: string | null;
  checklist: ChecklistEntry[];
  note: string | null;
  createdAt: string;
  updatedAt: string;
  /** When the step moved to `done` (null while it is not done). */
  doneAt: string | null;
  /** The aspect's mean when the step was made (`before`, from round `baselineRoundId`), and at the
   * first closed round with a ready report after it (`after`, from `roundId`; null until then).
   * null when there was no closed round with a score for the aspect when the step was made. */
  result: { before: number; after: number | null; roundId: string | null; baselineRoundId: string } | null;
}

export interface CreatePlanStepRequest {
  /** Optional with an `itemId`: the item's title ("added in one click from a recommendation"). */
  title?: string;
  aspect: AspectKey;
  itemId?: string | null;
  dueDate?: string | null;
  status?: PlanStatus;
  responsible?: string | null;
  checklist?: ChecklistEntry[];
  note?: string | null;
}

/** PATCH /api/plan/:stepId: any subset; `position` moves the step within (or, with `status`, to) a column. */
export type UpdatePlanStepRequest = Partial<CreatePlanStepRequest> & { position?: number };

/* ---------- Referrals to coaches ---------- */

export type ReferralShare = 'none' | 'summary' | 'report';
export type ReferralStatus = 'requested' | 'accepted' | 'declined' | 'completed' | 'lapsed' | 'cancelled';
export type DeclineReason = 'no_capacity' | 'not_my_expertise' | 'outside_region' | 'other';

export interface CreateReferralRequest {
  coachItemId: string;
  message: string;
  share: ReferralShare;
  /** The round whose results are shared (default: the latest closed round with a ready report). */
  roundId?: string;
  /** The weak spot the request is about, when it came from a recommendation. */
  aspect?: AspectKey | null;
}

/** What the owner agreed the coach may see (`summary`), or the whole report (`report`). */
export interface SharedSummary {
  roundId: string;
  roundTitle: string;
  closedAt: string;
  respondents: number;
  aspects: { key: AspectKey; mean: number }[];
  strengths: AspectKey[];
  weakSpots: AspectKey[];
}

export interface SharedResults extends SharedSummary {
  /** `report` only: distributions, favourable shares and the owner–employee gaps. */
  report: {
    aspects: { key: AspectKey; mean: number; sd: number | null; favourable: number | null; distribution: number[]; n: number }[];
    gaps: { key: AspectKey; employees: number; owner: number; gap: number }[];
  } | null;
}

export interface ReferralEvent {
  /** requested, reminded, accepted, declined, completed, lapsed, consent_withdrawn, forwarded, feedback … */
  type: string;
  at: string;
}

/** The owner's view: every step with its date. */
export interface OwnerReferral {
  id: string;
  status: ReferralStatus;
  coach: { itemId: string; title: string; provider: string; coachType: CoachType | null; contactEmail: string | null };
  message: string;
  share: ReferralShare;
  aspect: AspectKey | null;
  consent: { scope: ReferralShare; givenAt: string; withdrawnAt: string | null; roundId: string | null };
  requestedAt: string;
  /** When the coach must answer before the request lapses (10 Dutch working days). */
  answerBy: string | null;
  declineReason: DeclineReason | null;
  declineNote: string | null;
  events: ReferralEvent[];
  feedback: { rating: number; comment: string | null; at: string } | null;
  /** A lapsed or declined request can go to the next best coach with one click. */
  canForward: boolean;
  /** The request it was forwarded to, if any. */
  forwardedTo: string | null;
  /** The lapsed or declined request this one was forwarded from, if any. */
  forwardedFrom: string | null;
}

/** The coach's view (GET /api/coach/referrals). */
export interface CoachReferral {
  id: string;
  status: ReferralStatus;
  organisation: { name: string; sector: string; region: string; sizeClass: SizeClass };
  /** The owner's name and address: on an accepted referral (and after), never before. */
  contact: { name: string; email: string } | null;
  message: string;
  share: ReferralShare;
  aspect: AspectKey | null;
  /** What the consent covers; null for `none` and once consent is withdrawn. */
  shared: SharedResults | null;
  consentWithdrawnAt: string | null;
  requestedAt: string;
  answerBy: string | null;
  acceptedAt: string | null;
  completedAt: string | null;
  coachFeedback: { followedUp: boolean; note: string | null; at: string } | null;
}

export interface CoachInbox {
  coachItemId: string;
  capacity: number;
  open: number;
  referrals: CoachReferral[];
  /** Ratings by owners: only once there are at least 5. */
  ratings: { count: number; mean: number } | null;
}

export interface DeclineReferralRequest {
  reason: DeclineReason;
  note?: string;
}

export interface OwnerFeedbackRequest {
  rating: number;
  comment?: string;
}

export interface CoachFeedbackRequest {
  followedUp: boolean;
  note?: string;
}
