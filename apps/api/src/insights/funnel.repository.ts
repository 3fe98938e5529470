import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface FunnelRow { item_id: string; month: string; views: number; contact_clicks: number; website_clicks: number; plan_adds: number; referrals: number; feedback: number }

/** The funnel of a publisher's items: counters kept here (views, clicks) and what the plan and
 * referral tables already hold (steps that name the item, referrals to a coach item, feedback). */
@Injectable()
export class FunnelRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async count(itemId: string, kind: 'view' | 'contact_click' | 'website_click', day: string): Promise<void> {
    await this.db.query(
      `INSERT INTO item_events (item_id, month, kind, count)
       SELECT id, date_trunc('month', $3::date)::date, $2, 1 FROM catalogue_items WHERE id = $1 AND status = 'published'
       ON CONFLICT (item_id, month, kind) DO UPDATE SET count = item_events.count + 1`,
      [itemId, kind, day],
    );
  }

  async isPublished(itemId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM catalogue_items WHERE id = $1 AND status = 'published'`, [itemId]);
    return rows.length > 0;
  }

  items(publisherId: string): Promise<{ id: string; title: string; kind: string; status: string }[]> {
    return this.db.query(`SELECT id, title, kind, status FROM catalogue_items WHERE publisher_id = $1 ORDER BY title, id`, [publisherId]);
  }

  months(publisherId: string, from: string, to: string): Promise<FunnelRow[]> {
    return this.db.query(
      `WITH items AS (SELECT id FROM catalogue_items WHERE publisher_id = $1),
       events AS (
         SELECT e.item_id, e.month, coalesce(sum(e.count) FILTER (WHERE kind = 'view'), 0) AS views,
                coalesce(sum(e.count) FILTER (WHERE kind = 'contact_click'), 0) AS contact_clicks,
                coalesce(sum(e.count) FILTER (WHERE kind = 'website_click'), 0) AS website_clicks,
                0 AS plan_adds, 0 AS referrals, 0 AS feedback
           FROM item_events e JOIN items i ON i.id = e.item_id
          WHERE e.month BETWEEN date_trunc('month', $2::date) AND $3::date GROUP BY e.item_id, e.month
         UNION ALL
         SELECT s.item_id, date_trunc('month', s.created_at AT TIME ZONE 'Europe/Amsterdam')::date, 0, 0, 0, count(*), 0, 0
           FROM plan_steps s JOIN items i ON i.id = s.item_id
          WHERE (s.created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date GROUP BY 1, 2
         UNION ALL
         SELECT r.coach_item_id, date_trunc('month', r.requested_at AT TIME ZONE 'Europe/Amsterdam')::date, 0, 0, 0, 0, count(*), 0
           FROM referrals r JOIN items i ON i.id = r.coach_item_id
          WHERE (r.requested_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date GROUP BY 1, 2
         UNION ALL
         SELECT r.coach_item_id, date_trunc('month', r.owner_feedback_at AT TIME ZONE 'Europe/Amsterdam')::date, 0, 0, 0, 0, 0, count(*)
           FROM referrals r JOIN items i ON i.id = r.coach_item_id
          WHERE r.owner_feedback_at IS NOT NULL AND (r.owner_feedback_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date GROUP BY 1, 2)
       SELECT item_id, to_char(month, 'YYYY-MM') AS month, sum(views)::int AS views, sum(contact_clicks)::int AS contact_clicks,
              sum(website_clicks)::int AS website_clicks, sum(plan_adds)::int AS plan_adds, sum(referrals)::int AS referrals, sum(feedback)::int AS feedback
         FROM events GROUP BY item_id, month ORDER BY item_id, month`,
      [publisherId, from, to],
    );
  }
}
