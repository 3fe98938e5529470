import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

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
}
