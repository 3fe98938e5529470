import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { OwnCredentials } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MetricsService } from './metrics.service';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `GET /metrics` in the Prometheus text format. With METRICS_TOKEN set it asks for
 * `Authorization: Bearer <token>`; without one it answers only outside production, so the
 * figures are never public in production. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Not a user's route: it checks its own token instead of a session or an API token.
  @OwnCredentials()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const token = this.config.metricsToken;
    if (!token && this.config.nodeEnv === 'production') throw AppError.notFound();
    if (token && !sameSecret(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '', token)) {
      throw AppError.unauthenticated();
    }
    void reply.header('content-type', this.metrics.contentType()).header('cache-control', 'no-store').send(await this.metrics.render());
  }
}
