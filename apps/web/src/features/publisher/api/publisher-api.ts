import type {
  ImportResult, InvitationAcceptedResponse, InvitationPreview, InvitationSentResponse, Item, ItemInput, ItemPatch, PublisherInvitation,
  PublisherMember, PublisherSummary,
} from '@groeiwijzer/contracts';
import { apiFetch } from '../../../lib/api';

const enc = encodeURIComponent;

export interface CreatePublisherBody {
  name: string;
  regions: string[];
  website?: string;
}

export interface ImportRequest {
  /** The file's text, sent as it is. */
  text: string;
  contentType: string;
  dryRun: boolean;
  publish: boolean;
}

export type { PublisherMember, PublisherInvitation, InvitationPreview } from '@groeiwijzer/contracts';

/** An address with an account is added at once (the editors); another gets an invitation. */
export type AddMemberResult = PublisherMember[] | InvitationSentResponse;

export const publisherApi = {
  listMembers: (publisherId: string) => apiFetch<PublisherMember[]>(`/api/publishers/${enc(publisherId)}/members`),
  addMember: (publisherId: string, email: string) =>
    apiFetch<AddMemberResult>(`/api/publishers/${enc(publisherId)}/members`, { method: 'POST', body: { email } }),
  listInvitations: (publisherId: string) => apiFetch<PublisherInvitation[]>(`/api/publishers/${enc(publisherId)}/invitations`),
  revokeInvitation: (publisherId: string, invitationId: string) =>
    apiFetch<void>(`/api/publishers/${enc(publisherId)}/invitations/${enc(invitationId)}`, { method: 'DELETE' }),
  getInvitation: (token: string) => apiFetch<InvitationPreview>(`/api/invitations/${enc(token)}`),
  acceptInvitation: (token: string) => apiFetch<InvitationAcceptedResponse>(`/api/invitations/${enc(token)}/accept`, { method: 'POST' }),
  removeMember: (publisherId: string, userId: string) =>
    apiFetch<void>(`/api/publishers/${enc(publisherId)}/members/${enc(userId)}`, { method: 'DELETE' }),
  createPublisher: (body: CreatePublisherBody) => apiFetch<PublisherSummary>('/api/publishers', { method: 'POST', body }),
  getPublisher: (id: string) => apiFetch<PublisherSummary>(`/api/publishers/${enc(id)}`),
  listItems: (publisherId: string) => apiFetch<Item[]>(`/api/publishers/${enc(publisherId)}/items`),
  createItem: (publisherId: string, body: ItemInput) =>
    apiFetch<Item>(`/api/publishers/${enc(publisherId)}/items`, { method: 'POST', body }),
  getItem: (id: string) => apiFetch<Item>(`/api/items/${enc(id)}`),
  updateItem: (id: string, body: ItemPatch) => apiFetch<Item>(`/api/items/${enc(id)}`, { method: 'PATCH', body }),
  publishItem: (id: string) => apiFetch<Item>(`/api/items/${enc(id)}/publish`, { method: 'POST' }),
  archiveItem: (id: string) => apiFetch<Item>(`/api/items/${enc(id)}/archive`, { method: 'POST' }),
  verifyItem: (id: string) => apiFetch<Item>(`/api/items/${enc(id)}/verify`, { method: 'POST' }),
  importItems: (publisherId: string, request: ImportRequest) =>
    apiFetch<ImportResult>(`/api/publishers/${enc(publisherId)}/import?dryRun=${request.dryRun}&publish=${request.publish}`, {
      method: 'POST',
      rawBody: { text: request.text, contentType: request.contentType },
    }),
};

/** Where the browser downloads the import templates. */
export const IMPORT_TEMPLATE_URLS = {
  csv: '/api/catalogue/import-template.csv',
  json: '/api/catalogue/import-template.json',
} as const;
