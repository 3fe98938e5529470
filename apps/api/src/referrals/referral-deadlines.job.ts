import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time';
import { ReferralMailer } from './referral-mailer';
import { ReferralsRepository } from './referrals.repository';
import { claimEach, PeriodicJob } from '../platform/jobs';

/**
 * The deadlines of unanswered requests (referral-deadlines.ts): after 5 Dutch working days one
 * reminder to the coach, after 10 the request lapses and the owner is told, with a link to send
 * it on in one click. Each step is claimed by a conditional UPDATE in the transaction that
 * queues its mail, so with several API processes it happens once.
 */
@Injectable()
export class ReferralDeadlinesJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly mailer: ReferralMailer,
    private readonly clock: Clock,
  ) {}

  @PeriodicJob('referral-deadlines', 5 * 60_000)
  tick(): Promise<{ reminded: number; lapsed: number }> {
    return this.run();
  }

  /** Returns how many reminders were queued and how many requests lapsed at `now`. */
  async run(now = this.clock.now()): Promise<{ reminded: number; lapsed: number }> {
    const reminded = await claimEach(this.db, await this.referrals.dueReminders(now), async (m, id) => {
      if (!(await this.referrals.claimReminder(m, id, now))) return 0;
      return (await this.mailer.coachReminder(m, (await this.referrals.find(id, m))!, now)) ? 1 : 0;
    });
    const lapsed = await claimEach(this.db, await this.referrals.dueLapses(now), async (m, id) => {
      if (!(await this.referrals.lapse(m, id, now))) return 0;
      await this.mailer.owners(m, (await this.referrals.find(id, m))!, 'lapsed');
      return 1;
    });
    return { reminded, lapsed };
  }
}
