import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Pool } from 'pg';
import { DataSource } from 'typeorm';

export interface QueueFigures {
  /** Rows waiting (not yet done). */
  waiting: number;
  /** Seconds the oldest row that is due has waited past its due time (0: none due). */
  oldestDueSeconds: number;
  /** Rows given up on. */
  dead: number;
}

export interface PoolFigures {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** The queries behind the operational gauges: queue depths and ages, and the pool. */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async queues(): Promise<Record<'outbox' | 'reminders' | 'search_sync', QueueFigures>> {
    const rows: { queue: 'outbox' | 'reminders' | 'search_sync'; waiting: string; oldest: number | null; dead: string }[] = await this.db.query(`
      SELECT 'outbox' AS queue,
             count(*) FILTER (WHERE status IN ('pending', 'sending')) AS waiting,
             extract(epoch FROM now() - min(next_attempt_at) FILTER (WHERE status IN ('pending', 'sending') AND next_attempt_at <= now()))::float8 AS oldest,
             count(*) FILTER (WHERE status = 'dead') AS dead
        FROM mail_outbox
      UNION ALL
      SELECT 'reminders', count(*), extract(epoch FROM now() - min(due_at) FILTER (WHERE due_at <= now()))::float8, 0
        FROM reminder_queue WHERE status = 'pending'
      UNION ALL
      SELECT 'search_sync', count(*), extract(epoch FROM now() - min(queued_at) FILTER (WHERE next_attempt_at <= now()))::float8, 0
        FROM search_sync`);
    const figures = {} as Record<'outbox' | 'reminders' | 'search_sync', QueueFigures>;
    for (const r of rows) figures[r.queue] = { waiting: Number(r.waiting), oldestDueSeconds: Math.max(0, r.oldest ?? 0), dead: Number(r.dead) };
    return figures;
  }

  /** The `pg` pool behind TypeORM: connections open, idle, and requests waiting for one. */
  pool(): PoolFigures | null {
    const pool = (this.db.driver as unknown as { master?: Pool & { options?: { max?: number } } }).master;
    if (!pool) return null;
    return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options?.max ?? 0 };
  }
}
