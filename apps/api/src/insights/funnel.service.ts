import { Injectable } from '@nestjs/common';
import { type AuthContext } from '../auth/auth.types';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock } from '../common/time';
import { type FunnelQueryDto } from './dto/insights-query.dto';
import { FunnelRepository } from './funnel.repository';
import { type FunnelMonth, type FunnelResponse } from '@groeiwijzer/contracts';

@Injectable()
export class FunnelService {
  constructor(private readonly repo: FunnelRepository, private readonly clock: Clock) {}

  /** Views, clicks, plan adds, referrals and feedback per item and month: counts only, never who. */
  async funnel(auth: AuthContext, publisherId: string, query: FunnelQueryDto): Promise<FunnelResponse> {
    // Members only; to anyone else the publisher does not exist.
    if (!auth.publishers.some((p) => p.id === publisherId)) throw AppError.notFound();
    const today = this.clock.today();
    const to = query.to ?? today;
    const from = query.from ?? `${Number(to.slice(0, 4)) - 1}-${to.slice(5, 7)}-01`;
    if (from > to) throw new ValidationFailed([{ field: 'to', key: 'field_date_order', vars: { other: 'from' } }]);
    const [items, rows] = await Promise.all([this.repo.items(publisherId), this.repo.months(publisherId, from, to)]);
    const byItem = new Map<string, FunnelMonth[]>();
    for (const r of rows) {
      const list = byItem.get(r.item_id) ?? [];
      list.push({ month: r.month, views: r.views, contactClicks: r.contact_clicks, websiteClicks: r.website_clicks, planAdds: r.plan_adds, referrals: r.referrals, feedback: r.feedback });
      byItem.set(r.item_id, list);
    }
    return {
      from, to,
      items: items.map((item) => {
        const months = byItem.get(item.id) ?? [];
        const totals = { views: 0, contactClicks: 0, websiteClicks: 0, planAdds: 0, referrals: 0, feedback: 0 };
        for (const m of months) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += m[k];
        return { ...item, months, totals };
      }),
    };
  }

  async click(itemId: string, target: 'contact' | 'website'): Promise<void> {
    if (!(await this.repo.isPublished(itemId))) throw AppError.notFound();
    await this.repo.count(itemId, target === 'contact' ? 'contact_click' : 'website_click', this.clock.today());
  }
}
