import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type HealthResponse } from '@groeiwijzer/contracts';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';
import { SearchService } from '../catalogue/search/search.service';
import { MAIL_MODE } from '../platform/runtime.module';
import { pingDatabase } from './health.queries';
import { AlsoReturns, Returns } from '../platform/openapi/responses';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MAIL_MODE) private readonly mailMode: 'smtp' | 'catcher',
    private readonly search: SearchService,
  ) {}

  @Public()
  @Get()
  @Returns('HealthResponse')
  @AlsoReturns(503, 'HealthResponse', 'The database does not answer: `status: degraded`.')
  async health(@Res({ passthrough: true }) res: FastifyReply): Promise<HealthResponse> {
    const database = (await pingDatabase(this.db)) ? 'up' : 'down';
    if (database === 'down') res.status(503);
    return { status: database === 'up' ? 'ok' : 'degraded', database, search: this.search.engineName, mail: this.mailMode };
  }
}
