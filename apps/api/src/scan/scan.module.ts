import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlanModule } from '../plan/plan.module';
import { AnswersRepository } from './answers.repository';
import { ReportRepository } from './report.repository';
import { ReportService } from './report.service';
import { ResponseWriter } from './response-writer';
import { ScanRemindersJob } from './scan-reminders.job';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpService } from './follow-up.service';
import { RoundResults } from './round-results.service';
import { RoundsService } from './rounds.service';
import { RoundDocumentsService } from './round-documents.service';
import { RoundsRepository } from './rounds.repository';
import { ScanController } from './scan.controller';
import { SurveyController } from './survey.controller';
import { SurveyService } from './survey.service';

@Module({
  imports: [MailModule, NotificationsModule, PlanModule],
  controllers: [ScanController, SurveyController],
  exports: [RoundsService, ReportService],
  providers: [AnswersRepository, RoundsService, RoundResults, ReportService, SurveyService, ResponseWriter, ScanRemindersJob, FollowUpService, RoundDocumentsService, RoundsRepository, ReportRepository, FollowUpRepository],
})
export class ScanModule {}
