import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  aspectsForSearch, type AspectKey, distinctSessionDays, foldText, K_ORGANISATIONS, type OrgSnapshot, protectDemandGrid, quarterEnd,
  quarterOf, quartersUntil, sizeClassFor, splitKey, MIN_SEARCH_SESSIONS,
} from '@groeiwijzer/domain';
import { amsterdamDate, Clock } from '../common/time';
import { isoWeek } from '../catalogue/publisher-reminders.job';
import { PeriodicJob } from '../platform/jobs';
import { type GridRow, InsightsRepository, type ReadyRoundRow, type UnmetRow } from './insights.repository';

/** Quarters kept in the grid: this one and the three before (a year of trend). */
export const QUARTERS = 4;
/** Unmet searches are read over this many days. */
export const UNMET_WINDOW_DAYS = 84;
/** Arbitrary but fixed: one refresh at a time across API instances. */
const REFRESH_LOCK = 727_016;

/** Each organisation as it counts at the end of each quarter: its latest ready round by then. */
export function snapshots(rows: ReadyRoundRow[], quarters: string[]): OrgSnapshot[][] {
  const byOrg = new Map<string, ReadyRoundRow[]>();
  for (const row of rows) {
    const list = byOrg.get(row.organisation_id);
    if (list) list.push(row);
    else byOrg.set(row.organisation_id, [row]);
  }
  return quarters.map((quarter) => {
    const end = quarterEnd(quarter);
    const out: OrgSnapshot[] = [];
    for (const [id, rounds] of byOrg) {
      const latest = rounds.filter((r) => r.closed_on <= end).at(-1);
      if (!latest) continue;
      out.push({
        id, version: latest.round_id, region: latest.region, sector: latest.sector, sizeClass: sizeClassFor(latest.employees),
        aspects: latest.aspects ?? {}, weakSpots: (latest.weak_spots ?? []) as AspectKey[],
      });
    }
    return out;
  });
}

/**
 * Materialises the demand signal: the protected grid of the last four quarters and the unmet
 * searches that passed the distinct session-days rule, in one transaction (readers see the old
 * or the new set, never a mix). Every hour, and once at start; `asOf` says when. Only one
 * instance refreshes at a time (advisory lock; a second one waits and then refreshes again).
 */
@Injectable()
export class InsightsRefreshJob implements OnApplicationBootstrap {
  constructor(private readonly repo: InsightsRepository, private readonly clock: Clock) {}

  onApplicationBootstrap(): void {
    void this.tick();
  }

  @PeriodicJob('insights-refresh', 60 * 60_000)
  async tick(): Promise<{ cells: number; ms: number }> {
    const started = performance.now();
    const cells = await this.refresh();
    return { cells, ms: Math.round(performance.now() - started) };
  }

  /** Returns the number of grid rows written. */
  async refresh(now = this.clock.now()): Promise<number> {
    const today = amsterdamDate(now);
    const quarters = quartersUntil(quarterOf(today), QUARTERS);
    return this.repo.transaction(async (m) => {
      await this.repo.lockForRefresh(m, REFRESH_LOCK);
      const rounds = await this.repo.readyRounds(m, today);
      const grids = protectDemandGrid(snapshots(rounds, quarters));
      const rows: GridRow[] = [];
      grids.forEach((grid, q) => {
        for (const [key, cell] of grid) {
          const [region, sector, sizeClass] = splitKey(key);
          rows.push(cell.shown
            ? { quarter: quarters[q], region, sector, size_class: sizeClass, shown: true, reason: null, organisations: cell.organisations,
                aspects: cell.aspects, weakest: cell.weakest, weak: cell.weak, base_quarter: quarters[cell.base] }
            : { quarter: quarters[q], region, sector, size_class: sizeClass, shown: false, reason: cell.reason, organisations: null,
                aspects: null, weakest: null, weak: null, base_quarter: null });
        }
      });
      const unmet = await this.unmet(m, today);
      // Recorded matching gaps per region and aspect, rounded down to a multiple of 5 (below 5: left out).
      const recorded: Record<string, number> = {};
      for (const g of await this.repo.recordedGaps(m)) {
        if (g.organisations >= K_ORGANISATIONS) recorded[`${g.region}|${g.aspect}`] = Math.floor(g.organisations / K_ORGANISATIONS) * K_ORGANISATIONS;
      }
      await this.repo.replace(m, now, today, quarters, rows, unmet, recorded);
      return rows.length;
    });
  }

  private async unmet(m: Parameters<InsightsRepository['unmetSearchPairs']>[0], today: string): Promise<UnmetRow[]> {
    const from = shiftDay(today, -UNMET_WINDOW_DAYS + 1);
    const pairs = await this.repo.unmetSearchPairs(m, from, today);
    const groups = new Map<string, typeof pairs>();
    for (const p of pairs) {
      const key = `${p.region}|${p.stem_key}`;
      const list = groups.get(key);
      if (list) list.push(p);
      else groups.set(key, [p]);
    }
    const out: UnmetRow[] = [];
    for (const list of groups.values()) {
      if (distinctSessionDays(list.map((p) => ({ session: p.session_key, day: p.day })), MIN_SEARCH_SESSIONS) < MIN_SEARCH_SESSIONS) continue;
      const weeks: Record<string, number> = {};
      const texts = new Map<string, number>();
      let total = 0;
      for (const p of list) {
        weeks[isoWeek(p.day)] = (weeks[isoWeek(p.day)] ?? 0) + p.searches;
        texts.set(p.q, (texts.get(p.q) ?? 0) + p.searches);
        total += p.searches;
      }
      // The text shown is the most frequent wording of the group (ties: alphabetical).
      const q = [...texts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      out.push({ region: list[0].region, stem_key: list[0].stem_key, q, total, weeks, aspects: aspectsForSearch(foldText(q)) });
    }
    return out;
  }
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
