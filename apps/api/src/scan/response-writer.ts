import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returningRows } from '../database/returning';

export interface PendingResponse {
  roundId: string;
  /** Set for a personal link: it is spent in the same transaction as the response is stored. */
  invitationToken: string | null;
  answers: string;
  comment: string | null;
  group: string | null;
  day: string;
  /** The moment it arrived: it is refused once its round closed before it. Never stored. */
  at: Date;
}

interface Queued {
  item: PendingResponse;
  resolve: (stored: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 200;

/**
 * Group commit for survey responses. When many people answer at once (a QR poster after a staff
 * meeting), responses that arrive while a write is in progress are stored together in the next
 * transaction: one commit (one disk flush) for many responses, and still every response is
 * durable before its sender hears "received". A lone response is written at once.
 */
@Injectable()
export class ResponseWriter {
  private queue: Queued[] = [];
  private writing = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Resolves true when stored; false when the round is not open or the personal link was spent. */
  store(item: PendingResponse): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          const stored = await this.write(batch.map((q) => q.item));
          batch.forEach((q, i) => q.resolve(stored[i]));
        } catch (error) {
          batch.forEach((q) => q.reject(error));
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private write(items: PendingResponse[]): Promise<boolean[]> {
    return this.db.transaction(async (m) => {
      const roundIds = [...new Set(items.map((i) => i.roundId))];
      const closesAt = new Map<string, number>(
        (await m.query(`SELECT id, closes_at FROM scan_rounds WHERE id = ANY($1) AND status = 'open'`, [roundIds]))
          .map((r: { id: string; closes_at: Date }) => [r.id, r.closes_at.getTime()]),
      );
      const isOpen = (i: PendingResponse) => (closesAt.get(i.roundId) ?? -Infinity) > i.at.getTime();
      const tokens = items.filter((i) => i.invitationToken && isOpen(i)).map((i) => i.invitationToken!);
      const spent = new Set<string>();
      if (tokens.length) {
        const rows = returningRows<{ token: string }>(await m.query(
          `UPDATE scan_invitations SET responded = true WHERE token = ANY($1) AND NOT responded RETURNING token`,
          [tokens],
        ));
        for (const r of rows) spent.add(r.token);
      }
      // The same personal link twice in one batch: only its first response counts.
      const used = new Set<string>();
      const accepted = items.map((i) => {
        if (!isOpen(i)) return false;
        if (!i.invitationToken) return true;
        if (!spent.has(i.invitationToken) || used.has(i.invitationToken)) return false;
        used.add(i.invitationToken);
        return true;
      });
      const rows = items.filter((_, k) => accepted[k]);
      if (rows.length) {
        await m.query(
          `INSERT INTO scan_responses (round_id, answers, comment, group_name, submitted_on)
           SELECT * FROM unnest($1::uuid[], $2::jsonb[], $3::text[], $4::text[], $5::date[])`,
          [rows.map((r) => r.roundId), rows.map((r) => r.answers), rows.map((r) => r.comment), rows.map((r) => r.group), rows.map((r) => r.day)],
        );
      }
      return accepted;
    });
  }
}
