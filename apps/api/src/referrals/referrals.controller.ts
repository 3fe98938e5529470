import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type CoachReferral, type OwnerReferral } from '@groeiwijzer/contracts';
import { localeFromAcceptLanguage } from '@groeiwijzer/domain';
import { type AuthContext } from '../auth/auth.types';
import { Auth } from '../auth/decorators';
import { uuidParam as uuid } from '../common/validation';
import { CoachReferralsService } from './coach-referrals.service';
import { CreateReferralDto, DeclineReferralDto, FeedbackDto } from './dto/referral.dto';
import { OwnerReferralsService } from './owner-referrals.service';
import { ReferralFeedbackService } from './referral-feedback.service';
import { Errors, Returns, ReturnsList, ReturnsOneOf } from '../platform/openapi/responses';

@ApiTags('referrals')
@Controller()
export class ReferralsController {
  constructor(
    private readonly owners: OwnerReferralsService,
    private readonly coaches: CoachReferralsService,
    private readonly feedbacks: ReferralFeedbackService,
  ) {}

  /** The owner asks a coach for help, with a message and an explicit sharing choice. */
  @Post('organisations/:id/referrals')
  @Returns('OwnerReferral', 201)
  @Errors(400, 401, 404, [409, '`coach_full`: the coach takes no more referrals now; `referral_exists`: an open request to this coach exists.'], 413)
  create(
    @Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: CreateReferralDto, @Headers('accept-language') lang: string | undefined,
  ): Promise<OwnerReferral> {
    return this.owners.create(auth, id, dto, localeFromAcceptLanguage(lang));
  }

  @Get('organisations/:id/referrals')
  @ReturnsList('OwnerReferral')
  @Errors(401, 404)
  list(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<OwnerReferral[]> {
    return this.owners.list(auth, id);
  }

  @Delete('referrals/:id/consent')
  @HttpCode(200)
  @Returns('OwnerReferral', 200, 'The coach sees nothing shared from now on.')
  @Errors(401, 404)
  withdrawConsent(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<OwnerReferral> {
    return this.owners.withdrawConsent(auth, id);
  }

  @Post('referrals/:id/cancel')
  @HttpCode(200)
  @Returns('OwnerReferral')
  @Errors(401, 404, [409, '`referral_status`: only a requested referral can be cancelled.'])
  cancel(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<OwnerReferral> {
    return this.owners.cancel(auth, id);
  }

  /** A lapsed or declined request to the next best coach, in one click. */
  @Post('referrals/:id/forward')
  @Returns('OwnerReferral', 201, 'The new request, to the next best coach.')
  @Errors(401, 404, [409, '`referral_not_forwardable` (not lapsed or declined), `referral_forwarded` (once only), `no_other_coach`, `coach_full` or `referral_exists`.'])
  forward(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Headers('accept-language') lang: string | undefined): Promise<OwnerReferral> {
    return this.owners.forward(auth, id, localeFromAcceptLanguage(lang));
  }

  @Post('referrals/:id/accept')
  @HttpCode(200)
  @Returns('CoachReferral')
  @Errors(401, [403, '`not_a_coach`: the account is no coach\'s contact address.'], 404, [409, '`referral_status`: not in a state that allows it.'])
  accept(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<CoachReferral> {
    return this.coaches.accept(auth, id);
  }

  @Post('referrals/:id/decline')
  @HttpCode(200)
  @Returns('CoachReferral')
  @Errors(400, 401, [403, '`not_a_coach`.'], 404, [409, '`referral_status`: not in a state that allows it.'], 413)
  decline(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: DeclineReferralDto): Promise<CoachReferral> {
    return this.coaches.decline(auth, id, dto);
  }

  @Post('referrals/:id/complete')
  @HttpCode(200)
  @Returns('CoachReferral')
  @Errors(401, [403, '`not_a_coach`.'], 404, [409, '`referral_status`: not in a state that allows it.'])
  complete(@Auth() auth: AuthContext, @Param('id', uuid) id: string): Promise<CoachReferral> {
    return this.coaches.complete(auth, id);
  }

  /** Owner: {rating, comment?}; coach: {followedUp, note?}. After completion, once each. */
  @Post('referrals/:id/feedback')
  @HttpCode(200)
  @ReturnsOneOf(['OwnerReferral', 'CoachReferral'], 200, 'The referral as the caller sees it.')
  @Errors(400, 401, 404, [409, '`feedback_not_yet` (not completed) or `feedback_given` (once each).'], 413)
  feedback(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Body() dto: FeedbackDto): Promise<OwnerReferral | CoachReferral> {
    return this.feedbacks.give(auth, id, dto);
  }
}
