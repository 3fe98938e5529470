import { Inject, Injectable } from '@nestjs/common';
import { type Locale } from '@groeiwijzer/domain';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from '../mail/outbox.service';
import { magicLinkMail } from '../mail/templates';
import { QueuePoller } from '../platform/jobs';
import { UserEntity } from '../users/user.entity';
import { MagicLinkRepository } from './magic-link.repository';
import { hashToken, newToken } from './tokens';

export const MAGIC_LINK_MINUTES = 15;
const BATCH = 100;

/** Sign-in links by mail. The request only queues the address, so a known and an unknown one
 * cost the same work and get the same answer; looking the address up and writing the mail happen
 * in a background run (every MAIL_POLL_MS), off the request path. */
@Injectable()
export class MagicLinkService extends QueuePoller {
  constructor(
    private readonly links: MagicLinkRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super('sign-in-links', config.mailPollMs);
  }

  protected runDue(): Promise<number> {
    return this.processDue();
  }

  request(email: string, locale: Locale | undefined): Promise<void> {
    return this.links.enqueue(email, locale ?? null, this.clock.now());
  }

  /** Handles queued requests: a known address gets a one-time link by mail, an unknown one
   * nothing. Returns how many requests were handled. */
  async processDue(): Promise<number> {
    let handled = 0;
    for (;;) {
      const n = await this.links.transaction(async (m) => {
        const requests = await this.links.claim(m, BATCH);
        for (const { email, locale } of requests) {
          const user = await m.findOne(UserEntity, { where: { email } });
          if (!user) continue;
          const token = newToken();
          const linkId = await this.links.insertLink(m, hashToken(token), user.id, MAGIC_LINK_MINUTES);
          const url = `${this.config.publicUrl}/auth/magic?token=${encodeURIComponent(token)}`;
          await this.outbox.enqueue(m, {
            idempotencyKey: `magic-link:${linkId}`,
            kind: 'magic_link',
            to: user.email,
            ...magicLinkMail(locale ?? user.locale, user.name, url),
          });
        }
        return requests.length;
      });
      handled += n;
      if (n < BATCH || this.loop.stopped) return handled;
    }
  }
}
