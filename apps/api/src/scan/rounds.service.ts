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
import { type RoundRow, RoundsRepository } from './rounds.repository';
import { closingCalendarFile, invitationMail } from './scan-mail';

export type { RoundRow } from './rounds.repository';

const EMAIL = /^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$/;
const YEAR_MS = 366 * 24 * 3600_000;

@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rounds: RoundsRepository,
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
    const row = await this.rounds.insert({
      organisationId, title: dto.title, instrumentVersion: CURRENT_INSTRUMENT_VERSION, closesAt, minResponses, groups, shareToken, createdBy: auth.user.id, createdAt: now,
    });
    return { id: row.id, status: 'open', closesAt: row.closes_at.toISOString(), minResponses, shareUrl: this.surveyUrl(shareToken) };
  }

  async list(auth: AuthContext, organisationId: string): Promise<RoundSummary[]> {
    assertOwner(auth, organisationId);
    await this.results.closeDue(organisationId);
    return (await this.rounds.list(organisationId)).map((r) => ({
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

  find(roundId: string, manager: EntityManager = this.db.manager): Promise<RoundRow | null> {
    return this.rounds.find(roundId, manager);
  }

  async detail(auth: AuthContext, roundId: string): Promise<RoundDetail> {
    const r = await this.getOwned(auth, roundId);
    const counts = await this.rounds.counts(roundId);
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
      await this.rounds.lock(m, roundId);
      const existing = await this.rounds.invitedAddresses(m, roundId);
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
        const invitationId = await this.rounds.addInvitation(m, roundId, email, this.clock.now());
        const { token, hash } = newInvitationLink(invitationId);
        await this.answers.addLink(m, invitationId, hash);
        await this.outbox.enqueue(m, {
          idempotencyKey: `scan-invitation:${invitationId}`,
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
    await this.rounds.saveSelfAssessment(roundId, answers, this.clock.today());
  }

  async getSelfAssessment(auth: AuthContext, roundId: string): Promise<{ answers: Record<string, number | null> }> {
    await this.getOwned(auth, roundId);
    const answers = await this.rounds.selfAssessment(roundId);
    if (!answers) throw AppError.notFound();
    return { answers };
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
    await this.rounds.setReportShareHash(roundId, hashToken(token));
    return { reportShareUrl: this.reportShareUrl(token) };
  }

  async unshareReport(auth: AuthContext, roundId: string): Promise<void> {
    await this.getOwned(auth, roundId);
    await this.rounds.setReportShareHash(roundId, null);
  }

  findBySharedReportToken(token: string): Promise<RoundRow | null> {
    return this.rounds.findByReportShareHash(hashToken(token));
  }

  /** The owner closes (or opens again) the shared survey link, e.g. when it was passed around. */
  async setSharedLinkOpen(auth: AuthContext, roundId: string, open: boolean): Promise<RoundDetail> {
    await this.getOwned(auth, roundId);
    await this.answers.setSharedLinkClosed(roundId, open ? null : this.clock.now());
    return this.detail(auth, roundId);
  }
}
