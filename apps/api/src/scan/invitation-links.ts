import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/tokens';

/** The invitation's id (22 characters) followed by 192 random bits: the id tells a used link
 * ("already answered") from an unknown one without keeping the used link; only a hash of the
 * whole link is stored, and only until it is used. */
export function newInvitationLink(invitationId: string): { token: string; hash: string } {
  const id = Buffer.from(invitationId.replace(/-/g, ''), 'hex').toString('base64url');
  const token = `${id}${randomBytes(24).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

const UUID_LENGTH = 22;

/** The invitation a personal link names, or null when it cannot be one. */
export function invitationIdOf(token: string): string | null {
  if (token.length !== UUID_LENGTH + 32 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const hex = Buffer.from(token.slice(0, UUID_LENGTH), 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
