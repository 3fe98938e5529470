import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { amsterdamDate, Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { returningRows } from '../database/returning';
import { NotificationsService } from '../notifications/notifications.service';
import { coachShortages } from '../matching/matching.repository';
import { demandDigestMail, staleItemsMail } from './publisher-mail';
import { PeriodicJob } from '../metrics/job-metrics';

/** ISO week of a YYYY-MM-DD day, e.g. `2026-W48`. */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

interface Member { email: string; name: string; locale: 'nl' | 'en' }

/** Reminders for publishers: items not verified for 12 months (again after 30 days while still
 * stale), and a weekly digest of demand in their regions. Safe with several instances: stale
 * items are claimed with a conditional UPDATE, the weekly digest with a primary key. */
@Injectable()
export class PublisherRemindersJob {
  private readonly logger = new Logger('PublisherReminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  @PeriodicJob('publisher-reminders', 60 * 60_000)
  async tick(): Promise<void> {
    try {
      const stale = await this.remindStale();
      const digests = await this.sendDigests();
      if (stale || digests) this.logger.log({ msg: 'publisher reminders queued', stale, digests });
    } catch (error) {
      this.logger.error({ msg: 'publisher reminders failed', error: String(error) });
    }
  }

  private members(publisherId: string, m = this.db.manager): Promise<Member[]> {
    return m.query(
      `SELECT u.email, u.name, u.locale FROM publisher_members pm JOIN users u ON u.id = pm.user_id WHERE pm.publisher_id = $1 ORDER BY u.email`,
      [publisherId],
    );
  }

  /** Returns how many reminders were queued. */
  async remindStale(now = this.clock.now()): Promise<number> {
    const day = amsterdamDate(now);
    const publishers: { publisher_id: string }[] = await this.db.query(
      `SELECT DISTINCT publisher_id FROM catalogue_items
        WHERE status = 'published' AND verified_on < $1::date - interval '12 months'
          AND (verification_reminded_on IS NULL OR verification_reminded_on <= $1::date - interval '30 days')`,
      [day],
    );
    let queued = 0;
    for (const { publisher_id: publisherId } of publishers) {
      await this.db.transaction(async (m) => {
        const items = returningRows<{ title: string }>(await m.query(
          `UPDATE catalogue_items SET verification_reminded_on = $2
            WHERE publisher_id = $1 AND status = 'published' AND verified_on < $2::date - interval '12 months'
              AND (verification_reminded_on IS NULL OR verification_reminded_on <= $2::date - interval '30 days')
            RETURNING title`,
          [publisherId, day],
        ));
        if (!items.length) return;
        const [{ name: publisher }] = await m.query(`SELECT name FROM publishers WHERE id = $1`, [publisherId]);
        const url = `${this.config.publicUrl}/uitgever/${publisherId}?status=needsVerification`;
        for (const member of await this.members(publisherId, m)) {
          const ok = await this.notifications.enqueueReminder(m, {
            idempotencyKey: `publisher-stale:${publisherId}:${member.email}:${day}`,
            kind: 'publisher', to: member.email, locale: member.locale,
            mail: staleItemsMail(member.locale, member.name, publisher, items.map((i) => i.title).sort(), url),
          }, now);
          if (ok) queued++;
        }
      });
    }
    return queued;
  }

  /** Once per ISO week per approved publisher: searches of the past 7 days in its regions (or
   * without a region filter), the most frequent and those that found nothing; and regions of its
   * where companies found no coach with room. */
  async sendDigests(now = this.clock.now()): Promise<number> {
    const day = amsterdamDate(now);
    const week = isoWeek(day);
    const publishers: { id: string; name: string; regions: string[] }[] = await this.db.query(
      `SELECT p.id, p.name, p.regions FROM publishers p
        WHERE p.status = 'approved' AND NOT EXISTS (SELECT 1 FROM publisher_digests d WHERE d.publisher_id = p.id AND d.week = $1)`,
      [week],
    );
    let queued = 0;
    for (const p of publishers) {
      await this.db.transaction(async (m) => {
        const claimed = returningRows(await m.query(
          `INSERT INTO publisher_digests (publisher_id, week) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING week`, [p.id, week]));
        if (!claimed.length) return;
        const rows: { q: string; count: number; unmet: number }[] = await m.query(
          `SELECT q, count(*)::int AS count, count(*) FILTER (WHERE result_count = 0)::int AS unmet FROM search_log
            WHERE searched_on > $1::date - 7 AND searched_on <= $1::date AND q <> ''
              AND (NOT filters ? 'region' OR filters->>'region' = ANY($2) OR filters->>'region' = 'landelijk')
            GROUP BY q`,
          [day, p.regions],
        );
        // Where owners found no coach with room (the recommendations record it), per region.
        const shortages = await coachShortages(m, p.regions, day);
        if (!rows.length && !shortages.length) return;
        const digest = {
          shortages,
          searches: rows.reduce((n, r) => n + r.count, 0),
          top: [...rows].sort((a, b) => b.count - a.count || a.q.localeCompare(b.q)).slice(0, 5).map((r) => ({ q: r.q, count: r.count })),
          unmet: rows.filter((r) => r.unmet > 0).sort((a, b) => b.unmet - a.unmet || a.q.localeCompare(b.q)).slice(0, 5).map((r) => ({ q: r.q, count: r.unmet })),
        };
        const url = `${this.config.publicUrl}/uitgever/${p.id}`;
        for (const member of await this.members(p.id, m)) {
          const ok = await this.notifications.enqueueReminder(m, {
            idempotencyKey: `publisher-digest:${p.id}:${week}:${member.email}`,
            kind: 'publisher', to: member.email, locale: member.locale,
            mail: demandDigestMail(member.locale, member.name, p.name, digest, url),
          }, now);
          if (ok) queued++;
        }
      });
    }
    return queued;
  }
}
