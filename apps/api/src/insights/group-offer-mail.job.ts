import { Inject, Injectable } from '@nestjs/common';
import { amsterdamDate, Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PeriodicJob } from '../platform/jobs';
import { NotificationsService } from '../notifications/notifications.service';
import { groupOfferMail } from './group-offer-mail';
import { GroupOffersRepository } from './group-offers.repository';

/** Items published this long ago or longer are not looked at any more (a new instance on an old
 * database does not mail about last year's offers). */
const LOOK_BACK_DAYS = 14;
/** Items read at a time; a run goes on until none is left or it has worked this long (an import
 * of thousands is worked through over several runs, not in one). */
const BATCH = 50;
const RUN_BUDGET_MS = 30_000;

/** "Gezamenlijke vraag" answered: when an offer is published that answers a weak spot that at least
 * 5 companies of a region share and that no eligible offer answered yet, the owners of those
 * companies who opted in (`organisations.group_offer_mail`) get one mail about it, through the
 * reminder queue (their `offers` preference, quiet hours, one-click unsubscribe). Each item is
 * looked at once, claimed by a primary key in the transaction that queues its mails, so several
 * instances never mail twice; the publisher never learns who was told. */
@Injectable()
export class GroupOfferMailJob {
  constructor(
    private readonly repo: GroupOffersRepository,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @PeriodicJob('group-offer-mail', 5 * 60_000)
  async tick(): Promise<{ items: number; mails: number }> {
    return this.run();
  }

  /** Looks at the items published since the last run; returns how many items and mails. */
  async run(now = this.clock.now()): Promise<{ items: number; mails: number }> {
    let items = 0;
    let mails = 0;
    // Work time, not business time: the budget keeps one run from holding the schedule.
    const started = performance.now();
    for (;;) {
      const batch = await this.repo.unchecked(LOOK_BACK_DAYS, BATCH);
      const done = await this.checkAll(batch, now);
      items += done.items;
      mails += done.mails;
      if (batch.length < BATCH || performance.now() - started > RUN_BUDGET_MS) return { items, mails };
    }
  }

  private async checkAll(itemIds: string[], now: Date): Promise<{ items: number; mails: number }> {
    const today = amsterdamDate(now);
    let items = 0;
    let mails = 0;
    for (const itemId of itemIds) {
      mails += await this.repo.transaction(async (m) => {
        if (!(await this.repo.claim(m, itemId, now))) return 0;
        items++;
        const item = await this.repo.item(m, itemId);
        if (!item) return 0;
        const recipients = await this.repo.recipients(m, itemId, today);
        const queued = await this.notifications.remindEach(m, recipients, now, (r) => ({
          idempotencyKey: `group-offer:${itemId}:${r.organisation_id}:${r.email}`, kind: 'offers',
          mail: groupOfferMail(r.locale, {
            name: r.name, organisation: r.organisation, region: r.region, aspects: r.aspects, item,
            url: `${this.config.publicUrl}/catalogus/${itemId}`,
          }),
        }));
        await this.repo.recordCount(m, itemId, new Set(recipients.map((r) => r.organisation_id)).size);
        return queued;
      });
    }
    return { items, mails };
  }
}
