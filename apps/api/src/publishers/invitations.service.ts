import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type InvitationAcceptedResponse, type InvitationPreview, type InvitationSentResponse, type PublisherInvitation,
} from '@groeiwijzer/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken, newToken } from '../auth/tokens';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { returningRows } from '../database/returning';
import { OutboxService } from '../mail/outbox.service';
import { publisherInvitationMail } from './invitation-mail';
import { assertPublisherMember } from './publisher-access';

export const INVITATION_DAYS = 14;
/** Pending, unexpired invitations a publisher may have at once: enough for a team, not a mailing list. */
export const MAX_PENDING_INVITATIONS = 20;

/** A row that can still be used: not accepted, not revoked (expiry is checked separately). */
const PENDING = `accepted_at IS NULL AND revoked_at IS NULL`;

const unknown = () => new AppError(HttpStatus.NOT_FOUND, 'invitation_unknown', 'invitation_unknown');
const expired = () => new AppError(HttpStatus.GONE, 'invitation_expired', 'invitation_expired');

/** Invitations to edit a publisher, for colleagues without an account yet. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  /** Invites an address (or invites it again: a new token and expiry replace the old), and
   * queues the mail in the same transaction. */
  async invite(manager: EntityManager, userId: string, publisherId: string, email: string): Promise<InvitationSentResponse> {
    await assertPublisherMember(manager, userId, publisherId);
    const address = email.toLowerCase();
    // Serialises invitations per publisher, so the limit below holds under concurrent requests.
    const [publisher] = await manager.query(`SELECT name FROM publishers WHERE id = $1 FOR UPDATE`, [publisherId]);
    if (!publisher) throw AppError.notFound();
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM publisher_invitations
        WHERE publisher_id = $1 AND ${PENDING} AND expires_at > now() AND email <> $2`,
      [publisherId, address],
    );
    if (n >= MAX_PENDING_INVITATIONS) {
      throw new AppError(HttpStatus.CONFLICT, 'too_many_invitations', 'too_many_invitations', { n: MAX_PENDING_INVITATIONS });
    }
    const token = newToken();
    const tokenHash = hashToken(token);
    const [row]: { id: string; email: string; expires_at: Date }[] = await manager.query(
      `INSERT INTO publisher_invitations (publisher_id, email, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
       ON CONFLICT (publisher_id, email) WHERE ${PENDING}
       DO UPDATE SET token_hash = EXCLUDED.token_hash, invited_by = EXCLUDED.invited_by, expires_at = EXCLUDED.expires_at
       RETURNING id, email, expires_at`,
      [publisherId, address, tokenHash, userId, INVITATION_DAYS],
    );
    const [inviter] = await manager.query(`SELECT name FROM users WHERE id = $1`, [userId]);
    const url = `${this.config.publicUrl}/uitnodiging/${encodeURIComponent(token)}`;
    await this.outbox.enqueue(manager, {
      // Per token, so inviting again sends a new mail with the new link.
      idempotencyKey: `publisher-invitation:${row.id}:${tokenHash.slice(0, 16)}`,
      kind: 'publisher_invitation',
      to: address,
      ...publisherInvitationMail(publisher.name, inviter?.name ?? '', INVITATION_DAYS, url),
    });
    return { invited: { id: row.id, email: row.email, expiresAt: row.expires_at.toISOString() } };
  }

  /** Pending, unexpired invitations, for the publisher's members. */
  async list(userId: string, publisherId: string): Promise<PublisherInvitation[]> {
    await assertPublisherMember(this.db.manager, userId, publisherId);
    const rows: { id: string; email: string; invited_by_name: string | null; expires_at: Date }[] = await this.db.query(
      `SELECT i.id, i.email, u.name AS invited_by_name, i.expires_at
         FROM publisher_invitations i LEFT JOIN users u ON u.id = i.invited_by
        WHERE i.publisher_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        ORDER BY i.created_at, i.email`,
      [publisherId],
    );
    return rows.map((r) => ({ id: r.id, email: r.email, invitedByName: r.invited_by_name, expiresAt: r.expires_at.toISOString() }));
  }

  /** A member withdraws a pending invitation: its link stops working. */
  async revoke(userId: string, publisherId: string, invitationId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await assertPublisherMember(m, userId, publisherId);
      const rows = await m.query(
        `UPDATE publisher_invitations SET revoked_at = now() WHERE id = $1 AND publisher_id = $2 AND ${PENDING} RETURNING id`,
        [invitationId, publisherId],
      );
      if (!returningRows(rows).length) throw AppError.notFound();
    });
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
      await m.query(`INSERT INTO publisher_members (publisher_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [row.publisher_id, user.id]);
      await m.query(`UPDATE publisher_invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [row.id, user.id]);
      return { publisherId: row.publisher_id };
    });
  }

  /** The pending invitation of a token: 404 when unknown, used or revoked; 410 when expired. */
  private async findUsable(m: EntityManager, token: string, lock: boolean) {
    const rows: {
      id: string; publisher_id: string; publisher_name: string; email: string; invited_by_name: string | null; expires_at: Date; expired: boolean;
    }[] = await m.query(
      `SELECT i.id, i.publisher_id, p.name AS publisher_name, i.email, u.name AS invited_by_name, i.expires_at,
              i.expires_at <= now() AS expired
         FROM publisher_invitations i
         JOIN publishers p ON p.id = i.publisher_id
         LEFT JOIN users u ON u.id = i.invited_by
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
        ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) throw unknown();
    if (row.expired) throw expired();
    return row;
  }
}
