import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlanRemindersJob } from './plan-reminders.job';
import { PlanController } from './plan.controller';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [NotificationsModule],
  controllers: [PlanController],
  providers: [PlanRepository, PlanService, PlanRemindersJob],
  // The report PDF of a round includes the organisation's plan.
  exports: [PlanService],
})
export class PlanModule {}
