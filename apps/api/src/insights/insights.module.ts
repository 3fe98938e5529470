import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { DemandEvents } from './demand-events';
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
    DemandEvents,
  ],
  exports: [DemandEvents, InsightsRefreshJob, InsightsService, GroupOfferMailJob],
})
export class InsightsModule {}
