import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';
import { type ResponseRow, type StoredResults } from './employee-view';

/** A scan round as the services use it, with its organisation's name. */
export interface RoundRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  title: string;
  instrument_version: number;
  status: 'open' | 'closed';
  closes_at: Date;
  min_responses: number;
  groups: string[];
  share_token: string;
  report_shared: boolean;
  share_link_closed_at: Date | null;
  closed_at: Date | null;
}

export interface RoundListRow {
  id: string;
  title: string;
  status: 'open' | 'closed';
  closes_at: Date;
  invited: number;
  responded: number;
}

/** An invitation whose reminder is due, with what the mail needs. */
export interface DueInvitationReminder {
  id: string;
  round_id: string;
  email: string;
  reminders_sent: number;
  title: string;
  closes_at: Date;
  organisation: string;
  /** The day before closing: the last reminder. */
  last: boolean;
}

export interface NewRound {
  organisationId: string;
  title: string;
  instrumentVersion: number;
  closesAt: Date;
  minResponses: number;
  groups: string[];
  shareToken: string;
  createdBy: string;
  createdAt: Date;
}

const ROUND_COLUMNS = `r.id, r.organisation_id, o.name AS organisation_name, r.title, r.instrument_version, r.status,
  r.closes_at, r.min_responses, r.groups, r.share_token, r.report_share_token_hash IS NOT NULL AS report_shared,
  r.share_link_closed_at, r.closed_at`;

