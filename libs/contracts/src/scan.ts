import type { AspectKey, Instrument } from '@groeiwijzer/domain';

export type InstrumentResponse = Instrument & { aspects: { key: AspectKey; nl: string; en: string }[] };

export interface CreateRoundRequest {
  title: string;
  /** ISO 8601 with offset, or a date (YYYY-MM-DD: the round closes at the end of that day, Amsterdam time). */
  closesAt: string;
  /** Default 5, never below 3. */
  minResponses?: number;
  /** Optional teams/departments a respondent may pick; breakdowns follow the same threshold. */
  groups?: string[];
}

export interface RoundCreated {
  id: string;
  status: 'open';
  closesAt: string;
  minResponses: number;
  shareUrl: string;
}

export interface RoundSummary {
  id: string;
  title: string;
  status: 'open' | 'closed';
  closesAt: string;
  invited: number;
  /** Answers that count so far. While the round is open this grows in steps of at least three
   * (answers wait until three are in), so nobody can tell who just answered; at closing every
   * answer counts. */
  responded: number;
}

export interface RoundDetail extends RoundSummary {
  organisationId: string;
  minResponses: number;
  instrumentVersion: number;
  groups: string[];
  shareUrl: string;
  /** Link to a read-only report for employees: only in the answer that makes it (only its hash is
   * kept); null in every other answer. Whether the report is shared says `reportShared`. */
  reportShareUrl: string | null;
  reportShared: boolean;
  /** The owner closed the shared link (the QR poster): it takes no answers. */
  sharedLinkClosed: boolean;
  /** Days with unusually many answers through the shared link (`burst`), or answers refused
   * because too many came from one address (`refused`). */
  alerts: { day: string; kind: 'burst' | 'refused'; count: number }[];
  selfAssessmentDone: boolean;
  closedAt: string | null;
}

export interface InviteRequest {
  emails: string[];
}

export interface InviteResponse {
  invited: number;
  duplicates: string[];
  invalid: string[];
}

export type AnswerMap = Record<string, number | null>;

export interface SelfAssessmentRequest {
  answers: AnswerMap;
}

export interface SurveyInfo {
  organisation: string;
  roundTitle: string;
  closesAt: string;
  instrument: InstrumentResponse;
  groups: string[];
  /** personal: a one-time invitation link; shared: the round's shared link (QR poster). */
  kind: 'personal' | 'shared';
}

export interface SurveySubmission {
  answers: AnswerMap;
  comment?: string;
  group?: string;
}

export interface ScoreView {
  mean: number | null;
  sd: number | null;
  favourable: number | null;
  distribution: number[];
  n: number;
}

export interface AspectScoreView extends ScoreView {
  key: AspectKey;
}

export interface ItemScoreView extends ScoreView {
  id: string;
  aspect: AspectKey;
}

export interface ReportWithheld {
  status: 'withheld';
  respondents: number;
  /** How many more responses are needed before anything is shown. */
  required: number;
  /** Why: too few responses, or the round is still open (results appear when it closes). */
  reason: 'too_few_responses' | 'round_open';
}

export interface ReportReady {
  status: 'ready';
  roundId: string;
  title: string;
  organisation: string;
  closedAt: string | null;
  respondents: number;
  minResponses: number;
  instrumentVersion: number;
  aspects: AspectScoreView[];
  items: ItemScoreView[];
  strengths: AspectKey[];
  weakSpots: AspectKey[];
  /** all_high, all_low, close_together or mixed: how to word strengths and weak spots. */
  overall: string;
  selfAssessment: Partial<Record<AspectKey, number>> | null;
  gaps: { key: AspectKey; employees: number; owner: number; gap: number }[];
  trend: { roundId: string; title: string; closedAt: string; aspects: Partial<Record<AspectKey, number>> }[];
  benchmark: { scope: 'sector' | 'region'; organisations: number; aspects: Partial<Record<AspectKey, number>> } | null;
  groups: { name: string; respondents: number; aspects: Partial<Record<AspectKey, number>> }[];
  /** Free-text comments, in random order, only above the threshold. */
  comments: string[];
}

export type ReportResponse = ReportWithheld | ReportReady;

/** PUT /api/rounds/:id/follow-up: when the team talks about the results. */
export interface FollowUpRequest {
  /** Local time in the Netherlands, `YYYY-MM-DDTHH:mm` (or an ISO moment with offset). */
  startsAt: string;
  /** 15–480, default 90. */
  minutes?: number;
  location?: string;
}

export interface FollowUpSession {
  startsAt: string;
  minutes: number;
  location: string | null;
}

/** GET /api/rounds/:id/follow-up */
export interface FollowUpResponse {
  followUp: FollowUpSession | null;
}

/** GET /api/rounds/:id/self-assessment: the owner's saved answers. */
export type SelfAssessmentResponse = SelfAssessmentRequest;

/** POST /api/rounds/:id/self-assessment */
export interface SelfAssessmentSaved {
  status: 'saved';
}

/** POST /api/survey/:token */
export interface SurveyReceived {
  status: 'received';
}

/** POST /api/rounds/:id/close */
export interface RoundClosed {
  status: 'closed';
}

/** POST /api/rounds/:id/report-share: the read-only link (`/rapport/<token>`), shown only in this answer. */
export interface ReportShareResponse {
  reportShareUrl: string;
}
