import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type RenderedMail } from './templates';

export interface OutgoingMail extends RenderedMail {
  /** Unique per intended mail: enqueuing the same key twice sends once. */
  idempotencyKey: string;
  kind: string;
  to: string;
  /** Reminders respect preferences and quiet hours; transactional mail always goes. */
  category?: 'transactional' | 'reminder';
  /** One-click unsubscribe (RFC 8058) for this kind of mail. */
  unsubscribeUrl?: string;
  /** Small text attachments, e.g. an iCalendar file for a deadline. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** Mail is written to the outbox in the transaction of the change that causes it; the sender
 * delivers it afterwards. A rolled-back change therefore sends nothing. */
@Injectable()
export class OutboxService {
  /** Many mails in one statement (e.g. a day's reminders); the same rules as `enqueue`. */
  async enqueueMany(manager: EntityManager, mails: OutgoingMail[]): Promise<void> {
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

  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    await manager.query(
      `INSERT INTO mail_outbox (idempotency_key, kind, to_address, subject, text_body, html_body, category, unsubscribe_url, attachments)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        mail.idempotencyKey, mail.kind, mail.to, mail.subject, mail.text, mail.html, mail.category ?? 'transactional',
        mail.unsubscribeUrl ?? null, mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
      ],
    );
  }
}
