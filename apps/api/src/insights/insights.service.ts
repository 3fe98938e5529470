import { Injectable } from '@nestjs/common';
import { ASPECT_KEYS, type AspectKey, gapIndex, K_ORGANISATIONS, kindsForSearch, REGIONS, SECTORS, SIZE_CLASSES, TOTAL } from '@groeiwijzer/domain';
import { stringify } from 'csv-stringify/sync';
import { type AuthContext } from '../auth/auth.types';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock } from '../common/time';
import { type CsvTable, type DemandQueryDto } from './dto/insights-query.dto';
import { type GridRow, InsightsRepository } from './insights.repository';
import { type DemandCellDto, type DemandResponse, type GapDto, type PoolingDto, type SuppressedDto, type TrendDto } from '@groeiwijzer/contracts';

const ALL_REGIONS = REGIONS.map((r) => r.key);
const orNull = (v: string) => (v === TOTAL ? null : v);

/** Who may see which regions: admins every region and the country; a publisher's editors the
 * regions of their approved publishers (nationwide publishers: every region, not the country). */
export interface InsightsScope { regions: string[]; country: boolean }

type OfferCounts = Map<string, { scheme: number; training: number; coach: number }>;
/** Offer counts kept per sector, size class and day, for as long as the catalogue is unchanged. */
const OFFER_CACHE_SIZE = 200;
const ANSWER_CACHE_SIZE = 100;

@Injectable()
export class InsightsService {
  private readonly offerCache = new Map<string, { version: string; counts: Promise<OfferCounts> }>();
  /** Whole answers, keyed by everything they depend on: the grid's refresh, the catalogue's
   * version, the day, the caller's regions and the filters. Nothing else changes them. */
  private readonly answers = new Map<string, Promise<DemandResponse>>();

  constructor(private readonly repo: InsightsRepository, private readonly clock: Clock) {}

  /** Eligible published offers per `region|aspect` and kind, counted once per catalogue version
   * (a publish bumps it after commit, so a new offer counts from the next request on). */
  private async offerCounts(sector: string, sizeClass: string, version: string): Promise<OfferCounts> {
    const today = this.clock.today();
    const key = `${sector}|${sizeClass}|${today}`;
    const hit = this.offerCache.get(key);
    if (hit && hit.version === version) return hit.counts;
    const counts = this.repo.offers(ALL_REGIONS, sector, sizeClass, today).then((rows) => {
      const map: OfferCounts = new Map();
      for (const o of rows) {
        const entry = map.get(`${o.region}|${o.aspect}`) ?? { scheme: 0, training: 0, coach: 0 };
        entry[o.kind as 'scheme'] = o.offers;
        map.set(`${o.region}|${o.aspect}`, entry);
      }
      return map;
    });
    counts.catch(() => this.offerCache.delete(key));
    this.offerCache.delete(key);
    this.offerCache.set(key, { version, counts });
    if (this.offerCache.size > OFFER_CACHE_SIZE) this.offerCache.delete(this.offerCache.keys().next().value as string);
    return counts;
  }

  static scopeOf(auth: AuthContext, publisherRegions: string[]): InsightsScope {
    if (auth.user.isAdmin) return { regions: ALL_REGIONS, country: true };
    if (!publisherRegions.length) throw AppError.forbidden();
    return { regions: publisherRegions.includes('landelijk') ? ALL_REGIONS : publisherRegions.filter((r) => ALL_REGIONS.includes(r)), country: false };
  }

  async asOf(): Promise<string | null> {
    const state = await this.repo.state();
    return state ? new Date(state.asOf).toISOString() : null;
  }

  async demand(auth: AuthContext, query: DemandQueryDto): Promise<DemandResponse> {
    const ctx = await this.repo.context(auth.user.id);
    const scope = InsightsService.scopeOf(auth, ctx.regions);
    if (query.region && !scope.regions.includes(query.region)) throw AppError.forbidden();
    const regions = query.region ? [query.region] : scope.country ? [...scope.regions, TOTAL] : scope.regions;
    return this.answer(ctx, regions, query);
  }

  /** For the weekly digest of a publisher: the largest gaps of its regions in the latest quarter
   * (every sector and size class), protected exactly as on the insights page, and its "gezamenlijke
   * vraag" cards. */
  async highlights(publisherRegions: string[], limit = 3): Promise<{ gaps: GapDto[]; pooling: PoolingDto[] }> {
    const regions = publisherRegions.includes('landelijk') ? ALL_REGIONS : publisherRegions.filter((r) => ALL_REGIONS.includes(r));
    if (!regions.length) return { gaps: [], pooling: [] };
    const answer = await this.answer(await this.repo.context(null), regions, {});
    return { gaps: answer.gaps.filter((g) => g.band !== 'ample' && g.band !== 'adequate').slice(0, limit), pooling: answer.pooling };
  }

