import type { FollowUpRequest, FollowUpResponse, FollowUpSession, ReportResponse } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

export const reportApi = {
  get: (roundId: string) => apiFetch<ReportResponse>(`/api/rounds/${enc(roundId)}/report`),
  getShared: (token: string) => apiFetch<ReportResponse>(`/api/shared-reports/${enc(token)}`),
  share: (roundId: string) => apiFetch<{ reportShareUrl: string }>(`/api/rounds/${enc(roundId)}/report-share`, { method: 'POST' }),
  unshare: (roundId: string) => apiFetch<void>(`/api/rounds/${enc(roundId)}/report-share`, { method: 'DELETE' }),
  getFollowUp: (roundId: string) => apiFetch<FollowUpResponse>(`/api/rounds/${enc(roundId)}/follow-up`),
  planFollowUp: (roundId: string, body: FollowUpRequest) =>
    apiFetch<FollowUpSession>(`/api/rounds/${enc(roundId)}/follow-up`, { method: 'PUT', body }),
  cancelFollowUp: (roundId: string) => apiFetch<void>(`/api/rounds/${enc(roundId)}/follow-up`, { method: 'DELETE' }),
};

/** The PDF of the report in the given language (a plain link: the browser downloads it). */
export const reportPdfUrl = (roundId: string, locale: Locale) => `/api/rounds/${enc(roundId)}/report.pdf?locale=${locale}`;

/** The follow-up session as a calendar file (a plain link: the session cookie goes along). */
export const followUpIcsUrl = (roundId: string) => `/api/rounds/${enc(roundId)}/follow-up.ics`;
