import type { ReportResponse } from '@groeiwijzer/contracts';
import type { Locale } from '@groeiwijzer/domain';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

export const reportApi = {
  get: (roundId: string) => apiFetch<ReportResponse>(`/api/rounds/${enc(roundId)}/report`),
  getShared: (token: string) => apiFetch<ReportResponse>(`/api/shared-reports/${enc(token)}`),
  share: (roundId: string) => apiFetch<{ reportShareUrl: string }>(`/api/rounds/${enc(roundId)}/report-share`, { method: 'POST' }),
  unshare: (roundId: string) => apiFetch<void>(`/api/rounds/${enc(roundId)}/report-share`, { method: 'DELETE' }),
};

/** The PDF of the report in the given language (a plain link: the browser downloads it). */
export const reportPdfUrl = (roundId: string, locale: Locale) => `/api/rounds/${enc(roundId)}/report.pdf?locale=${locale}`;
