import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { amsterdamDate, Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { InsightsService } from '../insights/insights.service';
import { NotificationsService } from '../notifications/notifications.service';
import { coachShortages } from '../matching/matching.repository';
import { demandDigestMail, staleItemsMail } from './publisher-mail';
import { claimEach, PeriodicJob } from '../platform/jobs';
import { PublisherRemindersRepository } from './publisher-reminders.repository';

/** ISO week of a YYYY-MM-DD day, e.g. `2026-W48`. */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Reminders for publishers: items not verified for 12 months (again after 30 days while still
 * stale), and a weekly digest of demand in their regions. Safe with several instances: stale
 * items are claimed with a conditional UPDATE, the weekly digest with a primary key. */
@Injectable()
export class PublisherRemindersJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly repo: PublisherRemindersRepository,
    private readonly insights: InsightsService,
  ) {}

  @PeriodicJob('publisher-reminders', 60 * 60_000)
  async tick(): Promise<{ stale: number; digests: number }> {
    return { stale: await this.remindStale(), digests: await this.sendDigests() };
  }

  /** Returns how many reminders were queued. */
  async remindStale(now = this.clock.now()): Promise<number> {
    const day = amsterdamDate(now);
    return claimEach(this.db, await this.repo.publishersWithStaleItems(day), async (m, publisherId) => {
      const titles = await this.repo.claimStaleItems(m, publisherId, day);
      if (!titles.length) return 0;
      const publisher = await this.repo.publisherName(m, publisherId);
      const url = `${this.config.publicUrl}/uitgever/${publisherId}?status=needsVerification`;
      return this.notifications.remindEach(m, await this.repo.members(publisherId, m), now, (member) => ({
        idempotencyKey: `publisher-stale:${publisherId}:${member.email}:${day}`, kind: 'publisher',
        mail: staleItemsMail(member.locale, member.name, publisher, titles.sort(), url),
      }));
    });
  }

  /** Once per ISO week per approved publisher: searches of the past 7 days in its regions (or
   * without a region filter), the most frequent and those that found nothing; regions of its
   * where companies found no coach with room; how its own offers did this month; and the largest
   * gaps and "gezamenlijke vraag" cards of its regions (the insights page's protected figures). */
  async sendDigests(now = this.clock.now()): Promise<number> {
    const day = amsterdamDate(now);
    const week = isoWeek(day);
    return claimEach(this.db, await this.repo.publishersWithoutDigest(week), async (m, p) => {
      if (!(await this.repo.claimDigest(m, p.id, week))) return 0;
      const rows = await this.repo.searchesInRegions(m, day, p.regions);
      // Where owners found no coach with room (the recommendations record it), per region.
      const shortages = await coachShortages(m, p.regions, day);
      const f = await this.repo.monthFunnel(m, p.id, day);
      const funnel = f.views || f.clicks || f.plan_adds || f.referrals
        ? { views: f.views, clicks: f.clicks, planAdds: f.plan_adds, referrals: f.referrals, topTitle: f.top_title }
        : null;
      const { gaps, pooling } = await this.insights.highlights(p.regions);
      if (!rows.length && !shortages.length && !funnel && !gaps.length && !pooling.length) return 0;
      const digest = {
        shortages,
        funnel,
        gaps: gaps.map((g) => ({ region: g.region, aspect: g.aspect, organisationsWeak: g.organisationsWeak, offers: g.publishedOffers })),
        pooling: pooling.length,
        searches: rows.reduce((n, r) => n + r.count, 0),
        top: [...rows].sort((a, b) => b.count - a.count || a.q.localeCompare(b.q)).slice(0, 5).map((r) => ({ q: r.q, count: r.count })),
        unmet: rows.filter((r) => r.unmet > 0).sort((a, b) => b.unmet - a.unmet || a.q.localeCompare(b.q)).slice(0, 5).map((r) => ({ q: r.q, count: r.unmet })),
      };
      const url = `${this.config.publicUrl}/uitgever/${p.id}${gaps.length || pooling.length ? '/inzichten' : ''}`;
      return this.notifications.remindEach(m, await this.repo.members(p.id, m), now, (member) => ({
        idempotencyKey: `publisher-digest:${p.id}:${week}:${member.email}`, kind: 'publisher',
        mail: demandDigestMail(member.locale, member.name, p.name, digest, url),
      }));
    });
  }
}
