import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';
import { type MailAttachment, type OutgoingMail } from './outbox.service';

/** A row the sender claimed: what it needs to deliver it, and the attempt count that fences it. */
export interface ClaimedRow {
  id: string;
  idempotency_key: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  unsubscribe_url: string | null;
  attachments: MailAttachment[] | null;
}

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxListRow {
  id: string;
  kind: string;
  category: string;
  to_address: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/** The SQL of the mail outbox: writing mail in a caller's transaction, the sender's claims, and
 * the admin's view. Times are the database's (`now()`): the claim, the lease and the back-off
 * are compared by the database alone, across instances. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Writes mail in the caller's transaction; a key already there is left alone (sent once). */
  async insert(manager: EntityManager, mails: OutgoingMail[]): Promise<void> {
    if (!mails.length) return;
    await manager.query(
      `INSERT INTO mail_outbox (idempotency_key, kind, to_address, subject, text_body, html_body, category, unsubscribe_url, attachments)
       SELECT k, kind, t, s, tb, hb, c, u, a::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
              AS x(k, kind, t, s, tb, hb, c, u, a)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        mails.map((m) => m.idempotencyKey), mails.map((m) => m.kind), mails.map((m) => m.to), mails.map((m) => m.subject),
        mails.map((m) => m.text), mails.map((m) => m.html), mails.map((m) => m.category ?? 'transactional'),
        mails.map((m) => m.unsubscribeUrl ?? null),
        mails.map((m) => (m.attachments?.length ? JSON.stringify(m.attachments) : null)),
      ],
    );
  }

  /** Claims up to `limit` due rows (and rows whose claim ran out) for `lockSeconds`. */
  async claim(lockSeconds: number, limit: number): Promise<ClaimedRow[]> {
    return returningRows<ClaimedRow>(await this.db.query(
      `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1,
              locked_until = now() + make_interval(secs => $1)
        WHERE id IN (
          SELECT id FROM mail_outbox
           WHERE (status = 'pending' AND next_attempt_at <= now())
              OR (status = 'sending' AND locked_until < now())
           ORDER BY next_attempt_at
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
        RETURNING id, idempotency_key, to_address, subject, text_body, html_body, attempts, unsubscribe_url, attachments`,
      [lockSeconds, limit],
    ));
  }

  /** Renews the claim on rows still ours (same attempt count); returns their ids. */
  async renew(rows: ClaimedRow[], lockSeconds: number): Promise<string[]> {
    const renewed = returningRows<{ id: string }>(await this.db.query(
      `UPDATE mail_outbox o SET locked_until = now() + make_interval(secs => $3)
         FROM unnest($1::uuid[], $2::int[]) AS c(id, attempts)
        WHERE o.id = c.id AND o.attempts = c.attempts AND o.status = 'sending' RETURNING o.id`,
      [rows.map((r) => r.id), rows.map((r) => r.attempts), lockSeconds],
    ));
    return renewed.map((r) => r.id);
  }

  async markSent(row: ClaimedRow): Promise<void> {
    await this.db.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1 AND attempts = $2`,
      [row.id, row.attempts],
    );
  }

  /** Back in the queue after `retryInSeconds`, or `dead`. */
  async markFailed(row: ClaimedRow, dead: boolean, error: string, retryInSeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE mail_outbox SET status = $2, locked_until = NULL, last_error = $3,
              next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1 AND attempts = $5`,
      [row.id, dead ? 'dead' : 'pending', error.slice(0, 500), retryInSeconds, row.attempts],
    );
  }

  async countsByStatus(): Promise<Record<OutboxStatus, number>> {
    const rows: { status: OutboxStatus; n: number }[] = await this.db.query(`SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status`);
    return Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, rows.find((c) => c.status === s)?.n ?? 0])) as Record<OutboxStatus, number>;
  }

  /** The latest 200 mails (optionally of one status), without their bodies. */
  latest(status: OutboxStatus | null): Promise<OutboxListRow[]> {
    return this.db.query(
      `SELECT id, kind, category, to_address, subject, status, attempts, next_attempt_at, last_error, created_at, sent_at
         FROM mail_outbox WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at DESC LIMIT 200`,
      [status],
    );
  }

  /** A dead (or pending) mail due now with a fresh attempt count; false when there is none. */
  async requeue(id: string): Promise<boolean> {
    return returningRows(await this.db.query(
      `UPDATE mail_outbox SET status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = NULL
        WHERE id = $1 AND status IN ('dead', 'pending') RETURNING id`,
      [id],
    )).length > 0;
  }
}
