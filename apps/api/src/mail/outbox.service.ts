import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { OutboxRepository } from './outbox.repository';
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
  constructor(private readonly outbox: OutboxRepository) {}

  /** Many mails in one statement (e.g. a day's reminders); the same rules as `enqueue`. */
  enqueueMany(manager: EntityManager, mails: OutgoingMail[]): Promise<void> {
    return this.outbox.insert(manager, mails);
  }

  enqueue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    return this.outbox.insert(manager, [mail]);
  }
}
