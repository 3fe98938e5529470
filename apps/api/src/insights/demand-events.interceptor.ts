import { createHmac } from 'node:crypto';
import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor, type OnApplicationShutdown } from '@nestjs/common';
import { foldText } from '@groeiwijzer/domain';
import { type Observable, tap } from 'rxjs';
import { type AuthedRequest } from '../auth/auth.types';
import { Clock } from '../common/time';
import { FunnelRepository } from './funnel.repository';
import { InsightsRepository, type SearchEvent } from './insights.repository';
import { WriteBatcher } from '../platform/write-batcher';

/**
 * Records, beside the routes themselves (so the search and catalogue code stay as they are):
 * - a search, for unmet searches: the day, the folded text, the region filter, the number found,
 *   and a keyed hash of the session (signed in: the session; otherwise the address and browser)
 *   so that "5 sessions on different days" can be counted without knowing who searched;
 * - a view of a published item's page by anyone but its own publisher's editors, as a monthly count.
 * Failures are logged, never passed to the caller. Searches are written in batches (one
 * statement a second at most, not one per search; flushed on shutdown).
 */
@Injectable()
export class DemandEventsInterceptor implements NestInterceptor, OnApplicationShutdown {
  private readonly logger = new Logger('DemandEvents');
  private secret: Promise<string> | null = null;
  private readonly searches: WriteBatcher<SearchEvent>;

  constructor(private readonly insights: InsightsRepository, private readonly funnel: FunnelRepository, private readonly clock: Clock) {
    this.searches = new WriteBatcher((batch) => this.insights.recordSearches(batch), (error, rows) =>
      this.logger.warn({ msg: 'searches not recorded', rows, error: String(error) }));
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const route = request.routeOptions?.url;
    if (request.method !== 'GET' || (route !== '/api/search' && route !== '/api/items/:id')) return next.handle();
    return next.handle().pipe(tap((body) => {
      const work = route === '/api/search' ? this.search(request, body as { total?: number }) : this.view(request, body as { id?: string; status?: string; publisherId?: string });
      work.catch((error: unknown) => this.logger.warn({ msg: 'demand event not recorded', error: String(error) }));
    }));
  }

  private async search(request: AuthedRequest, body: { total?: number }): Promise<void> {
    const query = request.query as Record<string, string | undefined>;
    const q = foldText(String(query.q ?? '')).slice(0, 200);
    if (!q || typeof body?.total !== 'number' || (query.page && query.page !== '1')) return;
    this.secret ??= this.insights.secret();
    const who = request.auth?.sessionId ?? `${request.ip}|${request.headers['user-agent'] ?? ''}`;
    const day = this.clock.today();
    const sessionKey = createHmac('sha256', await this.secret).update(who).digest('base64url').slice(0, 16);
    this.searches.add({ day, region: query.region || '*', q, resultCount: body.total, sessionKey });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.searches.flush();
  }

  private async view(request: AuthedRequest, item: { id?: string; status?: string; publisherId?: string }): Promise<void> {
    if (!item?.id || item.status !== 'published') return;
    if (request.auth?.publishers.some((p) => p.id === item.publisherId)) return;
    await this.funnel.count(item.id, 'view', this.clock.today());
  }
}
