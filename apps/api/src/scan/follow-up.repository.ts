import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';

export interface Owner { id: string; email: string; name: string; locale: 'nl' | 'en' }

export interface Session {
  follow_up_at: Date | null;
  follow_up_minutes: number;
  follow_up_location: string | null;
  follow_up_seq: number;
}

export interface DueSessionReminder {
  title: string;
  organisation: string;
  follow_up_at: Date;
  follow_up_minutes: number;
  follow_up_location: string | null;
  follow_up_seq: number;
}

export interface DueRescan { id: string; organisation_id: string; organisation: string; weak: string | null }

/** The SQL of follow-up sessions and re-scan reminders (columns of scan_rounds, rescan_reminders). */
@Injectable()
export class FollowUpRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The owners of the round's organisation, who get the session's mails. */
  owners(m: EntityManager, roundId: string): Promise<Owner[]> {
    return m.query(
      `SELECT u.id, u.email, u.name, u.locale FROM scan_rounds r
         JOIN organisation_members om ON om.organisation_id = r.organisation_id AND om.role = 'owner'
         JOIN users u ON u.id = om.user_id WHERE r.id = $1 ORDER BY u.email`,
      [roundId],
    );
  }

  async session(roundId: string): Promise<Session> {
    const [row] = await this.db.query(`SELECT follow_up_at, follow_up_minutes, follow_up_location, follow_up_seq FROM scan_rounds WHERE id = $1`, [roundId]);
    return row;
  }

  /** Plans (or moves) the session; returns its new sequence number (calendar updates use it). */
  async plan(m: EntityManager, roundId: string, startsAt: Date, minutes: number, location: string | null): Promise<number> {
    const [row] = returningRows<{ follow_up_seq: number }>(await m.query(
      `UPDATE scan_rounds SET follow_up_at = $2, follow_up_minutes = $3, follow_up_location = $4, follow_up_seq = follow_up_seq + 1
        WHERE id = $1 RETURNING follow_up_seq`,
      [roundId, startsAt, minutes, location],
    ));
    return row.follow_up_seq;
  }

  /** Cancels the session; returns what was planned (with the new sequence number), if anything. */
  async cancel(m: EntityManager, roundId: string): Promise<Session | null> {
    const [row] = returningRows<Session>(await m.query(
      `UPDATE scan_rounds r SET follow_up_at = NULL, follow_up_seq = r.follow_up_seq + 1 FROM scan_rounds old
        WHERE r.id = $1 AND old.id = r.id RETURNING old.follow_up_at, old.follow_up_minutes, old.follow_up_location, r.follow_up_seq`,
      [roundId],
    ));
    return row ?? null;
  }

  /** Rounds whose session is within a day and not yet reminded in its current version. */
  async sessionsDue(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM scan_rounds WHERE follow_up_at > $1 AND follow_up_at <= $1 + interval '1 day' AND follow_up_reminded_seq < follow_up_seq`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  /** Claims the reminder of the round's session (once across instances). */
  async claimSessionReminder(m: EntityManager, roundId: string, now: Date): Promise<DueSessionReminder | null> {
    const [round] = returningRows<DueSessionReminder>(await m.query(
      `UPDATE scan_rounds r SET follow_up_reminded_seq = follow_up_seq FROM organisations o
        WHERE r.id = $1 AND o.id = r.organisation_id AND r.follow_up_reminded_seq < r.follow_up_seq AND r.follow_up_at > $2
        RETURNING r.title, o.name AS organisation, r.follow_up_at, r.follow_up_minutes, r.follow_up_location, r.follow_up_seq`,
      [roundId, now],
    ));
    return round ?? null;
  }

  /** Rounds that closed `months` ago (within the last 30 days of that mark: no reminders about
   * rounds long past), without a newer round in the same organisation, not yet reminded. */
  rescansDue(now: Date, months: number): Promise<DueRescan[]> {
    return this.db.query(
      `SELECT r.id, r.organisation_id, o.name AS organisation, r.results->'view'->'weakSpots'->>0 AS weak
         FROM scan_rounds r JOIN organisations o ON o.id = r.organisation_id
        WHERE r.status = 'closed' AND r.closed_at <= $1::timestamptz - make_interval(months => $2)
          AND r.closed_at > $1::timestamptz - make_interval(months => $2) - interval '30 days'
          AND NOT EXISTS (SELECT 1 FROM scan_rounds later WHERE later.organisation_id = r.organisation_id AND later.created_at > r.closed_at)
          AND NOT EXISTS (SELECT 1 FROM rescan_reminders x WHERE x.round_id = r.id AND x.months = $2)`,
      [now, months],
    );
  }

  async claimRescan(m: EntityManager, roundId: string, months: number): Promise<boolean> {
    return returningRows(await m.query(`INSERT INTO rescan_reminders (round_id, months) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING round_id`, [roundId, months])).length > 0;
  }
}
