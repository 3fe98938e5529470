import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CoachController } from './coach.controller';
import { CoachReferralsService } from './coach-referrals.service';
import { OwnerReferralsService } from './owner-referrals.service';
import { ReferralDeadlinesJob } from './referral-deadlines.job';
import { ReferralFeedbackService } from './referral-feedback.service';
import { ReferralMailer } from './referral-mailer';
import { ReferralRequests } from './referral-requests.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsRepository } from './referrals.repository';

@Module({
  imports: [MailModule, NotificationsModule, MatchingModule],
  controllers: [ReferralsController, CoachController],
  providers: [
    ReferralsRepository, ReferralMailer, ReferralRequests, OwnerReferralsService, CoachReferralsService, ReferralFeedbackService,
    ReferralDeadlinesJob,
  ],
})
export class ReferralsModule {}