/** The SQL of scan rounds, their invitations and the owner's self-assessment. */
@Injectable()
export class RoundsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(round: NewRound): Promise<{ id: string; closes_at: Date }> {
    const [row] = await this.db.query(
      `INSERT INTO scan_rounds (organisation_id, title, instrument_version, closes_at, min_responses, groups, share_token, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, closes_at`,
      [round.organisationId, round.title, round.instrumentVersion, round.closesAt, round.minResponses, round.groups, round.shareToken, round.createdBy, round.createdAt],
    );
    return row;
  }

  /** The organisation's rounds, newest first, with how many were invited and answered. */
  list(organisationId: string): Promise<RoundListRow[]> {
    return this.db.query(
      `SELECT r.id, r.title, r.status, r.closes_at,
              (SELECT count(*)::int FROM scan_invitations i WHERE i.round_id = r.id) AS invited,
              (SELECT count(*)::int FROM scan_responses s WHERE s.round_id = r.id) AS responded
         FROM scan_rounds r WHERE r.organisation_id = $1 ORDER BY r.created_at DESC`,
      [organisationId],
    );
  }

  async find(roundId: string, manager: EntityManager = this.db.manager): Promise<RoundRow | null> {
    const rows: RoundRow[] = await manager.query(
      `SELECT ${ROUND_COLUMNS} FROM scan_rounds r JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $1`,
      [roundId],
    );
    return rows[0] ?? null;
  }

  async findByReportShareHash(hash: string): Promise<RoundRow | null> {
    const rows: RoundRow[] = await this.db.query(
      `SELECT ${ROUND_COLUMNS} FROM scan_rounds r JOIN organisations o ON o.id = r.organisation_id WHERE r.report_share_token_hash = $1`,
      [hash],
    );
    return rows[0] ?? null;
  }

  async counts(roundId: string): Promise<{ invited: number; responded: number; self_done: boolean }> {
    const [counts] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM scan_invitations WHERE round_id = $1) AS invited,
              (SELECT count(*)::int FROM scan_responses WHERE round_id = $1) AS responded,
              EXISTS (SELECT 1 FROM scan_self_assessments WHERE round_id = $1) AS self_done`,
      [roundId],
    );
    return counts;
  }

  /** Holds the round for the rest of the transaction (invitations are added one caller at a time). */
  async lock(m: EntityManager, roundId: string): Promise<void> {
    await m.query(`SELECT 1 FROM scan_rounds WHERE id = $1 FOR UPDATE`, [roundId]);
  }

  async invitedAddresses(m: EntityManager, roundId: string): Promise<Set<string>> {
    const rows: { email: string }[] = await m.query(`SELECT lower(email) AS email FROM scan_invitations WHERE round_id = $1 AND email IS NOT NULL`, [roundId]);
    return new Set(rows.map((r) => r.email));
  }

  async addInvitation(m: EntityManager, roundId: string, email: string, at: Date): Promise<string> {
    const [row] = await m.query(`INSERT INTO scan_invitations (round_id, email, created_at) VALUES ($1, $2, $3) RETURNING id`, [roundId, email, at]);
    return row.id;
  }

  async saveSelfAssessment(roundId: string, answers: Record<string, unknown>, day: string): Promise<void> {
    await this.db.query(
      `INSERT INTO scan_self_assessments (round_id, answers, submitted_on) VALUES ($1, $2, $3)
       ON CONFLICT (round_id) DO UPDATE SET answers = EXCLUDED.answers, submitted_on = EXCLUDED.submitted_on`,
      [roundId, JSON.stringify(answers), day],
    );
  }

  async selfAssessment(roundId: string): Promise<Record<string, number | null> | null> {
    const [row] = await this.db.query(`SELECT answers FROM scan_self_assessments WHERE round_id = $1`, [roundId]);
    return row?.answers ?? null;
  }

  /** The hash of the read-only report link, or null to stop sharing. */
  async setReportShareHash(roundId: string, hash: string | null): Promise<void> {
    await this.db.query(`UPDATE scan_rounds SET report_share_token_hash = $2 WHERE id = $1`, [roundId, hash]);
  }

  /** Open rounds past their closing moment (optionally of one organisation). */
  async dueToClose(now: Date, organisationId?: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM scan_rounds WHERE status = 'open' AND closes_at <= $1 ${organisationId ? 'AND organisation_id = $2' : ''}`,
      organisationId ? [now, organisationId] : [now],
    );
    return rows.map((r) => r.id);
  }

  /** Closes the round if it is still open (once across instances); null when it was not. */
  async markClosed(m: EntityManager, roundId: string, now: Date): Promise<{ instrument_version: number; min_responses: number } | null> {
    const [round] = returningRows<{ instrument_version: number; min_responses: number }>(await m.query(
      `UPDATE scan_rounds SET status = 'closed', closed_at = $2 WHERE id = $1 AND status = 'open' RETURNING instrument_version, min_responses`,
      [roundId, now],
    ));
    return round ?? null;
  }

  responses(m: EntityManager, roundId: string): Promise<ResponseRow[]> {
    return m.query(`SELECT answers, comment, group_name FROM scan_responses WHERE round_id = $1`, [roundId]);
  }

  async storeResults(m: EntityManager, roundId: string, results: StoredResults): Promise<void> {
    await m.query(`UPDATE scan_rounds SET results = $2 WHERE id = $1`, [roundId, JSON.stringify(results)]);
  }

  /** The owners of the round's organisation, with the round's title. */
  owners(m: EntityManager, roundId: string): Promise<{ id: string; email: string; name: string; locale: 'nl' | 'en'; title: string }[]> {
    return m.query(
      `SELECT u.id, u.email, u.name, u.locale, r.title FROM scan_rounds r
         JOIN organisation_members om ON om.organisation_id = r.organisation_id AND om.role = 'owner'
         JOIN users u ON u.id = om.user_id WHERE r.id = $1`,
      [roundId],
    );
  }

  /** Invited employees of open rounds who have not answered and are due a reminder: three days
   * after the invitation, and the day before the round closes (never within 12 hours of the
   * invitation, never two within a day). */
  remindersDue(now: Date): Promise<DueInvitationReminder[]> {
    return this.db.query(
      `SELECT i.id, i.round_id, i.email, i.reminders_sent, r.title, r.closes_at, o.name AS organisation,
              (r.closes_at - $1::timestamptz <= interval '1 day') AS last
         FROM scan_invitations i
         JOIN scan_rounds r ON r.id = i.round_id
         JOIN organisations o ON o.id = r.organisation_id
        WHERE r.status = 'open' AND r.closes_at > $1 AND i.email IS NOT NULL
          -- Not answered: its links are still there (they go the moment it answers).
          AND EXISTS (SELECT 1 FROM scan_invitation_tokens t WHERE t.invitation_id = i.id)
          AND i.created_at <= $1::timestamptz - interval '12 hours'
          AND ((i.reminders_sent = 0 AND (i.created_at <= $1::timestamptz - interval '3 days' OR r.closes_at - $1::timestamptz <= interval '1 day'))
            OR (i.reminders_sent = 1 AND r.closes_at - $1::timestamptz <= interval '1 day' AND i.last_reminded_at <= $1::timestamptz - interval '1 day'))`,
      [now],
    );
  }

  /** Claims the next reminder of an invitation still unanswered (once across instances). */
  async claimReminder(m: EntityManager, invitationId: string, remindersSent: number, now: Date): Promise<boolean> {
    return returningRows(await m.query(
      `UPDATE scan_invitations SET reminders_sent = reminders_sent + 1, last_reminded_at = $3
        WHERE id = $1 AND reminders_sent = $2
          AND EXISTS (SELECT 1 FROM scan_invitation_tokens t WHERE t.invitation_id = scan_invitations.id) RETURNING id`,
      [invitationId, remindersSent, now],
    )).length > 0;
  }
}
