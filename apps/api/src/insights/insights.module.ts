import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { NotificationsModule } from '../notifications/notifications.module';
import { DemandEventsInterceptor } from './demand-events.interceptor';
import { FunnelRepository } from './funnel.repository';
import { FunnelService } from './funnel.service';
import { GroupOfferMailJob } from './group-offer-mail.job';
import { GroupOffersRepository } from './group-offers.repository';
import { InsightsController } from './insights.controller';
import { InsightsRefreshJob } from './insights-refresh.job';
import { InsightsRepository } from './insights.repository';
import { InsightsService } from './insights.service';
import { PlatformOverviewRepository } from './platform-overview.repository';

@Module({
  imports: [NotificationsModule],
  controllers: [InsightsController],
  providers: [
    InsightsRepository, InsightsService, InsightsRefreshJob, FunnelRepository, FunnelService, PlatformOverviewRepository,
    GroupOffersRepository, GroupOfferMailJob,
    { provide: APP_INTERCEPTOR, useClass: DemandEventsInterceptor },
  ],
  exports: [InsightsRefreshJob, InsightsService, GroupOfferMailJob],
})
export class InsightsModule {}
