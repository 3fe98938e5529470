import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type CoachInbox, type CoachReferral } from '@groeiwijzer/contracts';
import { type AuthContext } from '../auth/auth.types';
import { Auth } from '../auth/decorators';
import { CoachReferralsService } from './coach-referrals.service';
import { Errors, Returns, ReturnsList } from '../platform/openapi/responses';

/** The signed-in coach's referrals (403 for an account that is no coach's contact address). */
@ApiTags('referrals')
@Controller('coach')
export class CoachController {
  constructor(private readonly coaches: CoachReferralsService) {}

  @Get('referrals')
  @ReturnsList('CoachReferral')
  @Errors(401, [403, '`not_a_coach`.'])
  referrals(@Auth() auth: AuthContext): Promise<CoachReferral[]> {
    return this.coaches.list(auth);
  }

  @Get('inbox')
  @Returns('CoachInbox')
  @Errors(401, [403, '`not_a_coach`.'])
  inbox(@Auth() auth: AuthContext): Promise<CoachInbox> {
    return this.coaches.inbox(auth);
  }
}
