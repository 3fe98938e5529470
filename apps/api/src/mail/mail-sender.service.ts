import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { returningRows } from '../database/returning';
import { SMTP_URL } from './mail.tokens';
import { PollLoop } from '../platform/poll-loop';
import { type MailAttachment } from './outbox.service';

const BATCH = 50;
/** Attempts before a mail is given up on (`dead`, resent by hand under Beheer → E-mail). */
const MAX_ATTEMPTS = 8;

interface ClaimedRow {
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

/** Growing back-off: 30 s, 1, 2, 4 … minutes, capped at an hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/** Delivers the outbox over SMTP. Rows are claimed with SKIP LOCKED, so several API instances
 * can run senders on one database and each row goes to one of them. One mail on the wire at a
 * time per instance, over a connection kept open. A mail is recorded as sent right after the
 * server accepts it and before the next one goes, so a crash can only ever leave the one mail in
 * flight unrecorded (more instances add throughput). */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailSender');
  private readonly transport: Transporter;
  private readonly loop: PollLoop;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SMTP_URL) smtpUrl: string,
  ) {
    // The SMTP connection is kept open between mails: no new handshake per mail.
    this.transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 1, maxMessages: 1000 } as Parameters<typeof nodemailer.createTransport>[0]);
    this.loop = new PollLoop('outbox-sender', () => this.sendDue(), config.mailPollMs, (error) => this.logger.error({ msg: 'outbox run failed', error: String(error) }));
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    this.transport.close();
  }


  /** Sends what is due now; returns how many were delivered. */
  async sendDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const rows = returningRows<ClaimedRow>(await this.db.query(
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
        [this.config.mailLockSeconds, BATCH],
      ));
      if (!rows.length || this.loop.stopped) return delivered;
      let mine = rows;
      let renewedAt = Date.now();
      for (let i = 0; i < mine.length; i++) {
        // Keep the claim on what is left of the batch well before it runs out; rows another
        // instance took over meanwhile (their attempt count moved on) are left to it.
        if (Date.now() - renewedAt > (this.config.mailLockSeconds * 1000) / 3) {
          const kept = new Set(await this.renew(mine.slice(i)));
          mine = [...mine.slice(0, i), ...mine.slice(i).filter((r) => kept.has(r.id))];
          renewedAt = Date.now();
          if (i >= mine.length) break;
        }
        if (this.loop.stopped) return delivered;
        if (await this.deliver(mine[i])) delivered++;
      }
      if (rows.length < BATCH) return delivered;
    }
  }

  /** Renews the claim on rows; returns the ids still ours. The attempt count is the fencing
   * token: when another instance took a row over (this one was too slow), the count has moved on. */
  private async renew(rows: ClaimedRow[]): Promise<string[]> {
    const renewed = returningRows<{ id: string }>(await this.db.query(
      `UPDATE mail_outbox o SET locked_until = now() + make_interval(secs => $3)
         FROM unnest($1::uuid[], $2::int[]) AS c(id, attempts)
        WHERE o.id = c.id AND o.attempts = c.attempts AND o.status = 'sending' RETURNING o.id`,
      [rows.map((r) => r.id), rows.map((r) => r.attempts), this.config.mailLockSeconds],
    ));
    return renewed.map((r) => r.id);
  }

  private async deliver(row: ClaimedRow): Promise<boolean> {
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        messageId: `<${row.idempotency_key.replace(/[^\w.-]/g, '.')}@groeiwijzer>`,
        attachments: row.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
        ...(row.unsubscribe_url
          ? { headers: { 'List-Unsubscribe': `<${row.unsubscribe_url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
          : {}),
      });
      await this.db.query(
        `UPDATE mail_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1 AND attempts = $2`,
        [row.id, row.attempts],
      );
      return true;
    } catch (error) {
      const dead = row.attempts >= MAX_ATTEMPTS;
      await this.db.query(
        `UPDATE mail_outbox SET status = $2, locked_until = NULL, last_error = $3,
                next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1 AND attempts = $5`,
        [row.id, dead ? 'dead' : 'pending', String(error).slice(0, 500), backoffSeconds(row.attempts), row.attempts],
      );
      this.logger.warn({ msg: dead ? 'mail gave up' : 'mail will be retried', outboxId: row.id, attempts: row.attempts });
      return false;
    }
  }
}
