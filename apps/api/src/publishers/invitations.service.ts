import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type InvitationAcceptedResponse, type InvitationPreview, type InvitationSentResponse, type PublisherInvitation,
} from '@groeiwijzer/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken, newToken } from '../auth/tokens';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from '../mail/outbox.service';
import { publisherInvitationMail } from './invitation-mail';
import { PublishersRepository, type UsableInvitation } from './publishers.repository';

export const INVITATION_DAYS = 14;
/** Pending, unexpired invitations a publisher may have at once: enough for a team, not a mailing list. */
export const MAX_PENDING_INVITATIONS = 20;

const unknown = () => new AppError(HttpStatus.NOT_FOUND, 'invitation_unknown', 'invitation_unknown');
const expired = () => new AppError(HttpStatus.GONE, 'invitation_expired', 'invitation_expired');

/** Invitations to edit a publisher, for colleagues without an account yet. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly repo: PublishersRepository,
  ) {}

  /** Invites an address (or invites it again: a new token and expiry replace the old), and
   * queues the mail in the same transaction. */
  async invite(manager: EntityManager, userId: string, publisherId: string, email: string): Promise<InvitationSentResponse> {
    await this.assertMember(manager, userId, publisherId);
    const address = email.toLowerCase();
    // Serialises invitations per publisher, so the limit below holds under concurrent requests.
    const publisherName = await this.repo.lockPublisherName(manager, publisherId);
    if (publisherName === null) throw AppError.notFound();
    const n = await this.repo.pendingInvitationsExcept(manager, publisherId, address);
    if (n >= MAX_PENDING_INVITATIONS) {
      throw new AppError(HttpStatus.CONFLICT, 'too_many_invitations', 'too_many_invitations', { n: MAX_PENDING_INVITATIONS });
    }
    const token = newToken();
    const tokenHash = hashToken(token);
    const row = await this.repo.upsertInvitation(manager, publisherId, address, tokenHash, userId, INVITATION_DAYS);
    const inviterName = await this.repo.userName(manager, userId);
    const url = `${this.config.publicUrl}/uitnodiging/${encodeURIComponent(token)}`;
    await this.outbox.enqueue(manager, {
      // Per token, so inviting again sends a new mail with the new link.
      idempotencyKey: `publisher-invitation:${row.id}:${tokenHash.slice(0, 16)}`,
      kind: 'publisher_invitation',
      to: address,
      ...publisherInvitationMail(publisherName, inviterName ?? '', INVITATION_DAYS, url),
    });
    return { invited: { id: row.id, email: row.email, expiresAt: row.expires_at.toISOString() } };
  }

  /** Pending, unexpired invitations, for the publisher's members. */
  async list(userId: string, publisherId: string): Promise<PublisherInvitation[]> {
    await this.assertMember(this.db.manager, userId, publisherId);
    const rows = await this.repo.pendingInvitations(publisherId);
    return rows.map((r) => ({ id: r.id, email: r.email, invitedByName: r.invited_by_name, expiresAt: r.expires_at.toISOString() }));
  }

  /** A member withdraws a pending invitation: its link stops working. */
  async revoke(userId: string, publisherId: string, invitationId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.assertMember(m, userId, publisherId);
      if (!(await this.repo.revokeInvitation(m, publisherId, invitationId))) throw AppError.notFound();
    });
  }

  /** A non-member gets 404, as if the publisher did not exist. */
  private async assertMember(m: EntityManager, userId: string, publisherId: string): Promise<void> {
    if (!(await this.repo.isMember(m, userId, publisherId))) throw AppError.notFound();
  }

  /** What the link in the mail shows: no sign-in needed, the token is the key. */
  async preview(token: string): Promise<InvitationPreview> {
    const row = await this.findUsable(this.db.manager, token, false);
    return { publisherName: row.publisher_name, email: row.email, invitedByName: row.invited_by_name, expiresAt: row.expires_at.toISOString() };
  }

  /** The signed-in invitee becomes an editor; the invitation is spent. Another account's
   * attempt changes nothing, so the right person can still use it. */
  async accept(user: { id: string; email: string }, token: string): Promise<InvitationAcceptedResponse> {
    return this.db.transaction(async (m) => {
      const row = await this.findUsable(m, token, true);
      if (row.email !== user.email.toLowerCase()) {
        throw new AppError(HttpStatus.FORBIDDEN, 'invitation_other_email', 'invitation_other_email', { email: row.email });
      }
      await this.repo.addMember(row.publisher_id, user.id, m);
      await this.repo.markAccepted(m, row.id, user.id);
      return { publisherId: row.publisher_id };
    });
  }

  /** The pending invitation of a token: 404 when unknown, used or revoked; 410 when expired. */
  private async findUsable(m: EntityManager, token: string, lock: boolean): Promise<UsableInvitation> {
    const row = await this.repo.usableInvitation(m, hashToken(token), lock);
    if (!row) throw unknown();
    if (row.expired) throw expired();
    return row;
  }
}
