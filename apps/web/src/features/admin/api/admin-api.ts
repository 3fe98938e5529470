import type { Item, PublisherSummary } from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';
import type { OutboxResponse, OutboxStatus } from '../outbox-model';
import type { PlatformOverview } from '../platform-overview-model';

const enc = encodeURIComponent;

export type PublisherStatus = PublisherSummary['status'];

/** The admin API: approvals and the mail outbox. The API answers 403 to anyone but an admin. */
export const adminApi = {
  publishers: (status: PublisherStatus) => apiFetch<PublisherSummary[]>(`/api/admin/publishers?status=${enc(status)}`),
  approvePublisher: (id: string) => apiFetch<unknown>(`/api/admin/publishers/${enc(id)}/approve`, { method: 'POST' }),
  pendingCoachItems: () => apiFetch<Item[]>('/api/admin/items?pending=coach'),
  approveItem: (id: string) => apiFetch<Item>(`/api/admin/items/${enc(id)}/approve`, { method: 'POST' }),
  outbox: (status: OutboxStatus | null) =>
    apiFetch<OutboxResponse>(status ? `/api/admin/outbox?status=${enc(status)}` : '/api/admin/outbox'),
  platformOverview: () => apiFetch<PlatformOverview>('/api/admin/overview'),
  resendMail: (id: string) => apiFetch<{ status: 'pending' }>(`/api/admin/outbox/${enc(id)}/resend`, { method: 'POST' }),
};
