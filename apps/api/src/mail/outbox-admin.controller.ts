import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdminOnly } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { returningRows } from '../database/returning';
import { uuidParam as uuid } from '../common/validation';

const STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;

/** For the platform operator: what the outbox holds, and sending a failed mail again. Bodies are
 * left out: they can hold personal links. */
@ApiTags('admin')
@AdminOnly()
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  async list(@Query('status') status?: string) {
    const filter = (STATUSES as readonly string[]).includes(status ?? '') ? status : null;
    const [counts, rows] = await Promise.all([
      this.db.query(`SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status`),
      this.db.query(
        `SELECT id, kind, category, to_address, subject, status, attempts, next_attempt_at, last_error, created_at, sent_at
           FROM mail_outbox WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at DESC LIMIT 200`,
        [filter],
      ),
    ]);
    return {
      counts: Object.fromEntries(STATUSES.map((s) => [s, counts.find((c: { status: string }) => c.status === s)?.n ?? 0])),
      mails: rows.map((r: Record<string, unknown>) => ({
        id: r.id, kind: r.kind, category: r.category, to: r.to_address, subject: r.subject, status: r.status,
        attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error, createdAt: r.created_at, sentAt: r.sent_at,
      })),
    };
  }

  /** A dead (or long pending) mail goes back in the queue, due now, with a fresh attempt count. */
  @Post(':id/resend')
  @HttpCode(200)
  async resend(@Param('id', uuid) id: string): Promise<{ status: 'pending' }> {
    const rows = returningRows(await this.db.query(
      `UPDATE mail_outbox SET status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = NULL
        WHERE id = $1 AND status IN ('dead', 'pending') RETURNING id`,
      [id],
    ));
    if (!rows.length) throw AppError.notFound();
    return { status: 'pending' };
  }
}
