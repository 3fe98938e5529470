import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { AdminOnly, Auth, Public } from '../auth/decorators';
import { uuidParam as uuid } from '../common/validation';
import { DemandCsvQueryDto, DemandQueryDto, FunnelQueryDto, ItemClickDto } from './dto/insights-query.dto';
import { FunnelService } from './funnel.service';
import { type DemandResponse, type FunnelResponse } from '@groeiwijzer/contracts';
import { InsightsService } from './insights.service';
import { InsightsRefreshJob } from './insights-refresh.job';
import { type PlatformOverview, PlatformOverviewRepository } from './platform-overview.repository';
import { Clock } from '../common/time';

@ApiTags('insights')
@Controller()
export class InsightsController {
  constructor(
    private readonly insights: InsightsService,
    private readonly funnels: FunnelService,
    private readonly refreshJob: InsightsRefreshJob,
    private readonly platform: PlatformOverviewRepository,
    private readonly clock: Clock,
  ) {}

  /** The protected demand grid for the caller's regions (publishers' editors and admins). */
  @Get('insights/demand')
  demand(@Auth() auth: AuthContext, @Query() query: DemandQueryDto): Promise<DemandResponse> {
    return this.insights.demand(auth, query);
  }

  /** One table of the same answer as CSV. */
  @Get('insights/demand.csv')
  @ApiProduces('text/csv')
  async demandCsv(@Auth() auth: AuthContext, @Query() query: DemandCsvQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { table, ...filters } = query;
    const csv = await this.insights.csv(auth, filters, table ?? 'cells');
    // Headers only once the answer is known: an error stays JSON.
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="groeiwijzer-vraag-${table ?? 'cells'}.csv"`);
    return csv;
  }

  /** Admins: organisations, rounds, response rate, referrals by status, mail health, searches per
   * day, and organisations per region from the protected grid. */
  @AdminOnly()
  @Get('admin/overview')
  overview(): Promise<PlatformOverview> {
    return this.platform.overview(this.clock.today());
  }

  /** Admins: rebuild the grid now instead of at the next hourly run → the new `asOf`. */
  @AdminOnly()
  @Post('admin/insights/refresh')
  @HttpCode(200)
  async refresh(): Promise<{ asOf: string; cells: number }> {
    const cells = await this.refreshJob.refresh();
    return { asOf: (await this.insights.asOf()) ?? '', cells };
  }

  /** Per item and month: views, contact and website clicks, plan adds, referrals, feedback. */
  @Get('publishers/:id/funnel')
  funnel(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Query() query: FunnelQueryDto): Promise<FunnelResponse> {
    return this.funnels.funnel(auth, id, query);
  }

  /** A click on an item's contact address or website (counted per month; nothing about who). */
  @Public()
  @Post('items/:id/clicks')
  @HttpCode(204)
  click(@Param('id', uuid) id: string, @Body() body: ItemClickDto): Promise<void> {
    return this.funnels.click(id, body.target);
  }
}
