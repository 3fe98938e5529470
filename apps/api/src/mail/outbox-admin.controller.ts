import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { type OutboxOverview, type OutboxResent } from '@groeiwijzer/contracts';
import { AdminOnly } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { uuidParam as uuid } from '../common/validation';
import { OUTBOX_STATUSES, type OutboxStatus, OutboxRepository } from './outbox.repository';
import { Errors, Returns } from '../platform/openapi/responses';

/** A timestamp as JSON writes it (the driver gives a Date). */
const iso = (at: Date | string): string => new Date(at).toISOString();

/** For the platform operator: what the outbox holds, and sending a failed mail again. Bodies are
 * left out: they can hold personal links. */
@ApiTags('admin')
@AdminOnly()
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxRepository) {}

  @Get()
  @ApiQuery({ name: 'status', required: false, enum: ['pending', 'sending', 'sent', 'dead'], description: 'Only mails of this status (any other value: all).' })
  @Returns('OutboxOverview')
  @Errors(401, 403)
  async list(@Query('status') status?: string): Promise<OutboxOverview> {
    const filter = (OUTBOX_STATUSES as readonly string[]).includes(status ?? '') ? (status as OutboxStatus) : null;
    const [counts, rows] = await Promise.all([this.outbox.countsByStatus(), this.outbox.latest(filter)]);
    return {
      counts,
      mails: rows.map((r) => ({
        id: r.id, kind: r.kind, category: r.category, to: r.to_address, subject: r.subject, status: r.status,
        attempts: r.attempts, nextAttemptAt: iso(r.next_attempt_at), lastError: r.last_error, createdAt: iso(r.created_at), sentAt: r.sent_at && iso(r.sent_at),
      })),
    };
  }

  /** A dead (or long pending) mail goes back in the queue, due now, with a fresh attempt count. */
  @Post(':id/resend')
  @HttpCode(200)
  @Returns('OutboxResent', 200, 'Due again now, attempts reset.')
  @Errors(401, 403, 404)
  async resend(@Param('id', uuid) id: string): Promise<OutboxResent> {
    if (!(await this.outbox.requeue(id))) throw AppError.notFound();
    return { status: 'pending' };
  }
}
