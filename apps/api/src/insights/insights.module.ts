import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DemandEventsInterceptor } from './demand-events.interceptor';
import { FunnelRepository } from './funnel.repository';
import { FunnelService } from './funnel.service';
import { InsightsController } from './insights.controller';
import { InsightsRefreshJob } from './insights-refresh.job';
import { InsightsRepository } from './insights.repository';
import { InsightsService } from './insights.service';
import { PlatformOverviewRepository } from './platform-overview.repository';

@Module({
  controllers: [InsightsController],
  providers: [
    InsightsRepository, InsightsService, InsightsRefreshJob, FunnelRepository, FunnelService, PlatformOverviewRepository,
    { provide: APP_INTERCEPTOR, useClass: DemandEventsInterceptor },
  ],
  exports: [InsightsRefreshJob, InsightsService],
})
export class InsightsModule {}
