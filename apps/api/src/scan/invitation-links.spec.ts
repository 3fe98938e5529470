import { hashToken } from '../auth/tokens';
import { invitationIdOf, newInvitationLink } from './invitation-links';

describe('personal survey links', () => {
  const id = '3f2a6c1e-9b7d-4e21-8f00-1a2b3c4d5e6f';

  it('name their invitation, carry 192 random bits and store only a hash', () => {
    const a = newInvitationLink(id);
    const b = newInvitationLink(id);
    expect(a.token).toMatch(/^[\w-]{54}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashToken(a.token));
    expect(invitationIdOf(a.token)).toBe(id);
    expect(invitationIdOf(b.token)).toBe(id);
  });

  it('refuse what cannot be a personal link', () => {
    expect(invitationIdOf('kort')).toBeNull();
    expect(invitationIdOf('x'.repeat(43))).toBeNull(); // a shared link's length
    expect(invitationIdOf(`${'!'.repeat(22)}${'a'.repeat(32)}`)).toBeNull();
  });
});
