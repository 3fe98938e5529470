import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CoachInbox, type CoachReferral } from '@groeiwijzer/contracts';
import { MIN_OUTCOMES } from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';
import { type AuthContext } from '../auth/auth.types';
import { AppError } from '../common/app-error';
import { Clock } from '../common/time';
import { CandidatesRepository } from '../matching/candidates.repository';
import { type DeclineReferralDto } from './dto/referral.dto';
import { ReferralMailer } from './referral-mailer';
import { toCoachReferral } from './referral.mapper';
import { type ReferralRow, ReferralsRepository } from './referrals.repository';

/** The coach is the account at the coach item's contact address (auth.coachItemId). */
export function coachOf(auth: AuthContext): string {
  if (!auth.coachItemId) throw new AppError(HttpStatus.FORBIDDEN, 'not_a_coach', 'not_a_coach');
  return auth.coachItemId;
}

/** The coach's side of referrals: the inbox, and accept, decline (with a reason) and complete. */
@Injectable()
export class CoachReferralsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly mailer: ReferralMailer,
    private readonly clock: Clock,
  ) {}

  /** The coach's views of these referrals, with the rounds their consent covers. */
  private async views(rows: ReferralRow[]): Promise<CoachReferral[]> {
    const ids = [...new Set(rows.map((r) => r.share_round_id).filter((id): id is string => !!id))];
    const rounds = new Map((await this.referrals.sharedRounds(ids)).map((round) => [round.id, round]));
    return rows.map((r) => toCoachReferral(r, rounds));
  }

  async list(auth: AuthContext): Promise<CoachReferral[]> {
    return this.views(await this.referrals.listForCoach(coachOf(auth)));
  }

  /** Capacity, open requests, the referrals, and owners' ratings once there are at least 5. */
  async inbox(auth: AuthContext): Promise<CoachInbox> {
    const coachItemId = coachOf(auth);
    const [coach, rows] = await Promise.all([this.candidates.findOne(coachItemId), this.referrals.listForCoach(coachItemId)]);
    return {
      coachItemId,
      capacity: coach?.details.coach?.capacity ?? 0,
      open: coach?.open_referrals ?? 0,
      referrals: await this.views(rows),
      ratings: coach && coach.ratings >= MIN_OUTCOMES && coach.mean_rating !== null
        ? { count: coach.ratings, mean: Math.round(coach.mean_rating * 10) / 10 } : null,
    };
  }

  /** Only the referral's own coach; anyone else gets 404. */
  private async mine(auth: AuthContext, id: string): Promise<ReferralRow> {
    const r = await this.referrals.find(id);
    if (!r || !auth.coachItemId || r.coach_item_id !== auth.coachItemId) throw AppError.notFound();
    return r;
  }

  private async step(auth: AuthContext, id: string, from: 'requested' | 'accepted', to: 'accepted' | 'declined' | 'completed', decline?: DeclineReferralDto) {
    const r = await this.mine(auth, id);
    return this.db.transaction(async (m) => {
      const moved = await this.referrals.transition(m, id, [from], to, this.clock.now(), decline && { reason: decline.reason, note: decline.note ?? null });
      if (!moved) {
        const now = await this.referrals.find(id, m);
        throw new AppError(HttpStatus.CONFLICT, 'referral_status', 'referral_status', { status: now?.status ?? r.status });
      }
      const updated = (await this.referrals.find(id, m))!;
      await this.mailer.owners(m, updated, to);
      return (await this.views([updated]))[0];
    });
  }

  accept(auth: AuthContext, id: string): Promise<CoachReferral> {
    return this.step(auth, id, 'requested', 'accepted');
  }

  decline(auth: AuthContext, id: string, dto: DeclineReferralDto): Promise<CoachReferral> {
    return this.step(auth, id, 'requested', 'declined', dto);
  }

  complete(auth: AuthContext, id: string): Promise<CoachReferral> {
    return this.step(auth, id, 'accepted', 'completed');
  }
}