  private async answer(
    ctx: { asOf: Date | null; quarters: string[]; recordedGaps: Record<string, number>; version: string },
    regions: string[], query: DemandQueryDto,
  ): Promise<DemandResponse> {
    const empty: DemandResponse = { period: null, periods: [], asOf: null, threshold: K_ORGANISATIONS, cells: [], suppressed: [], gaps: [], pooling: [], unmetSearches: [], trend: [] };
    if (!ctx.asOf) return empty;
    const period = query.period ?? ctx.quarters[ctx.quarters.length - 1];
    if (!ctx.quarters.includes(period)) throw new ValidationFailed([{ field: 'period', key: 'field_choice', vars: {} }]);
    const key = [new Date(ctx.asOf).toISOString(), ctx.version, this.clock.today(), regions.join(','), query.sector, query.sizeClass, period].join('|');
    const hit = this.answers.get(key);
    if (hit) return hit;
    const answer = this.compute({ asOf: ctx.asOf, quarters: ctx.quarters, recordedGaps: ctx.recordedGaps, version: ctx.version }, regions, query, period);
    answer.catch(() => this.answers.delete(key));
    this.answers.set(key, answer);
    if (this.answers.size > ANSWER_CACHE_SIZE) this.answers.delete(this.answers.keys().next().value as string);
    return answer;
  }

