import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

export interface AuditRecord {
  id: string;
  at: string;
  actor: { userId: string | null; email: string | null; role: string };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, unknown>;
}

export const privacyApi = {
  /** Downloads go through the browser itself (a link), with the session cookie. */
  organisationExportUrl: (organisationId: string, format: 'json' | 'csv') => `/api/organisations/${enc(organisationId)}/export?format=${format}`,
  accountExportUrl: '/api/me/export',
  eraseOrganisation: (organisationId: string) => apiFetch<{ eraseAfter: string }>(`/api/organisations/${enc(organisationId)}`, { method: 'DELETE' }),
  restoreOrganisation: (organisationId: string) => apiFetch<void>(`/api/organisations/${enc(organisationId)}/restore`, { method: 'POST' }),
  accountErasure: () => apiFetch<{ eraseAfter: string | null }>('/api/me/erasure'),
  eraseAccount: () => apiFetch<{ eraseAfter: string }>('/api/me', { method: 'DELETE' }),
  restoreAccount: () => apiFetch<void>('/api/me/restore', { method: 'POST' }),
  audit: (filter: { action?: string; from?: string; to?: string }) => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
    return apiFetch<AuditRecord[]>(`/api/admin/audit${query ? `?${query}` : ''}`);
  },
};
