import { Injectable } from '@nestjs/common';
import { Gauge, Histogram, Registry } from 'prom-client';
import { processRegistry } from './job-metrics';
import { MetricsRepository } from './metrics.repository';

/** The app's Prometheus metrics: request latency per route, queue depths and ages, the
 * database pool; merged with the process and job metrics when scraped. */
@Injectable()
export class MetricsService {
  private readonly registry = new Registry();
  private readonly requests: Histogram<'method' | 'route' | 'status'>;

  constructor(repository: MetricsRepository) {
    this.requests = new Histogram({
      name: 'groeiwijzer_http_request_duration_seconds',
      help: 'API request latency by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [this.registry],
    });
    const queueGauge = (name: string, help: string, pick: (q: Awaited<ReturnType<MetricsRepository['queues']>>[keyof Awaited<ReturnType<MetricsRepository['queues']>>]) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['queue'] as const,
        registers: [this.registry],
        async collect() {
          const queues = await repository.queues();
          this.reset();
          for (const [queue, figures] of Object.entries(queues)) this.set({ queue }, pick(figures));
        },
      });
    queueGauge('groeiwijzer_queue_waiting', 'Rows waiting in each queue (outbox: mail not yet sent; reminders: not yet bundled; search_sync: changes not yet in Meilisearch).', (q) => q.waiting);
    queueGauge('groeiwijzer_queue_oldest_due_seconds', 'How long the oldest due row of each queue has waited past its due time (search_sync: the search index freshness).', (q) => q.oldestDueSeconds);
    queueGauge('groeiwijzer_queue_dead', 'Rows given up on (outbox: mail dead after its attempts).', (q) => q.dead);
    const pool = (name: string, help: string, pick: (p: NonNullable<ReturnType<MetricsRepository['pool']>>) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const figures = repository.pool();
          if (figures) this.set(pick(figures));
        },
      });
    pool('groeiwijzer_db_pool_connections', 'Database connections open in the pool.', (p) => p.total);
    pool('groeiwijzer_db_pool_idle', 'Open database connections not in use.', (p) => p.idle);
    pool('groeiwijzer_db_pool_waiting', 'Queries waiting for a free database connection.', (p) => p.waiting);
    pool('groeiwijzer_db_pool_max', 'The most connections the pool opens (DATABASE_POOL_SIZE).', (p) => p.max);
  }

  /** Called for every API response; the route is the pattern (`/api/items/:id`), never the
   * concrete URL, so tokens and ids never become labels. */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requests.observe({ method, route, status: String(status) }, seconds);
  }

  contentType(): string {
    return this.registry.contentType;
  }

  async render(): Promise<string> {
    return Registry.merge([this.registry, processRegistry]).metrics();
  }
}
