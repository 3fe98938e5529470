import { Inject, Injectable } from '@nestjs/common';
import { SECTORS } from '@groeiwijzer/domain';
import { type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from '../mail/outbox.service';
import { NotificationsService } from '../notifications/notifications.service';
import { coachCancelledMail, type CoachRequestFacts, coachRequestMail, type OwnerEvent, ownerReferralMail } from './referral-mail';
import { type ReferralRow, ReferralsRepository } from './referrals.repository';

/** Every referral mail, written in the transaction of the step it tells about: the outbox for
 * answers to what someone did, the reminder queue (kind 'referrals') for the coach's reminder. */
@Injectable()
export class ReferralMailer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly referrals: ReferralsRepository,
  ) {}

  /** The coach's inbox (web app route). */
  inboxUrl(): string {
    return `${this.config.publicUrl}/coach/aanvragen`;
  }

  /** The owner's view of one request, where it can be forwarded with one click. */
  ownerUrl(r: Pick<ReferralRow, 'id' | 'organisation_id'>): string {
    return `${this.config.publicUrl}/organisaties/${r.organisation_id}/aanvragen/${r.id}`;
  }

  private facts(r: ReferralRow): CoachRequestFacts {
    const sector = SECTORS.find((s) => s.code === r.organisation_sector);
    return {
      organisation: r.organisation_name, region: r.organisation_region, employees: r.organisation_employees, aspect: r.aspect,
      sectorName: { nl: sector?.nl ?? r.organisation_sector, en: sector?.en ?? r.organisation_sector }, share: r.share,
      answerBy: r.answer_by ?? r.requested_at, url: this.inboxUrl(),
    };
  }

  /** To the coach: a new request; in their language when they have an account, else in both. */
  async coachRequested(m: EntityManager, r: ReferralRow): Promise<void> {
    if (!r.coach_email) return;
    const account = await this.referrals.account(m, r.coach_email);
    await this.outbox.enqueue(m, {
      idempotencyKey: `referral-requested:${r.id}:coach`, kind: 'referral_request', to: r.coach_email,
      ...coachRequestMail(account?.locale ?? null, this.facts(r)),
    });
  }

  /** To the coach, once: still no answer after 5 working days. Returns whether it was queued. */
  async coachReminder(m: EntityManager, r: ReferralRow, now: Date): Promise<boolean> {
    if (!r.coach_email) return false;
    const account = await this.referrals.account(m, r.coach_email);
    return this.notifications.enqueueReminder(m, {
      idempotencyKey: `referral-reminder:${r.id}`, kind: 'referrals', to: r.coach_email, locale: account?.locale ?? 'nl',
      mail: coachRequestMail(account?.locale ?? null, this.facts(r), true),
    }, now);
  }

  async coachCancelled(m: EntityManager, r: ReferralRow): Promise<void> {
    if (!r.coach_email) return;
    const account = await this.referrals.account(m, r.coach_email);
    await this.outbox.enqueue(m, {
      idempotencyKey: `referral-cancelled:${r.id}:coach`, kind: 'referral_cancelled', to: r.coach_email,
      ...coachCancelledMail(account?.locale ?? null, r.organisation_name, this.inboxUrl()),
    });
  }

  /** To the owner who asked (every owner if that account is gone): a step of their request. */
  async owners(m: EntityManager, r: ReferralRow, event: OwnerEvent): Promise<void> {
    for (const owner of await this.referrals.ownersToTell(m, r)) {
      await this.outbox.enqueue(m, {
        idempotencyKey: `referral-${event}:${r.id}:${owner.email.toLowerCase()}`, kind: `referral_${event}`, to: owner.email,
        ...ownerReferralMail(owner.locale, event, {
          name: owner.name, coach: r.coach_title, coachEmail: r.coach_email, share: r.share, answerBy: r.answer_by,
          reason: r.decline_reason, note: r.decline_note, url: this.ownerUrl(r),
        }),
      });
    }
  }
}
