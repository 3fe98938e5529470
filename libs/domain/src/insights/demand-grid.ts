import { ASPECT_KEYS, type AspectKey } from '../aspects';
import { roundTo } from '../scoring/round';
import { type CellKey, cellKey, type HiddenReason, K_ORGANISATIONS, type Members, protectSeries, TOTAL } from './suppression';
import { weakestAspects } from './weakest';

/** One organisation as it counts in a quarter: its latest round that closed with a ready report
 * (met its own respondent threshold) on or before the quarter's end. */
export interface OrgSnapshot {
  id: string;
  /** The round whose figures count; another round is another version of the organisation. */
  version: string;
  region: string;
  sector: string;
  sizeClass: string;
  aspects: Partial<Record<AspectKey, number>>;
  weakSpots: readonly AspectKey[];
}

/** Sums over a cell's organisations, enough for means, spreads and counts. */
export interface CellStats {
  n: number;
  sum: Record<AspectKey, number>;
  sumsq: Record<AspectKey, number>;
  /** Organisations with a score for the aspect. */
  scored: Record<AspectKey, number>;
}

export type DemandCell =
  | {
      shown: true;
      organisations: number;
      aspects: Partial<Record<AspectKey, number>>;
      weakest: AspectKey[];
      /** Organisations with the aspect as a weak spot; null where that count is protected. */
      weak: Partial<Record<AspectKey, number | null>>;
      /** Index of the quarter the figures come from (earlier than this one when too few changed). */
      base: number;
    }
  | { shown: false; reason: HiddenReason };

const zeros = (): Record<AspectKey, number> => Object.fromEntries(ASPECT_KEYS.map((a) => [a, 0])) as Record<AspectKey, number>;

/** The 8 cells an organisation falls in: its own and every margin above it. */
export function cellsOf(org: Pick<OrgSnapshot, 'region' | 'sector' | 'sizeClass'>): CellKey[] {
  const out: CellKey[] = [];
  for (const r of [org.region, TOTAL]) for (const s of [org.sector, TOTAL]) for (const z of [org.sizeClass, TOTAL]) out.push(cellKey(r, s, z));
  return out;
}

function add(map: Map<CellKey, Map<string, string>>, key: CellKey, org: OrgSnapshot): void {
  const m = map.get(key);
  if (m) m.set(org.id, org.version);
  else map.set(key, new Map([[org.id, org.version]]));
}

interface QuarterGrid {
  members: Map<CellKey, Map<string, string>>;
  weakMembers: Record<AspectKey, Map<CellKey, Map<string, string>>>;
  stats: Map<CellKey, CellStats>;
}

export function buildQuarter(orgs: readonly OrgSnapshot[]): QuarterGrid {
  const members = new Map<CellKey, Map<string, string>>();
  const weakMembers = Object.fromEntries(ASPECT_KEYS.map((a) => [a, new Map()])) as QuarterGrid['weakMembers'];
  const stats = new Map<CellKey, CellStats>();
  for (const org of orgs) {
    for (const key of cellsOf(org)) {
      add(members, key, org);
      for (const a of org.weakSpots) add(weakMembers[a], key, org);
      let s = stats.get(key);
      if (!s) stats.set(key, (s = { n: 0, sum: zeros(), sumsq: zeros(), scored: zeros() }));
      s.n++;
      for (const a of ASPECT_KEYS) {
        const v = org.aspects[a];
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        s.sum[a] += v;
        s.sumsq[a] += v * v;
        s.scored[a]++;
      }
    }
  }
  return { members, weakMembers, stats };
}

/** Mean and standard deviation per aspect; an aspect scored by fewer than k organisations has none. */
export function aspectSummary(s: CellStats, k = K_ORGANISATIONS): Partial<Record<AspectKey, { mean: number; sd: number; n: number }>> {
  const out: Partial<Record<AspectKey, { mean: number; sd: number; n: number }>> = {};
  for (const a of ASPECT_KEYS) {
    const n = s.scored[a];
    if (n < k) continue;
    const mean = s.sum[a] / n;
    const variance = Math.max(0, (s.sumsq[a] - n * mean * mean) / Math.max(1, n - 1));
    out[a] = { mean, sd: Math.sqrt(variance), n };
  }
  return out;
}

/**
 * The protected demand grid for a series of quarters (oldest first): every cell and margin, with
 * the figures that may be shown or why they are hidden. Counts of organisations weak on an aspect
 * are protected the same way, and are hidden wherever their cell is (they are shown as null,
 * without a reason).
 */
export function protectDemandGrid(quarters: ReadonlyArray<readonly OrgSnapshot[]>, k = K_ORGANISATIONS): Map<CellKey, DemandCell>[] {
  const grids = quarters.map((orgs) => buildQuarter(orgs));
  const main = protectSeries(grids.map((g) => g.members as ReadonlyMap<CellKey, Members>), k);
  const hiddenPerQuarter = main.map((cells) => new Set([...cells].filter(([, p]) => !p.shown).map(([key]) => key)));
  const weak = Object.fromEntries(
    ASPECT_KEYS.map((a) => [a, protectSeries(grids.map((g) => g.weakMembers[a] as ReadonlyMap<CellKey, Members>), k, hiddenPerQuarter, false)]),
  ) as Record<AspectKey, ReturnType<typeof protectSeries>>;
  return main.map((cells, q) => {
    const out = new Map<CellKey, DemandCell>();
    for (const [key, p] of cells) {
      if (!p.shown) {
        out.set(key, { shown: false, reason: p.reason });
        continue;
      }
      const stats = grids[p.base].stats.get(key) as CellStats;
      const summary = aspectSummary(stats, k);
      const weakCounts: Partial<Record<AspectKey, number | null>> = {};
      for (const a of ASPECT_KEYS) {
        const wp = weak[a][q].get(key);
        weakCounts[a] = wp?.shown ? (grids[wp.base].weakMembers[a].get(key)?.size ?? 0) : wp ? null : 0;
      }
      out.set(key, {
        shown: true,
        organisations: stats.n,
        aspects: Object.fromEntries(Object.entries(summary).map(([a, v]) => [a, roundTo(v.mean, 2)])),
        weakest: weakestAspects(summary),
        weak: weakCounts,
        base: p.base,
      });
    }
    return out;
  });
}
