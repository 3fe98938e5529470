import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PublisherMember } from '@groeiwijzer/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';

/** A pending invitation found by its token, with what the invitee is shown. */
export interface UsableInvitation {
  id: string;
  publisher_id: string;
  publisher_name: string;
  email: string;
  invited_by_name: string | null;
  expires_at: Date;
  expired: boolean;
}

/** A row that can still be used: not accepted, not revoked (expiry is checked separately). */
const PENDING = `accepted_at IS NULL AND revoked_at IS NULL`;

/** The SQL of publishers' editors and their invitations (the publishers themselves are the
 * TypeORM entities in publisher.entity.ts). Invitation times are the database's: expiry is
 * compared where it is stored. */
@Injectable()
export class PublishersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async isMember(m: EntityManager, userId: string, publisherId: string): Promise<boolean> {
    return (await m.query(`SELECT 1 FROM publisher_members WHERE publisher_id = $1 AND user_id = $2`, [publisherId, userId])).length > 0;
  }

  members(publisherId: string): Promise<PublisherMember[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.name, u.email FROM publisher_members m JOIN users u ON u.id = m.user_id
        WHERE m.publisher_id = $1 ORDER BY u.name, u.email`,
      [publisherId],
    );
  }

  async userIdByEmail(email: string): Promise<string | null> {
    const [user] = await this.db.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [email]);
    return user?.id ?? null;
  }

  async addMember(publisherId: string, userId: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`INSERT INTO publisher_members (publisher_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [publisherId, userId]);
  }

  /** The editors' ids, held for the rest of the transaction. */
  async lockMembers(m: EntityManager, publisherId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await m.query(`SELECT user_id FROM publisher_members WHERE publisher_id = $1 FOR UPDATE`, [publisherId]);
    return rows.map((r) => r.user_id);
  }

  async removeMember(m: EntityManager, publisherId: string, userId: string): Promise<void> {
    await m.query(`DELETE FROM publisher_members WHERE publisher_id = $1 AND user_id = $2`, [publisherId, userId]);
  }

  /** The publisher's name, held so invitations to it are made one at a time. */
  async lockPublisherName(m: EntityManager, publisherId: string): Promise<string | null> {
    const [publisher] = await m.query(`SELECT name FROM publishers WHERE id = $1 FOR UPDATE`, [publisherId]);
    return publisher?.name ?? null;
  }

  async pendingInvitationsExcept(m: EntityManager, publisherId: string, email: string): Promise<number> {
    const [{ n }] = await m.query(
      `SELECT count(*)::int AS n FROM publisher_invitations WHERE publisher_id = $1 AND ${PENDING} AND expires_at > now() AND email <> $2`,
      [publisherId, email],
    );
    return n;
  }

  /** A new invitation, or a new token and expiry for the pending one of that address. */
  async upsertInvitation(m: EntityManager, publisherId: string, email: string, tokenHash: string, invitedBy: string, days: number): Promise<{ id: string; email: string; expires_at: Date }> {
    const [row] = await m.query(
      `INSERT INTO publisher_invitations (publisher_id, email, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
       ON CONFLICT (publisher_id, email) WHERE ${PENDING}
       DO UPDATE SET token_hash = EXCLUDED.token_hash, invited_by = EXCLUDED.invited_by, expires_at = EXCLUDED.expires_at
       RETURNING id, email, expires_at`,
      [publisherId, email, tokenHash, invitedBy, days],
    );
    return row;
  }

  async userName(m: EntityManager, userId: string): Promise<string | null> {
    const [user] = await m.query(`SELECT name FROM users WHERE id = $1`, [userId]);
    return user?.name ?? null;
  }

  pendingInvitations(publisherId: string): Promise<{ id: string; email: string; invited_by_name: string | null; expires_at: Date }[]> {
    return this.db.query(
      `SELECT i.id, i.email, u.name AS invited_by_name, i.expires_at
         FROM publisher_invitations i LEFT JOIN users u ON u.id = i.invited_by
        WHERE i.publisher_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        ORDER BY i.created_at, i.email`,
      [publisherId],
    );
  }

  async revokeInvitation(m: EntityManager, publisherId: string, invitationId: string): Promise<boolean> {
    return returningRows(await m.query(
      `UPDATE publisher_invitations SET revoked_at = now() WHERE id = $1 AND publisher_id = $2 AND ${PENDING} RETURNING id`,
      [invitationId, publisherId],
    )).length > 0;
  }

  async markAccepted(m: EntityManager, invitationId: string, userId: string): Promise<void> {
    await m.query(`UPDATE publisher_invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [invitationId, userId]);
  }

  /** The pending invitation of a token hash (expired ones too, flagged), optionally locked. */
  async usableInvitation(m: EntityManager, tokenHash: string, lock: boolean): Promise<UsableInvitation | null> {
    const rows: UsableInvitation[] = await m.query(
      `SELECT i.id, i.publisher_id, p.name AS publisher_name, i.email, u.name AS invited_by_name, i.expires_at,
              i.expires_at <= now() AS expired
         FROM publisher_invitations i
         JOIN publishers p ON p.id = i.publisher_id
         LEFT JOIN users u ON u.id = i.invited_by
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
        ${lock ? 'FOR UPDATE OF i' : ''}`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }
}
