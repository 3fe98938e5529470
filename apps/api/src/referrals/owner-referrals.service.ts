import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OwnerReferral } from '@groeiwijzer/contracts';
import { type AspectKey, type Locale } from '@groeiwijzer/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthContext } from '../auth/auth.types';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock } from '../common/time';
import { MatchingService } from '../matching/matching.service';
import { assertOwner } from '../scan/round-access';
import { type CreateReferralDto } from './dto/referral.dto';
import { ReferralMailer } from './referral-mailer';
import { toOwnerReferral } from './referral.mapper';
import { ReferralRequests } from './referral-requests.service';
import { type ReferralRow, ReferralsRepository } from './referrals.repository';
import { AuditService } from '../audit/audit.service';

/** A forward tries at most this many coaches that filled up in the meantime. */
const FORWARD_TRIES = 3;

const isOwnerOf = (auth: AuthContext, r: ReferralRow) => auth.organisations.some((o) => o.id === r.organisation_id && o.role === 'owner');

/** The owner's side of referrals: ask, see every step, withdraw consent, forward, cancel. */
@Injectable()
export class OwnerReferralsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly requests: ReferralRequests,
    private readonly matching: MatchingService,
    private readonly mailer: ReferralMailer,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The referral, if the caller owns its organisation (404 for anyone else). */
  private async owned(auth: AuthContext, id: string, m?: EntityManager, lock = false): Promise<ReferralRow> {
    const r = await this.referrals.find(id, m, lock);
    if (!r || !isOwnerOf(auth, r)) throw AppError.notFound();
    return r;
  }

  private async view(id: string, m?: EntityManager): Promise<OwnerReferral> {
    return toOwnerReferral((await this.referrals.find(id, m))!);
  }

  async create(auth: AuthContext, organisationId: string, dto: CreateReferralDto, locale: Locale): Promise<OwnerReferral> {
    assertOwner(auth, organisationId);
    return this.db.transaction(async (m) => {
      const org = await this.matching.organisation(organisationId, m);
      const round = await this.matching.pickRound(organisationId, dto.roundId, 'roundId', m);
      if (dto.share !== 'none' && !round) throw new ValidationFailed([{ field: 'share', key: 'field_share_no_report', vars: {} }]);
      const referral = await this.requests.ask(m, org, auth.user.id, {
        coachItemId: dto.coachItemId, message: dto.message, aspect: dto.aspect ?? null, share: dto.share,
        shareRoundId: round?.id ?? null, forwardedFrom: null,
      }, locale);
      return toOwnerReferral(referral);
    });
  }

  async list(auth: AuthContext, organisationId: string): Promise<OwnerReferral[]> {
    assertOwner(auth, organisationId);
    return (await this.referrals.listForOrganisation(organisationId)).map(toOwnerReferral);
  }

  /** From now on the coach sees none of the shared results; the message (and, once accepted,
   * the contact details) stay. Idempotent: the first moment is kept. */
  async withdrawConsent(auth: AuthContext, id: string): Promise<OwnerReferral> {
    await this.owned(auth, id);
    await this.db.transaction(async (m) => {
      await this.referrals.withdrawConsent(m, id, this.clock.now());
      await this.audit.record({ actorUserId: auth.user.id, actorRole: 'owner', action: 'consent.withdrawn', targetType: 'referral', targetId: id }, m);
    });
    return this.view(id);
  }

  /** While the coach has not answered, the owner may take the request back. */
  async cancel(auth: AuthContext, id: string): Promise<OwnerReferral> {
    return this.db.transaction(async (m) => {
      const r = await this.owned(auth, id, m, true);
      if (!(await this.referrals.transition(m, id, ['requested'], 'cancelled', this.clock.now()))) {
        throw new AppError(HttpStatus.CONFLICT, 'referral_status', 'referral_status', { status: r.status });
      }
      await this.mailer.coachCancelled(m, r);
      return this.view(id, m);
    });
  }

  /**
   * A lapsed or declined request goes, once, to the next best eligible coach (ranked as the
   * recommendations rank coaches; never one asked before in this chain or with an open request
   * of the organisation), with the same message, aspect and sharing choice — 'none' if the
   * owner had withdrawn consent. 409 when no such coach has room.
   */
  async forward(auth: AuthContext, id: string, locale: Locale): Promise<OwnerReferral> {
    return this.db.transaction(async (m) => {
      const r = await this.owned(auth, id, m, true);
      if (r.status !== 'lapsed' && r.status !== 'declined') throw new AppError(HttpStatus.CONFLICT, 'referral_not_forwardable', 'referral_not_forwardable');
      if (r.forwarded_to) throw new AppError(HttpStatus.CONFLICT, 'referral_forwarded', 'referral_forwarded');
      const org = await this.matching.organisation(r.organisation_id, m);
      const skip = await this.referrals.coachesToSkip(m, id, r.organisation_id);
      const withdrawn = !!r.consent_withdrawn_at;
      for (let attempt = 0; attempt < FORWARD_TRIES; attempt++) {
        const next = await this.matching.rankCoaches(r.organisation_id, r.aspect as AspectKey | null, skip, m);
        if (!next) break;
        try {
          const created = await this.requests.ask(m, org, auth.user.id, {
            coachItemId: next, message: r.message, aspect: r.aspect, share: withdrawn ? 'none' : r.share,
            shareRoundId: withdrawn ? null : r.share_round_id, forwardedFrom: r.id,
          }, locale);
          return toOwnerReferral(created);
        } catch (error) {
          // Filled up between ranking and asking: try the next one.
          if (!(error instanceof AppError && error.code === 'coach_full')) throw error;
          skip.push(next);
        }
      }
      throw new AppError(HttpStatus.CONFLICT, 'no_other_coach', 'no_other_coach');
    });
  }
}

