import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type CoachInbox, type CoachReferral } from '@groeiwijzer/contracts';
import { type AuthContext } from '../auth/auth.types';
import { Auth } from '../auth/decorators';
import { CoachReferralsService } from './coach-referrals.service';

/** The signed-in coach's referrals (403 for an account that is no coach's contact address). */
@ApiTags('referrals')
@Controller('coach')
export class CoachController {
  constructor(private readonly coaches: CoachReferralsService) {}

  @Get('referrals')
  referrals(@Auth() auth: AuthContext): Promise<CoachReferral[]> {
    return this.coaches.list(auth);
  }

  @Get('inbox')
  inbox(@Auth() auth: AuthContext): Promise<CoachInbox> {
    return this.coaches.inbox(auth);
  }
}
