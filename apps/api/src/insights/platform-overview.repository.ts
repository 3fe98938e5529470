import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { K_ORGANISATIONS } from '@groeiwijzer/domain';
import { DataSource } from 'typeorm';

export interface PlatformOverview {
  organisations: { total: number; withReadyRound: number };
  rounds: { open: number; ready: number; withheld: number };
  invitations: { sent: number; responded: number; responseRate: number | null };
  referrals: Record<string, number>;
  mail: Record<string, number>;
  searchesPerDay: { day: string; searches: number; unmet: number }[];
  /** Organisations with a ready round per region, from the protected grid (latest quarter):
   * regions whose figure is hidden there are left out, with the reason. */
  regions: ({ region: string; organisations: number } | { region: string; reason: string })[];
  threshold: number;
}

/** The admin's platform overview: counts only; anything regional comes from the protected grid. */
@Injectable()
export class PlatformOverviewRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overview(today: string): Promise<PlatformOverview> {
    const [[orgs], [rounds], [invitations], referrals, mail, searches, regions] = await Promise.all([
      this.db.query(`SELECT count(*)::int AS total,
                            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM scan_rounds r WHERE r.organisation_id = o.id AND r.status = 'closed'
                              AND r.results IS NOT NULL AND NOT (r.results->>'withheld')::boolean))::int AS ready
                       FROM organisations o`),
      this.db.query(`SELECT count(*) FILTER (WHERE status = 'open')::int AS open,
                            count(*) FILTER (WHERE status = 'closed' AND results IS NOT NULL AND NOT (results->>'withheld')::boolean)::int AS ready,
                            count(*) FILTER (WHERE status = 'closed' AND (results IS NULL OR (results->>'withheld')::boolean))::int AS withheld
                       FROM scan_rounds`),
      this.db.query(`SELECT count(*)::int AS sent, count(*) FILTER (WHERE responded)::int AS responded FROM scan_invitations`),
      this.db.query(`SELECT status, count(*)::int AS n FROM referrals GROUP BY status ORDER BY status`),
      this.db.query(`SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status ORDER BY status`),
      this.db.query(`SELECT searched_on::text AS day, count(*)::int AS searches, count(*) FILTER (WHERE result_count = 0)::int AS unmet
                       FROM search_log WHERE searched_on > $1::date - 30 AND searched_on <= $1::date GROUP BY searched_on ORDER BY searched_on`, [today]),
      this.db.query(`SELECT g.region, g.shown, g.reason, g.organisations FROM insights_grid g JOIN insights_state s ON g.quarter = s.quarters[array_length(s.quarters, 1)]
                      WHERE g.sector = '*' AND g.size_class = '*' AND g.region <> '*' ORDER BY g.region`),
    ]);
    return {
      organisations: { total: orgs.total, withReadyRound: orgs.ready },
      rounds,
      invitations: { sent: invitations.sent, responded: invitations.responded, responseRate: invitations.sent ? Math.round((invitations.responded / invitations.sent) * 100) / 100 : null },
      referrals: Object.fromEntries(referrals.map((r: { status: string; n: number }) => [r.status, r.n])),
      mail: Object.fromEntries(mail.map((r: { status: string; n: number }) => [r.status, r.n])),
      searchesPerDay: searches,
      regions: regions.map((r: { region: string; shown: boolean; reason: string; organisations: number }) =>
        r.shown ? { region: r.region, organisations: r.organisations } : { region: r.region, reason: r.reason }),
      threshold: K_ORGANISATIONS,
    };
  }
}
