import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';

export interface PublisherMemberAddress { email: string; name: string; locale: 'nl' | 'en' }

export interface SearchCount { q: string; count: number; unmet: number }

/** What the publisher's items did this month so far (the funnel's counters are monthly). */
export interface MonthFunnel { views: number; clicks: number; plan_adds: number; referrals: number; top_title: string | null }

/** The SQL of the publishers' reminders: stale items (claimed per day) and the weekly digest
 * (claimed per ISO week). */
@Injectable()
export class PublisherRemindersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  members(publisherId: string, m: EntityManager = this.db.manager): Promise<PublisherMemberAddress[]> {
    return m.query(
      `SELECT u.email, u.name, u.locale FROM publisher_members pm JOIN users u ON u.id = pm.user_id WHERE pm.publisher_id = $1 ORDER BY u.email`,
      [publisherId],
    );
  }

  /** Publishers with published items not verified for 12 months and not reminded in 30 days. */
  async publishersWithStaleItems(day: string): Promise<string[]> {
    const rows: { publisher_id: string }[] = await this.db.query(
      `SELECT DISTINCT publisher_id FROM catalogue_items
        WHERE status = 'published' AND verified_on < $1::date - interval '12 months'
          AND (verification_reminded_on IS NULL OR verification_reminded_on <= $1::date - interval '30 days')`,
      [day],
    );
    return rows.map((r) => r.publisher_id);
  }

  /** Claims today's reminder for the publisher's stale items; returns their titles. */
  async claimStaleItems(m: EntityManager, publisherId: string, day: string): Promise<string[]> {
    return returningRows<{ title: string }>(await m.query(
      `UPDATE catalogue_items SET verification_reminded_on = $2
        WHERE publisher_id = $1 AND status = 'published' AND verified_on < $2::date - interval '12 months'
          AND (verification_reminded_on IS NULL OR verification_reminded_on <= $2::date - interval '30 days')
        RETURNING title`,
      [publisherId, day],
    )).map((r) => r.title);
  }

  async publisherName(m: EntityManager, publisherId: string): Promise<string> {
    const [row] = await m.query(`SELECT name FROM publishers WHERE id = $1`, [publisherId]);
    return row?.name ?? '';
  }

  /** Approved publishers without this week's digest. */
  publishersWithoutDigest(week: string): Promise<{ id: string; name: string; regions: string[] }[]> {
    return this.db.query(
      `SELECT p.id, p.name, p.regions FROM publishers p
        WHERE p.status = 'approved' AND NOT EXISTS (SELECT 1 FROM publisher_digests d WHERE d.publisher_id = p.id AND d.week = $1)`,
      [week],
    );
  }

  async claimDigest(m: EntityManager, publisherId: string, week: string): Promise<boolean> {
    return returningRows(await m.query(
      `INSERT INTO publisher_digests (publisher_id, week) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING week`, [publisherId, week])).length > 0;
  }

  /** Searches of the 7 days up to `day` in these regions (or without a region, or nationwide). */
  searchesInRegions(m: EntityManager, day: string, regions: string[]): Promise<SearchCount[]> {
    return m.query(
      `SELECT q, count(*)::int AS count, count(*) FILTER (WHERE result_count = 0)::int AS unmet FROM search_log
        WHERE searched_on > $1::date - 7 AND searched_on <= $1::date AND q <> ''
          AND (NOT filters ? 'region' OR filters->>'region' = ANY($2) OR filters->>'region' = 'landelijk')
        GROUP BY q`,
      [day, regions],
    );
  }

  /** This calendar month up to `day`: views of and clicks on the publisher's items, plan steps
   * made from them, referrals to its coaches, and the most viewed item. No person in it. */
  async monthFunnel(m: EntityManager, publisherId: string, day: string): Promise<MonthFunnel> {
    const [row] = await m.query(
      `WITH items AS (SELECT id, title FROM catalogue_items WHERE publisher_id = $1),
            ev AS (SELECT e.item_id, sum(e.count) FILTER (WHERE e.kind = 'view') AS views,
                          sum(e.count) FILTER (WHERE e.kind IN ('contact_click', 'website_click')) AS clicks
                     FROM item_events e JOIN items i ON i.id = e.item_id
                    WHERE e.month = date_trunc('month', $2::date)::date GROUP BY e.item_id)
       SELECT coalesce((SELECT sum(views) FROM ev), 0)::int AS views,
              coalesce((SELECT sum(clicks) FROM ev), 0)::int AS clicks,
              (SELECT count(*) FROM plan_steps s JOIN items i ON i.id = s.item_id
                WHERE (s.created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN date_trunc('month', $2::date)::date AND $2::date)::int AS plan_adds,
              (SELECT count(*) FROM referrals r JOIN items i ON i.id = r.coach_item_id
                WHERE (r.requested_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN date_trunc('month', $2::date)::date AND $2::date)::int AS referrals,
              (SELECT i.title FROM ev JOIN items i ON i.id = ev.item_id WHERE ev.views > 0 ORDER BY ev.views DESC, i.title LIMIT 1) AS top_title`,
      [publisherId, day],
    );
    return row;
  }
}
