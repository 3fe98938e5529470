import type {
  AnswerMap,
  CreateRoundRequest,
  InviteResponse,
  RoundCreated,
  RoundDetail,
  RoundSummary,
  SelfAssessmentRequest,
} from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

export const scansApi = {
  listRounds: (organisationId: string) => apiFetch<RoundSummary[]>(`/api/organisations/${enc(organisationId)}/rounds`),
  createRound: (organisationId: string, body: CreateRoundRequest) =>
    apiFetch<RoundCreated>(`/api/organisations/${enc(organisationId)}/rounds`, { method: 'POST', body }),
  getRound: (roundId: string) => apiFetch<RoundDetail>(`/api/rounds/${enc(roundId)}`),
  invite: (roundId: string, emails: string[]) =>
    apiFetch<InviteResponse>(`/api/rounds/${enc(roundId)}/invitations`, { method: 'POST', body: { emails } }),
  getSelfAssessment: (roundId: string) => apiFetch<{ answers: AnswerMap }>(`/api/rounds/${enc(roundId)}/self-assessment`),
  saveSelfAssessment: (roundId: string, body: SelfAssessmentRequest) =>
    apiFetch<unknown>(`/api/rounds/${enc(roundId)}/self-assessment`, { method: 'POST', body }),
  closeRound: (roundId: string) => apiFetch<{ status: 'closed' }>(`/api/rounds/${enc(roundId)}/close`, { method: 'POST' }),
  setSharedLinkOpen: (roundId: string, open: boolean) =>
    apiFetch<RoundDetail>(`/api/rounds/${enc(roundId)}/shared-link`, { method: open ? 'POST' : 'DELETE' }),
};

/** Where the owner's browser fetches the QR code of the shared link (an SVG image). */
export const qrCodeUrl = (roundId: string) => `/api/rounds/${enc(roundId)}/qr.svg`;
