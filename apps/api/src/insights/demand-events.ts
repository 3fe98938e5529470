import { createHmac } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { foldText } from '@groeiwijzer/domain';
import { type AuthedRequest } from '../auth/auth.types';
import { Clock } from '../common/time';
import { FunnelRepository } from './funnel.repository';
import { InsightsRepository, type SearchEvent } from './insights.repository';
import { WriteBatcher } from '../platform/write-batcher';

/** Session keys kept (who → keyed hash), so a client's next searches skip the HMAC; only for a
 * `who` this short, so odd user agents cannot make the map large. */
const SESSION_KEYS = 10_000;
const SESSION_KEY_WHO_MAX = 256;

/**
 * Records, beside the routes themselves (so the search and catalogue code stay as they are):
 * - a search, for unmet searches: the day, the folded text, the region filter, the number found,
 *   and a keyed hash of the session (signed in: the session; otherwise the address and browser)
 *   so that "5 sessions on different days" can be counted without knowing who searched;
 * - a view of a published item's page by anyone but its own publisher's editors, as a monthly count.
 * Failures are logged, never passed to the caller. Searches are written in batches (one
 * statement a second at most, not one per search; flushed on shutdown).
 *
 * It sees the responses through a Fastify hook (`hook`, added in platform/http.ts), not as a Nest
 * interceptor: a global interceptor puts every request of every route through RxJS and two
 * AsyncResource bindings, which cost ~8% of the API's CPU per search (profiled at 100,000 items,
 * docs/benchmarks.md); the hook is one function call.
 */
@Injectable()
export class DemandEvents implements OnApplicationShutdown {
  private readonly logger = new Logger('DemandEvents');
  private secret: Promise<string> | null = null;
  private readonly searches: WriteBatcher<SearchEvent>;
  private readonly sessionKeys = new Map<string, string>();
  /** Events being made: shutdown waits for them before the last batch. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly insights: InsightsRepository, private readonly funnel: FunnelRepository, private readonly clock: Clock) {
    this.searches = new WriteBatcher((batch) => this.insights.recordSearches(batch), (error, rows) =>
      this.logger.warn({ msg: 'searches not recorded', rows, error: String(error) }));
  }

  /** Fastify's preSerialization hook: a route's result as the object it returned, before it is written. */
  readonly hook = (request: AuthedRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload?: unknown) => void): void => {
    this.observe(request, reply.statusCode, payload);
    done(null, payload);
  };

  private observe(request: AuthedRequest, status: number, body: unknown): void {
    if (request.method !== 'GET' || status !== 200) return;
    const route = request.routeOptions?.url;
    if (route !== '/api/search' && route !== '/api/items/:id') return;
    const work = (route === '/api/search' ? this.search(request, body as { total?: number }) : this.view(request, body as { id?: string; status?: string; publisherId?: string }))
      .catch((error: unknown) => this.logger.warn({ msg: 'demand event not recorded', error: String(error) }))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  private async search(request: AuthedRequest, body: { total?: number }): Promise<void> {
    const query = request.query as Record<string, string | undefined>;
    const q = foldText(String(query.q ?? '')).slice(0, 200);
    if (!q || typeof body?.total !== 'number' || (query.page && query.page !== '1')) return;
    const day = this.clock.today();
    const sessionKey = await this.sessionKey(request.auth?.sessionId ?? `${request.ip}|${request.headers['user-agent'] ?? ''}`);
    this.searches.add({ day, region: query.region || '*', q, resultCount: body.total, sessionKey });
  }

  private async sessionKey(who: string): Promise<string> {
    const known = this.sessionKeys.get(who);
    if (known !== undefined) return known;
    // A failed read of the secret is tried again by the next search.
    this.secret ??= this.insights.secret().catch((error: unknown) => {
      this.secret = null;
      throw error;
    });
    const key = createHmac('sha256', await this.secret).update(who).digest('base64url').slice(0, 16);
    if (who.length > SESSION_KEY_WHO_MAX) return key;
    if (this.sessionKeys.size >= SESSION_KEYS) this.sessionKeys.clear();
    this.sessionKeys.set(who, key);
    return key;
  }

  /** An event still being made (the first search reads the secret first) is waited for, then
   * the last batch is written: the response may be out before its event is in the batch. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.inFlight);
    await this.searches.flush();
  }

  private async view(request: AuthedRequest, item: { id?: string; status?: string; publisherId?: string }): Promise<void> {
    if (!item?.id || item.status !== 'published') return;
    if (request.auth?.publishers.some((p) => p.id === item.publisherId)) return;
    await this.funnel.count(item.id, 'view', this.clock.today());
  }
}
