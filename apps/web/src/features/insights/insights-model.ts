import type { DemandCellDto, DemandResponse, FunnelMonth, FunnelResponse, HiddenReason } from '@groeiwijzer/contracts';
import { type AspectKey, isAspectKey, isRegionKey, isSectorCode, SIZE_CLASSES, type SizeClass } from '@groeiwijzer/domain';

/** The filters of the insights page, as the API names them; kept in the address bar. */
export interface DemandFilters {
  region?: string;
  sector?: string;
  sizeClass?: string;
  period?: string;
}

/** Only known values survive: an edited address cannot send nonsense to the API. */
export function filtersFrom(params: URLSearchParams): DemandFilters {
  const region = params.get('region') ?? '';
  const sector = params.get('sector') ?? '';
  const sizeClass = params.get('sizeClass') ?? '';
  const period = params.get('period') ?? '';
  return {
    ...(isRegionKey(region) ? { region } : {}),
    ...(isSectorCode(sector) ? { sector } : {}),
    ...((SIZE_CLASSES as readonly string[]).includes(sizeClass) ? { sizeClass } : {}),
    ...(/^\d{4}-Q[1-4]$/.test(period) ? { period } : {}),
  };
}

export function demandQueryString(filters: DemandFilters): string {
  const params = new URLSearchParams();
  for (const key of ['region', 'sector', 'sizeClass', 'period'] as const) if (filters[key]) params.set(key, filters[key] as string);
  return params.toString();
}

export type HeatLevel = 'low' | 'mid' | 'fair' | 'good';

/** Colour band of a mean on the 1–5 scale (the legend says the same in words). */
export function heatLevel(mean: number | undefined): HeatLevel | null {
  if (typeof mean !== 'number') return null;
  if (mean < 2.5) return 'low';
  if (mean < 3) return 'mid';
  if (mean < 3.5) return 'fair';
  return 'good';
}

export interface HeatRow {
  region: string | null;
  sector: string | null;
  cell: DemandCellDto | null;
  reason: HiddenReason | null;
}

/**
 * The rows of the heat map: without a region filter, one per region (its total over all sectors,
 * the country last when it is there); with one, the region's total and then every sector that
 * has data, shown or hidden (sectors without any data are left out of the table).
 */
export function heatRows(demand: DemandResponse, filters: Pick<DemandFilters, 'region' | 'sector'>): HeatRow[] {
  const rows: HeatRow[] = [];
  const regionFilter = filters.region;
  // With a sector filter every row is of that sector; without one, a region's row is its total.
  const wanted = (region: string | null, sector: string | null) => (regionFilter ? region === regionFilter : !!filters.sector || sector === null);
  for (const cell of demand.cells) if (wanted(cell.region, cell.sector)) rows.push({ region: cell.region, sector: cell.sector, cell, reason: null });
  for (const hidden of demand.suppressed) {
    if (!wanted(hidden.region, hidden.sector)) continue;
    if (hidden.reason === 'no_data' && regionFilter && hidden.sector !== null) continue;
    rows.push({ region: hidden.region, sector: hidden.sector, cell: null, reason: hidden.reason });
  }
  const order = (r: HeatRow) => `${r.region === null ? '~' : r.region}|${r.sector === null ? '' : r.sector}`;
  return rows.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** Gaps of at least the threshold with no eligible offer at all. */
export function gapsWithoutOffer(demand: DemandResponse): number {
  return demand.gaps.filter((g) => g.publishedOffers === 0).length;
}

/** The new-item form, filled in with what the gap (or an unmet search) is about; with one kind
 * the form of that kind opens at once. */
export function offerLink(
  publisherId: string,
  gap: { aspect?: string | null; region: string; sector?: string | null; sizeClass?: string | null; kind?: string | null },
): string {
  const params = new URLSearchParams();
  if (gap.kind) params.set('kind', gap.kind);
  if (gap.aspect) params.set('aspect', gap.aspect);
  params.set('region', gap.region);
  if (gap.sector) params.set('sector', gap.sector);
  if (gap.sizeClass) params.set('sizeClass', gap.sizeClass);
  return `/uitgever/${encodeURIComponent(publisherId)}/items/nieuw?${params}`;
}

export type FunnelCounts = Omit<FunnelMonth, 'month'>;

/** The funnel per month, newest first: of one item, or summed over all (`itemId` null). Months
 * without any count are left out. */
export function funnelByMonth(funnel: FunnelResponse, itemId: string | null): FunnelMonth[] {
  const byMonth = new Map<string, FunnelMonth>();
  for (const item of funnel.items) {
    if (itemId && item.id !== itemId) continue;
    for (const m of item.months) {
      const sum = byMonth.get(m.month) ?? { month: m.month, views: 0, contactClicks: 0, websiteClicks: 0, planAdds: 0, referrals: 0, feedback: 0 };
      for (const k of FUNNEL_COLUMNS) sum[k] += m[k];
      byMonth.set(m.month, sum);
    }
  }
  return [...byMonth.values()].filter((m) => FUNNEL_COLUMNS.some((k) => m[k] > 0)).sort((a, b) => (a.month < b.month ? 1 : -1));
}

export const FUNNEL_COLUMNS = ['views', 'contactClicks', 'websiteClicks', 'planAdds', 'referrals', 'feedback'] as const;

/** What a prefilled new-item address may carry: checked values only. */
export function prefillFrom(params: URLSearchParams): { aspects: AspectKey[]; regions: string[]; sectors: string[]; sizeClasses: SizeClass[] } {
  const aspect = params.get('aspect');
  const region = params.get('region');
  const sector = params.get('sector');
  const sizeClass = params.get('sizeClass');
  return {
    aspects: isAspectKey(aspect) ? [aspect] : [],
    regions: isRegionKey(region) ? [region] : [],
    sectors: isSectorCode(sector) ? [sector] : [],
    sizeClasses: sizeClass && (SIZE_CLASSES as readonly string[]).includes(sizeClass) ? [sizeClass as SizeClass] : [],
  };
}
