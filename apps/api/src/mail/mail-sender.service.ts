import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SMTP_URL } from './mail.tokens';
import { afterFailure, QueuePoller, type RetryPolicy } from '../platform/jobs';
import { type ClaimedRow, OutboxRepository } from './outbox.repository';

const BATCH = 50;
/** 30 s after the first failure, then 1, 2, 4 … minutes, capped at an hour; dead after 8 attempts
 * (resent by hand under Beheer → E-mail). */
export const MAIL_RETRIES: RetryPolicy = { firstSeconds: 30, capSeconds: 3600, maxAttempts: 8 };

/** Delivers the outbox over SMTP. Rows are claimed with SKIP LOCKED, so several API instances
 * can run senders on one database and each row goes to one of them. One mail on the wire at a
 * time per instance, over a connection kept open. A mail is recorded as sent right after the
 * server accepts it and before the next one goes, so a crash can only ever leave the one mail in
 * flight unrecorded (more instances add throughput). */
@Injectable()
export class MailSender extends QueuePoller {
  private readonly logger = new Logger('MailSender');
  private readonly transport: Transporter;

  constructor(
    private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SMTP_URL) smtpUrl: string,
  ) {
    super('outbox-sender', config.mailPollMs);
    // The SMTP connection is kept open between mails: no new handshake per mail.
    this.transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 1, maxMessages: 1000 } as Parameters<typeof nodemailer.createTransport>[0]);
  }

  protected runDue(): Promise<number> {
    return this.sendDue();
  }

  override async onApplicationShutdown(): Promise<void> {
    await super.onApplicationShutdown();
    this.transport.close();
  }

  /** Sends what is due now; returns how many were delivered. */
  async sendDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const rows = await this.outbox.claim(this.config.mailLockSeconds, BATCH);
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
    return this.outbox.renew(rows, this.config.mailLockSeconds);
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
      await this.outbox.markSent(row);
      return true;
    } catch (error) {
      const { dead, retryInSeconds } = afterFailure(row.attempts, MAIL_RETRIES);
      await this.outbox.markFailed(row, dead, String(error), retryInSeconds);
      this.logger.warn({ msg: dead ? 'mail gave up' : 'mail will be retried', outboxId: row.id, attempts: row.attempts });
      return false;
    }
  }
}
