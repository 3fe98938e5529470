import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { type AuthContext } from '../auth/auth.types';
import { AdminOnly, Auth, Public } from '../auth/decorators';
import { uuidParam as uuid } from '../common/validation';
import { DemandCsvQueryDto, DemandQueryDto, FunnelQueryDto, ItemClickDto } from './dto/insights-query.dto';
import { FunnelService } from './funnel.service';
import { type DemandResponse, type FunnelResponse, type InsightsRefreshed, type PlatformOverview } from '@groeiwijzer/contracts';
import { InsightsService } from './insights.service';
import { InsightsRefreshJob } from './insights-refresh.job';
import { PlatformOverviewRepository } from './platform-overview.repository';
import { Clock } from '../common/time';
import { Errors, NoContent, Returns, ReturnsFile } from '../platform/openapi/responses';

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
  @Returns('DemandResponse')
  @Errors(400, 401, [403, '`forbidden`: only editors of an approved publisher and admins.'])
  demand(@Auth() auth: AuthContext, @Query() query: DemandQueryDto): Promise<DemandResponse> {
    return this.insights.demand(auth, query);
  }

  /** One table of the same answer as CSV. */
  @Get('insights/demand.csv')
  @ReturnsFile('text/csv', 'One table of the demand answer (attachment).')
  @Errors(400, 401, [403, '`forbidden`: only editors of an approved publisher and admins.'])
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
  @Returns('PlatformOverview')
  @Errors(401, 403)
  overview(): Promise<PlatformOverview> {
    return this.platform.overview(this.clock.today());
  }

  /** Admins: rebuild the grid now instead of at the next hourly run → the new `asOf`. */
  @AdminOnly()
  @Post('admin/insights/refresh')
  @HttpCode(200)
  @Returns('InsightsRefreshed', 200, 'The grid is rebuilt; its new `asOf`.')
  @Errors(401, 403)
  async refresh(): Promise<InsightsRefreshed> {
    const cells = await this.refreshJob.refresh();
    return { asOf: (await this.insights.asOf()) ?? '', cells };
  }

  /** Per item and month: views, contact and website clicks, plan adds, referrals, feedback. */
  @Get('publishers/:id/funnel')
  @Returns('FunnelResponse')
  @Errors(400, 401, 404)
  funnel(@Auth() auth: AuthContext, @Param('id', uuid) id: string, @Query() query: FunnelQueryDto): Promise<FunnelResponse> {
    return this.funnels.funnel(auth, id, query);
  }

  /** A click on an item's contact address or website (counted per month; nothing about who). */
  @Public()
  @Post('items/:id/clicks')
  @HttpCode(204)
  @NoContent('Counted.')
  @Errors(400, [404, '`not_found`: no published item with this id.'], 413)
  click(@Param('id', uuid) id: string, @Body() body: ItemClickDto): Promise<void> {
    return this.funnels.click(id, body.target);
  }
}
