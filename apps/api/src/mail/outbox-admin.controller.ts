import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { uuidParam as uuid } from '../common/validation';
import { OUTBOX_STATUSES, type OutboxStatus, OutboxRepository } from './outbox.repository';

/** For the platform operator: what the outbox holds, and sending a failed mail again. Bodies are
 * left out: they can hold personal links. */
@ApiTags('admin')
@AdminOnly()
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxRepository) {}

  @Get()
  async list(@Query('status') status?: string) {
    const filter = (OUTBOX_STATUSES as readonly string[]).includes(status ?? '') ? (status as OutboxStatus) : null;
    const [counts, rows] = await Promise.all([this.outbox.countsByStatus(), this.outbox.latest(filter)]);
    return {
      counts,
      mails: rows.map((r) => ({
        id: r.id, kind: r.kind, category: r.category, to: r.to_address, subject: r.subject, status: r.status,
        attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error, createdAt: r.created_at, sentAt: r.sent_at,
      })),
    };
  }

  /** A dead (or long pending) mail goes back in the queue, due now, with a fresh attempt count. */
  @Post(':id/resend')
  @HttpCode(200)
  async resend(@Param('id', uuid) id: string): Promise<{ status: 'pending' }> {
    if (!(await this.outbox.requeue(id))) throw AppError.notFound();
    return { status: 'pending' };
  }
}