  private async compute(
    state: { asOf: Date; quarters: string[]; recordedGaps: Record<string, number>; version: string },
    regions: string[], query: DemandQueryDto, period: string,
  ): Promise<DemandResponse> {
    const sector = query.sector ?? TOTAL;
    const sizeClass = query.sizeClass ?? TOTAL;
    const sectors = query.sector ? [query.sector] : [TOTAL, ...SECTORS.map((s) => s.code)];
    const [rows, sizeRows] = await Promise.all([
      this.repo.gridRows(state.quarters, regions, sectors, [sizeClass]),
      this.repo.gridRows([period], regions.filter((r) => r !== TOTAL), [sector], [...SIZE_CLASSES]),
    ]);
    const at = new Map(rows.map((r) => [`${r.quarter}|${r.region}|${r.sector}|${r.size_class}`, r]));
    const row = (quarter: string, region: string, s: string, z: string) => at.get(`${quarter}|${region}|${s}|${z}`);

    const cells: DemandCellDto[] = [];
    const suppressed: SuppressedDto[] = [];
    for (const region of regions) for (const s of sectors) {
      const r = row(period, region, s, sizeClass);
      const place = { region: orNull(region), sector: orNull(s), sizeClass: orNull(sizeClass) };
      if (r?.shown) cells.push({ ...place, ...figures(r, period) });
      else suppressed.push({ ...place, reason: r?.reason ?? 'no_data' });
    }

    const trend: TrendDto[] = [];
    for (const region of regions) for (const quarter of state.quarters) {
      const r = row(quarter, region, sector, sizeClass);
      const place = { period: quarter, region: orNull(region), sector: orNull(sector), sizeClass: orNull(sizeClass) };
      trend.push(r?.shown ? { ...place, ...figures(r, quarter) } : { ...place, reason: r?.reason ?? 'no_data' });
    }

    const offers = await this.offerCounts(sector, sizeClass, state.version);
    const { gaps, pooling } = this.gaps(regions.filter((r) => r !== TOTAL), period, sector, sizeClass, row, sizeRows, sectors, offers, state.recordedGaps);
    const unmet = await this.repo.unmetSearches([...regions, TOTAL], 50);
    return {
      period, periods: state.quarters, asOf: new Date(state.asOf).toISOString(), threshold: K_ORGANISATIONS,
      cells, suppressed, gaps, pooling, trend,
      unmetSearches: unmet.map((u) => ({
        q: u.q, count: u.total, region: orNull(u.region), aspects: u.aspects, kinds: kindsForSearch(u.q),
        weeks: Object.entries(u.weeks).sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, count]) => ({ week, count })),
      })),
    };
  }

  private gaps(
    regions: string[], period: string, sector: string, sizeClass: string,
    row: (q: string, region: string, s: string, z: string) => GridRow | undefined, sizeRows: GridRow[], sectors: string[],
    offerMap: OfferCounts, recorded: Record<string, number>,
  ): { gaps: GapDto[]; pooling: PoolingDto[] } {
    if (!regions.length) return { gaps: [], pooling: [] };
    const gaps: GapDto[] = [];
    const pooling: PoolingDto[] = [];
    for (const region of regions) {
      const cell = row(period, region, sector, sizeClass);
      if (!cell?.shown || !cell.weak) continue;
      for (const aspect of ASPECT_KEYS) {
        const weak = cell.weak[aspect];
        if (typeof weak !== 'number' || weak < K_ORGANISATIONS) continue;
        const byKind = offerMap.get(`${region}|${aspect}`) ?? { scheme: 0, training: 0, coach: 0 };
        const published = byKind.scheme + byKind.training + byKind.coach;
        const recordedCount = recorded[`${region}|${aspect}`] ?? 0;
        const { index, band } = gapIndex(weak, published);
        gaps.push({
          region, sector: orNull(sector), sizeClass: orNull(sizeClass), aspect, organisationsWeak: weak, publishedOffers: published, offersByKind: byKind,
          gapIndex: index, band, recordedGaps: recordedCount >= K_ORGANISATIONS ? Math.floor(recordedCount / K_ORGANISATIONS) * K_ORGANISATIONS : null,
        });
        if (published === 0) {
          // "Gezamenlijke vraag": which sectors and size classes hold at least 5 of them (shown cells only).
          const weakIn = (r: GridRow | undefined) => r?.shown && typeof r.weak?.[aspect] === 'number' && (r.weak[aspect] as number) >= K_ORGANISATIONS;
          pooling.push({
            region, aspect, organisations: weak,
            sectors: sector !== TOTAL ? [sector] : sectors.filter((s) => s !== TOTAL && weakIn(row(period, region, s, sizeClass))),
            sizeClasses: sizeClass !== TOTAL ? [sizeClass] : SIZE_CLASSES.filter((z) => weakIn(sizeRows.find((r) => r.region === region && r.size_class === z))),
          });
        }
      }
    }
    gaps.sort((a, b) => b.organisationsWeak / (b.publishedOffers + 1) - a.organisationsWeak / (a.publishedOffers + 1) || (a.region < b.region ? -1 : 1) || ASPECT_KEYS.indexOf(a.aspect) - ASPECT_KEYS.indexOf(b.aspect));
    return { gaps, pooling };
  }

  /** One table of the demand answer as CSV (the same protected figures; nothing more). */
  async csv(auth: AuthContext, query: DemandQueryDto, table: CsvTable): Promise<string> {
    const d = await this.demand(auth, query);
    const aspectCols = (a: Partial<Record<AspectKey, number>> | undefined) => ASPECT_KEYS.map((k) => a?.[k] ?? '');
    const tables: Record<CsvTable, () => unknown[][]> = {
      cells: () => [['period', 'region', 'sector', 'sizeClass', 'organisations', ...ASPECT_KEYS, 'weakest', 'figuresOf'],
        ...d.cells.map((c) => [d.period, c.region ?? '*', c.sector ?? '*', c.sizeClass ?? '*', c.organisations, ...aspectCols(c.aspects), c.weakest.join(' '), c.figuresOf ?? ''])],
      suppressed: () => [['period', 'region', 'sector', 'sizeClass', 'reason'], ...d.suppressed.map((s) => [d.period, s.region ?? '*', s.sector ?? '*', s.sizeClass ?? '*', s.reason])],
      gaps: () => [['region', 'sector', 'sizeClass', 'aspect', 'organisationsWeak', 'publishedOffers', 'schemes', 'trainings', 'coaches', 'gapIndex', 'band', 'recordedGaps'],
        ...d.gaps.map((g) => [g.region, g.sector ?? '*', g.sizeClass ?? '*', g.aspect, g.organisationsWeak, g.publishedOffers, g.offersByKind.scheme, g.offersByKind.training, g.offersByKind.coach, g.gapIndex ?? '', g.band ?? '', g.recordedGaps ?? ''])],
      pooling: () => [['region', 'aspect', 'organisations', 'sectors', 'sizeClasses'], ...d.pooling.map((p) => [p.region, p.aspect, p.organisations, p.sectors.join(' '), p.sizeClasses.join(' ')])],
      unmet: () => [['q', 'region', 'count', 'aspects', 'kinds', 'weeks'], ...d.unmetSearches.map((u) => [u.q, u.region ?? '*', u.count, u.aspects.join(' '), u.kinds.join(' '), u.weeks.map((w) => `${w.week}:${w.count}`).join(' ')])],
      trend: () => [['period', 'region', 'sector', 'sizeClass', 'organisations', ...ASPECT_KEYS, 'reason'],
        ...d.trend.map((t) => ['reason' in t
          ? [t.period, t.region ?? '*', t.sector ?? '*', t.sizeClass ?? '*', '', ...ASPECT_KEYS.map(() => ''), t.reason]
          : [t.period, t.region ?? '*', t.sector ?? '*', t.sizeClass ?? '*', t.organisations, ...aspectCols(t.aspects), '']][0])],
    };
    // A leading =, +, - or @ would be a formula in a spreadsheet: search texts are user input.
    const safe = tables[table]().map((r) => r.map((v) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
    return stringify(safe);
  }
}

function figures(r: GridRow, quarter: string): Omit<DemandCellDto, 'region' | 'sector' | 'sizeClass'> {
  return {
    organisations: r.organisations as number, aspects: r.aspects ?? {}, weakest: r.weakest ?? [],
    ...(r.base_quarter && r.base_quarter !== quarter ? { figuresOf: r.base_quarter } : {}),
  };
}
