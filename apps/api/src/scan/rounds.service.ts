import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type InviteResponse, type RoundCreated, type RoundDetail, type RoundSummary } from '@groeiwijzer/contracts';
import { CURRENT_INSTRUMENT_VERSION, DEFAULT_MIN_RESPONSES } from '@groeiwijzer/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthContext } from '../auth/auth.types';
import { newToken } from '../auth/tokens';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock, parseClosesAt } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from '../mail/outbox.service';
import { hashToken } from '../auth/tokens';
import { AnswersRepository } from './answers.repository';
import { answerProblems } from './answer-problems';
import { newInvitationLink } from './invitation-links';
import { type CreateRoundDto } from './dto/scan.dto';
import { assertOwner } from './round-access';
import { RoundResults } from './round-results.service';
import { closingCalendarFile, invitationMail } from './scan-mail';

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

const ROUND_COLUMNS = `r.id, r.organisation_id, o.name AS organisation_name, r.title, r.instrument_version, r.status,
  r.closes_at, r.min_responses, r.groups, r.share_token, r.report_share_token_hash IS NOT NULL AS report_shared,
  r.share_link_closed_at, r.closed_at`;

const EMAIL = /^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$/;
const YEAR_MS = 366 * 24 * 3600_000;

@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly results: RoundResults,
    private readonly clock: Clock,
    private readonly answers: AnswersRepository,
  ) {}

  surveyUrl(token: string): string {
    return `${this.config.publicUrl}/s/${token}`;
  }

  reportShareUrl(token: string): string {
    return `${this.config.publicUrl}/rapport/${token}`;
  }

  async create(auth: AuthContext, organisationId: string, dto: CreateRoundDto): Promise<RoundCreated> {
    assertOwner(auth, organisationId);
    const closesAt = parseClosesAt(dto.closesAt);
    if (!closesAt) throw new ValidationFailed([{ field: 'closesAt', key: 'field_date', vars: {} }]);
    const now = this.clock.now();
    if (closesAt.getTime() <= now.getTime() || closesAt.getTime() > now.getTime() + YEAR_MS) {
      throw new ValidationFailed([{ field: 'closesAt', key: 'field_future', vars: {} }]);
    }
    const groups = (dto.groups ?? []).map((g) => g.trim()).filter(Boolean);
    if (new Set(groups.map((g) => g.toLowerCase())).size !== groups.length) {
      throw new ValidationFailed([{ field: 'groups', key: 'field_groups_unique', vars: {} }]);
    }
    const minResponses = dto.minResponses ?? DEFAULT_MIN_RESPONSES;
    const shareToken = newToken();
    const [row] = await this.db.query(
      `INSERT INTO scan_rounds (organisation_id, title, instrument_version, closes_at, min_responses, groups, share_token, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, closes_at`,
      [organisationId, dto.title, CURRENT_INSTRUMENT_VERSION, closesAt, minResponses, groups, shareToken, auth.user.id, now],
    );
    return { id: row.id, status: 'open', closesAt: row.closes_at.toISOString(), minResponses, shareUrl: this.surveyUrl(shareToken) };
  }

  async list(auth: AuthContext, organisationId: string): Promise<RoundSummary[]> {
    assertOwner(auth, organisationId);
    await this.results.closeDue(organisationId);
    const rows = await this.db.query(
      `SELECT r.id, r.title, r.status, r.closes_at,
              (SELECT count(*)::int FROM scan_invitations i WHERE i.round_id = r.id) AS invited,
              (SELECT count(*)::int FROM scan_responses s WHERE s.round_id = r.id) AS responded
         FROM scan_rounds r WHERE r.organisation_id = $1 ORDER BY r.created_at DESC`,
      [organisationId],
    );
    return rows.map((r: { id: string; title: string; status: 'open' | 'closed'; closes_at: Date; invited: number; responded: number }) => ({
      id: r.id, title: r.title, status: r.status, closesAt: r.closes_at.toISOString(), invited: r.invited, responded: r.responded,
    }));
  }

  /** The round, if the caller owns its organisation; closed first if its date has passed. */
  async getOwned(auth: AuthContext, roundId: string, manager: EntityManager = this.db.manager): Promise<RoundRow> {
    const round = await this.find(roundId, manager);
    if (!round) throw AppError.notFound();
    assertOwner(auth, round.organisation_id);
    if (round.status === 'open' && round.closes_at.getTime() <= this.clock.now().getTime()) {
      await this.results.close(round.id);
      return (await this.find(roundId, manager))!;
    }
    return round;
  }

  async find(roundId: string, manager: EntityManager = this.db.manager): Promise<RoundRow | null> {
    const rows = await manager.query(
      `SELECT ${ROUND_COLUMNS} FROM scan_rounds r JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $1`,
      [roundId],
    );
    return rows[0] ?? null;
  }

  async detail(auth: AuthContext, roundId: string): Promise<RoundDetail> {
    const r = await this.getOwned(auth, roundId);
    const [counts] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM scan_invitations WHERE round_id = $1) AS invited,
              (SELECT count(*)::int FROM scan_responses WHERE round_id = $1) AS responded,
              EXISTS (SELECT 1 FROM scan_self_assessments WHERE round_id = $1) AS self_done`,
      [roundId],
    );
    return {
      id: r.id, organisationId: r.organisation_id, title: r.title, status: r.status, closesAt: r.closes_at.toISOString(),
      invited: counts.invited, responded: counts.responded, minResponses: r.min_responses, instrumentVersion: r.instrument_version,
      groups: r.groups, shareUrl: this.surveyUrl(r.share_token), reportShareUrl: null, reportShared: r.report_shared,
      sharedLinkClosed: r.share_link_closed_at !== null, alerts: await this.answers.alerts(r.id),
      selfAssessmentDone: counts.self_done, closedAt: r.closed_at?.toISOString() ?? null,
    };
  }

  /** Invites every valid new address; invalid and duplicate ones are reported, not fatal. The
   * mails go out through the outbox, written in the same transaction. */
  async invite(auth: AuthContext, roundId: string, emails: string[]): Promise<InviteResponse> {
    return this.db.transaction(async (m) => {
      const round = await this.getOwned(auth, roundId, m);
      if (round.status === 'closed') throw new AppError(HttpStatus.CONFLICT, 'round_closed', 'round_closed_owner');
      await m.query(`SELECT 1 FROM scan_rounds WHERE id = $1 FOR UPDATE`, [roundId]);
      const existing = new Set<string>(
        (await m.query(`SELECT lower(email) AS email FROM scan_invitations WHERE round_id = $1 AND email IS NOT NULL`, [roundId])).map((r: { email: string }) => r.email),
      );
      const invalid: string[] = [];
      const duplicates: string[] = [];
      const fresh: string[] = [];
      for (const raw of emails) {
        const email = String(raw).trim().toLowerCase();
        if (!EMAIL.test(email) || email.length > 254) invalid.push(String(raw));
        else if (existing.has(email)) duplicates.push(email);
        else {
          existing.add(email);
          fresh.push(email);
        }
      }
      for (const email of fresh) {
        const [inv] = await m.query(
          `INSERT INTO scan_invitations (round_id, email, created_at) VALUES ($1, $2, $3) RETURNING id`, [roundId, email, this.clock.now()]);
        const { token, hash } = newInvitationLink(inv.id);
        await this.answers.addLink(m, inv.id, hash);
        await this.outbox.enqueue(m, {
          idempotencyKey: `scan-invitation:${inv.id}`,
          kind: 'scan_invitation',
          to: email,
          ...invitationMail(round.organisation_name, round.title, round.closes_at, this.surveyUrl(token)),
          attachments: [closingCalendarFile(round.id, round.organisation_name, round.title, round.closes_at, this.surveyUrl(token))],
        });
      }
      return { invited: fresh.length, duplicates, invalid };
    });
  }

  async saveSelfAssessment(auth: AuthContext, roundId: string, answers: Record<string, unknown>): Promise<void> {
    const round = await this.getOwned(auth, roundId);
    const fields: ConstructorParameters<typeof ValidationFailed>[0] = answerProblems(round.instrument_version, answers);
    // An empty one would silently replace a complete self-assessment.
    if (!Object.keys(answers).length) fields.push({ field: 'answers', key: 'field_answers_empty', vars: {} });
    if (fields.length) throw new ValidationFailed(fields);
    await this.db.query(
      `INSERT INTO scan_self_assessments (round_id, answers, submitted_on) VALUES ($1, $2, $3)
       ON CONFLICT (round_id) DO UPDATE SET answers = EXCLUDED.answers, submitted_on = EXCLUDED.submitted_on`,
      [roundId, JSON.stringify(answers), this.clock.today()],
    );
  }

  async getSelfAssessment(auth: AuthContext, roundId: string): Promise<{ answers: Record<string, number | null> }> {
    await this.getOwned(auth, roundId);
    const [row] = await this.db.query(`SELECT answers FROM scan_self_assessments WHERE round_id = $1`, [roundId]);
    if (!row) throw AppError.notFound();
    return { answers: row.answers };
  }

  async close(auth: AuthContext, roundId: string): Promise<{ status: 'closed' }> {
    const round = await this.getOwned(auth, roundId);
    if (round.status === 'open') await this.results.close(round.id);
    return { status: 'closed' };
  }

  /** A new read-only link each time (only its hash is kept, so it is shown only now); an
   * earlier link stops working. */
  async shareReport(auth: AuthContext, roundId: string): Promise<{ reportShareUrl: string }> {
    await this.getOwned(auth, roundId);
    const token = newToken();
    await this.db.query(`UPDATE scan_rounds SET report_share_token_hash = $2 WHERE id = $1`, [roundId, hashToken(token)]);
    return { reportShareUrl: this.reportShareUrl(token) };
  }

  async unshareReport(auth: AuthContext, roundId: string): Promise<void> {
    await this.getOwned(auth, roundId);
    await this.db.query(`UPDATE scan_rounds SET report_share_token_hash = NULL WHERE id = $1`, [roundId]);
  }

  async findBySharedReportToken(token: string): Promise<RoundRow | null> {
    const rows = await this.db.query(
      `SELECT ${ROUND_COLUMNS} FROM scan_rounds r JOIN organisations o ON o.id = r.organisation_id WHERE r.report_share_token_hash = $1`,
      [hashToken(token)],
    );
    return rows[0] ?? null;
  }

  /** The owner closes (or opens again) the shared survey link, e.g. when it was passed around. */
  async setSharedLinkOpen(auth: AuthContext, roundId: string, open: boolean): Promise<RoundDetail> {
    await this.getOwned(auth, roundId);
    await this.answers.setSharedLinkClosed(roundId, open ? null : this.clock.now());
    return this.detail(auth, roundId);
  }
}
