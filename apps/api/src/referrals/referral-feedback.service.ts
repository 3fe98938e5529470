import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CoachReferral, type OwnerReferral } from '@groeiwijzer/contracts';
import { DataSource } from 'typeorm';
import { type AuthContext } from '../auth/auth.types';
import { AppError, ValidationFailed } from '../common/app-error';
import { type MessageKey } from '../i18n';
import { Clock } from '../common/time';
import { type FeedbackDto } from './dto/referral.dto';
import { toCoachReferral, toOwnerReferral } from './referral.mapper';
import { type ReferralRow, ReferralsRepository } from './referrals.repository';

type Role = 'owner' | 'coach';
const FIELDS: Record<Role, { required: keyof FeedbackDto; own: (keyof FeedbackDto)[] }> = {
  owner: { required: 'rating', own: ['rating', 'comment'] },
  coach: { required: 'followedUp', own: ['followedUp', 'note'] },
};

/** After completion, once each: the owner rates the help (1–5, a comment), the coach notes
 * whether the company followed up. The owners' ratings feed the ranking from 5 on. */
@Injectable()
export class ReferralFeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly clock: Clock,
  ) {}

  /** The caller's role in the referral (404 when none). Someone who is both (a coach asking
   * themselves) is taken as the owner when a rating is sent. */
  private role(auth: AuthContext, r: ReferralRow, dto: FeedbackDto): Role {
    const owner = auth.organisations.some((o) => o.id === r.organisation_id && o.role === 'owner');
    const coach = !!auth.coachItemId && auth.coachItemId === r.coach_item_id;
    if (!owner && !coach) throw AppError.notFound();
    return owner && (!coach || dto.rating !== undefined) ? 'owner' : 'coach';
  }

  async give(auth: AuthContext, id: string, dto: FeedbackDto): Promise<OwnerReferral | CoachReferral> {
    const r = await this.referrals.find(id);
    if (!r) throw AppError.notFound();
    const role = this.role(auth, r, dto);
    const { required, own } = FIELDS[role];
    const foreign = (Object.keys(dto) as (keyof FeedbackDto)[]).filter((k) => dto[k] !== undefined && !own.includes(k));
    if (foreign.length) throw new ValidationFailed(foreign.map((field) => ({ field, key: 'field_feedback_role' as MessageKey, vars: {} })));
    if (dto[required] === undefined) throw new ValidationFailed([{ field: required, key: 'field_required', vars: {} }]);

    const now = this.clock.now();
    const saved = await this.db.transaction((m) => role === 'owner'
      ? this.referrals.ownerFeedback(m, id, dto.rating!, dto.comment || null, now)
      : this.referrals.coachFeedback(m, id, dto.followedUp!, dto.note || null, now));
    if (!saved) {
      const early = r.status !== 'completed';
      throw new AppError(HttpStatus.CONFLICT, early ? 'feedback_not_yet' : 'feedback_given', early ? 'feedback_not_yet' : 'feedback_given', {},
        { [required]: early ? 'field_feedback_early' : 'field_feedback_given' });
    }
    const updated = (await this.referrals.find(id))!;
    if (role === 'owner') return toOwnerReferral(updated);
    const rounds = await this.referrals.sharedRounds(updated.share_round_id ? [updated.share_round_id] : []);
    return toCoachReferral(updated, new Map(rounds.map((round) => [round.id, round])));
  }
}
