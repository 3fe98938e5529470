import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuthContext } from '../auth/auth.types';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock, parseAmsterdamMoment } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from '../mail/outbox.service';
import { type FollowUpSession } from '@groeiwijzer/contracts';
import { type FollowUpDto } from './dto/follow-up.dto';
import { type FollowUp, followUpCalendarFile, followUpCancelledMail, followUpPlannedMail } from './follow-up-mail';
import { FollowUpRepository } from './follow-up.repository';
import { RoundsService } from './rounds.service';

const YEAR_MS = 366 * 24 * 3600_000;

type FollowUpView = FollowUpSession;

/** The follow-up session of a closed round: planned by an owner, sent to every owner with a
 * calendar file (moving it sends an update with the same uid), reminded the day before. */
@Injectable()
export class FollowUpService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rounds: RoundsService,
    private readonly sessions: FollowUpRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  reportUrl(roundId: string): string {
    return `${this.config.publicUrl}/scans/${roundId}/rapport`;
  }

  async plan(auth: AuthContext, roundId: string, dto: FollowUpDto, now = this.clock.now()): Promise<FollowUpView> {
    const startsAt = parseAmsterdamMoment(dto.startsAt);
    if (!startsAt) throw new ValidationFailed([{ field: 'startsAt', key: 'field_date', vars: {} }]);
    if (startsAt.getTime() <= now.getTime() || startsAt.getTime() > now.getTime() + YEAR_MS) {
      throw new ValidationFailed([{ field: 'startsAt', key: 'field_future', vars: {} }]);
    }
    return this.db.transaction(async (m) => {
      const round = await this.rounds.getOwned(auth, roundId, m);
      if (round.status !== 'closed') throw new AppError(HttpStatus.CONFLICT, 'round_still_open', 'round_still_open');
      const minutes = dto.minutes ?? 90;
      const location = dto.location?.trim() || null;
      const sequence = await this.sessions.plan(m, roundId, startsAt, minutes, location);
      const followUp: FollowUp = {
        roundId, organisation: round.organisation_name, roundTitle: round.title, startsAt, minutes, location,
        sequence, reportUrl: this.reportUrl(roundId),
      };
      // The owner asked for this: it is sent whatever the reminder preferences say.
      for (const owner of await this.sessions.owners(m, roundId)) {
        await this.outbox.enqueue(m, {
          idempotencyKey: `follow-up:${roundId}:${followUp.sequence}:${owner.id}`,
          kind: 'follow-up-planned',
          to: owner.email,
          ...followUpPlannedMail(owner.locale, owner.name, followUp, false),
          attachments: [followUpCalendarFile(followUp)],
        });
      }
      return { startsAt: startsAt.toISOString(), minutes, location };
    });
  }

  /** Cancels the session; every owner gets a cancellation that removes it from their calendar. */
  async cancel(auth: AuthContext, roundId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const round = await this.rounds.getOwned(auth, roundId, m);
      const row = await this.sessions.cancel(m, roundId);
      if (!row?.follow_up_at) return;
      const followUp: FollowUp = {
        roundId, organisation: round.organisation_name, roundTitle: round.title, startsAt: row.follow_up_at, minutes: row.follow_up_minutes,
        location: row.follow_up_location, sequence: row.follow_up_seq, reportUrl: this.reportUrl(roundId),
      };
      for (const owner of await this.sessions.owners(m, roundId)) {
        await this.outbox.enqueue(m, {
          idempotencyKey: `follow-up-cancelled:${roundId}:${followUp.sequence}:${owner.id}`,
          kind: 'follow-up-cancelled',
          to: owner.email,
          ...followUpCancelledMail(owner.locale, owner.name, followUp),
          attachments: [followUpCalendarFile(followUp, true)],
        });
      }
    });
  }

  async get(auth: AuthContext, roundId: string): Promise<FollowUpView | null> {
    const round = await this.rounds.getOwned(auth, roundId);
    const row = await this.sessions.session(round.id);
    return row.follow_up_at ? { startsAt: row.follow_up_at.toISOString(), minutes: row.follow_up_minutes, location: row.follow_up_location } : null;
  }

  async calendarFile(auth: AuthContext, roundId: string): Promise<string> {
    const round = await this.rounds.getOwned(auth, roundId);
    const row = await this.sessions.session(round.id);
    if (!row.follow_up_at) throw AppError.notFound();
    return followUpCalendarFile({
      roundId, organisation: round.organisation_name, roundTitle: round.title, startsAt: row.follow_up_at, minutes: row.follow_up_minutes,
      location: row.follow_up_location, sequence: row.follow_up_seq, reportUrl: this.reportUrl(roundId),
    }).content;
  }
}
