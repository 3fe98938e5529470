import { HttpStatus, Injectable } from '@nestjs/common';
import { type ReferralShare } from '@groeiwijzer/contracts';
import { checkEligibility, type Locale } from '@groeiwijzer/domain';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock } from '../common/time';
import { CandidatesRepository } from '../matching/candidates.repository';
import { itemToMatchItem } from '../matching/match-item.mapper';
import { matchOrganisation } from '../matching/matching.service';
import { type OrganisationRow } from '../matching/matching.repository';
import { referralDeadlines } from './referral-deadlines';
import { ReferralMailer } from './referral-mailer';
import { type ReferralRow, ReferralsRepository } from './referrals.repository';

export interface Ask {
  coachItemId: string;
  message: string;
  aspect: string | null;
  share: ReferralShare;
  shareRoundId: string | null;
  forwardedFrom: string | null;
}

/** Thrown when the coach has no room: a forward then tries the next one. */
export const coachFull = () => new AppError(HttpStatus.CONFLICT, 'coach_full', 'coach_full', {}, { coachItemId: 'field_coach_full' });

/** Asking a coach, for a new request and for a forwarded one alike. */
@Injectable()
export class ReferralRequests {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly referrals: ReferralsRepository,
    private readonly mailer: ReferralMailer,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * In the caller's transaction: the coach item is locked first (FOR UPDATE), so two requests
   * for the same coach are counted one after the other and a coach never gets more open
   * requests (requested + accepted) than its capacity. Then: a published, approved coach
   * (else 400 coachItemId), eligible for the organisation today by the domain's one
   * eligibility function (else 400 coachItemId), not already asked by this organisation (409),
   * with room (409). Writes the request with its consent and deadlines, and both mails.
   */
  async ask(m: EntityManager, org: OrganisationRow, userId: string, ask: Ask, locale: Locale): Promise<ReferralRow> {
    const coach = await this.candidates.findOne(ask.coachItemId, m, true);
    if (!coach || coach.kind !== 'coach' || coach.status !== 'published' || !coach.approved) {
      throw new ValidationFailed([{ field: 'coachItemId', key: 'field_coach_unknown', vars: {} }]);
    }
    const { checks } = checkEligibility(itemToMatchItem(coach), matchOrganisation(org), this.clock.today(), locale);
    if (checks.some((c) => c.result === 'fail' && c.criterion !== 'capacity')) {
      throw new ValidationFailed([{ field: 'coachItemId', key: 'field_coach_not_eligible', vars: {} }]);
    }
    if (await this.referrals.hasOpen(m, org.id, coach.id)) {
      throw new AppError(HttpStatus.CONFLICT, 'referral_exists', 'referral_exists', {}, { coachItemId: 'field_coach_asked' });
    }
    if (checks.some((c) => c.criterion === 'capacity' && c.result === 'fail')) throw coachFull();

    const now = this.clock.now();
    const { answerBy, remindAt } = referralDeadlines(now);
    const id = await this.referrals.insert(m, {
      organisationId: org.id, coachItemId: coach.id, requestedBy: userId, message: ask.message, aspect: ask.aspect, share: ask.share,
      shareRoundId: ask.share === 'none' ? null : ask.shareRoundId, now, answerBy, remindAt, forwardedFrom: ask.forwardedFrom,
    });
    await this.audit.record({
      actorUserId: userId, actorRole: 'owner', action: 'consent.given', targetType: 'referral', targetId: id,
      details: { scope: ask.share, organisationId: org.id, coachItemId: coach.id },
    }, m);
    const referral = (await this.referrals.find(id, m))!;
    await this.mailer.coachRequested(m, referral);
    await this.mailer.owners(m, referral, 'requested');
    return referral;
  }
}
