import { type ItemKind } from '@groeiwijzer/contracts';
import { ASPECT_KEYS, NATIONWIDE, REGIONS, SECTORS, SIZE_CLASSES } from '@groeiwijzer/domain';
import { type Facets, type IndexedItem, type IndexFilters } from './index-types';
import { grow } from './postings';

/** How the catalogue index keeps what the filters and facets of an item need: a record of 8
 * numbers per slot (bit masks and day numbers), and its facet values as "combinations" that a
 * search counts once per match and spreads over their values at the end. */

export const KINDS: readonly ItemKind[] = ['scheme', 'training', 'coach'];
export const emptyFacets = (): Facets => ({ kind: {}, region: {}, aspect: {}, sector: {}, sizeClass: {} });
const REGION_KEYS = [...REGIONS.map((r) => r.key), NATIONWIDE];
const SECTOR_CODES = SECTORS.map((s) => s.code);
const OPEN_SECTOR = 31;
const OPEN_SIZE = 7;
// Facet values as small numbers: kind, region, sector (32 places, the last for open to all), size (8, the last for all), aspect.
const FACET_REGION = 3;
const FACET_SECTOR = FACET_REGION + 40;
const FACET_SIZE = FACET_SECTOR + 32;
const FACET_ASPECT = FACET_SIZE + 8;
const FACETS = FACET_ASPECT + 8;
// The record of a slot: flags (alive, kind, regions 33–40, sizes, aspects), regions 1–32,
// sectors, valid from, valid until, and its three facet combinations.
export const REC = 8;
export const REC_FLAGS = 0;
export const REC_REGIONS = 1;
export const REC_SECTORS = 2;
export const REC_FROM = 3;
export const REC_UNTIL = 4;
export const REC_COMBOS = 5;
export const ALIVE = 1;
export const KIND_SHIFT = 1;
const REGIONS_HIGH_SHIFT = 3;
const SIZE_SHIFT = 8;
const ASPECT_SHIFT = 16;

/** What the filters test in a record: -1 or 0 where a filter is not set. */
export interface RecordFilter {
  kind: number;
  regionLow: number;
  regionHighFlags: number;
  sectorMask: number;
  sizeFlags: number;
  aspectFlags: number;
  /** The same tests for the region, sector and size an item names itself (not as nationwide or
   * for all): such items rank higher (SPECIFIC_FILTER_BOOST); 0 where not filtered, or the
   * region filter is nationwide itself. */
  specific: { regionLow: number; regionHighFlags: number; sectorMask: number; sizeFlags: number };
}
/** Disjunctive facets: the filters by facet, and the record field of the facet combination that
 * holds each facet's values (kind, size and aspects share one; regions; sectors). */
export const FILTERED_FACETS = ['kind', 'region', 'sector', 'sizeClass', 'aspect'] as const;
export const F_KIND = 0;
export const F_REGION = 1;
export const F_SECTOR = 2;
export const F_SIZE = 3;
export const F_ASPECT = 4;
export const FACET_COMBO = [REC_COMBOS, REC_COMBOS + 1, REC_COMBOS + 2, REC_COMBOS, REC_COMBOS];

if (REGION_KEYS.length > 40 || SECTOR_CODES.length > 31 || SIZE_CLASSES.length > 7 || ASPECT_KEYS.length > 8) {
  throw new Error('catalogue index: a reference list outgrew its bit mask');
}

/** Bits of `values` by their place in `keys` (unknown values are left out). */
function mask(values: readonly string[], keys: readonly string[]): number {
  let m = 0;
  for (const v of values) {
    const i = keys.indexOf(v);
    if (i >= 0) m |= 1 << i;
  }
  return m >>> 0;
}

/** YYYY-MM-DD as a number that orders like the date. */
export const dayNumber = (d: string) => Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
const NEVER_BEFORE = 0;
const NEVER_AFTER = 99_999_999;

/** True when the record at `d` is alive and valid on `day`. */
export function visible(rec: Int32Array, d: number, day: number): boolean {
  const r = d * REC;
  return (rec[r + REC_FLAGS] & ALIVE) !== 0 && rec[r + REC_FROM] <= day && rec[r + REC_UNTIL] >= day;
}

/** The combinations a search counted, each once, in the order first counted: a list that keeps
 * its room from search to search (a new array each time grew by copying to thousands of numbers,
 * most of what a search allocated in the index). */
export class UsedCombos {
  ids = new Int32Array(1024);
  n = 0;

  push(id: number): void {
    if (this.n === this.ids.length) this.ids = grow(this.ids, this.n * 2);
    this.ids[this.n++] = id;
  }

  /** Sets each counted combination's count in `counts` back to 0, and forgets them. */
  clear(counts: Int32Array): void {
    for (let u = 0; u < this.n; u++) counts[this.ids[u]] = 0;
    this.n = 0;
  }
}

/** The facet combinations of the index's items: each distinct set of facet values once, their
 * values side by side in one array (`offsets` says where each combination's values start). */
export class FacetCombos {
  private readonly ids = new Map<string, number>();
  private offsets = new Int32Array(1025);
  private flat = new Int32Array(4096);
  private count = 0;

  get size(): number {
    return this.count;
  }

  id(values: number[]): number {
    const sorted = values.slice().sort((a, b) => a - b);
    const key = sorted.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.count++;
      this.ids.set(key, id);
      if (this.count + 1 > this.offsets.length) this.offsets = grow(this.offsets, this.offsets.length * 2);
      const at = this.offsets[id];
      if (at + sorted.length > this.flat.length) this.flat = grow(this.flat, Math.max(this.flat.length * 2, at + sorted.length));
      this.flat.set(sorted, at);
      this.offsets[id + 1] = at + sorted.length;
    }
    return id;
  }

  /** A vector of every facet value's count, zero. */
  static vector(): Int32Array {
    return new Int32Array(FACETS);
  }

  /** Adds the counted combinations (`used`: the ones counted in `counts`) to `into`, value by
   * value, and sets their counts back to 0 for the next search. */
  take(into: Int32Array, counts: Int32Array, used: UsedCombos): void {
    const { offsets, flat } = this;
    for (let u = 0; u < used.n; u++) {
      const k = used.ids[u];
      const n = counts[k];
      for (let v = offsets[k], end = offsets[k + 1]; v < end; v++) into[flat[v]] += n;
    }
    used.clear(counts);
  }

  /** A vector of counts in the response's shape: the same rule as facetsFromCounts. */
  static facets(c: Int32Array): Facets {
    const facets = emptyFacets();
    KINDS.forEach((kind, i) => {
      if (c[i]) facets.kind[kind] = c[i];
    });
    const nationwide = c[FACET_REGION + REGION_KEYS.length - 1];
    REGION_KEYS.forEach((key, i) => {
      const n = c[FACET_REGION + i] + (key === NATIONWIDE ? 0 : nationwide);
      if (n) facets.region[key] = n;
    });
    const allSectors = c[FACET_SECTOR + OPEN_SECTOR];
    SECTOR_CODES.forEach((code, i) => {
      const n = c[FACET_SECTOR + i] + allSectors;
      if (n) facets.sector[code] = n;
    });
    const allSizes = c[FACET_SIZE + OPEN_SIZE];
    SIZE_CLASSES.forEach((size, i) => {
      const n = c[FACET_SIZE + i] + allSizes;
      if (n) facets.sizeClass[size] = n;
    });
    ASPECT_KEYS.forEach((aspect, i) => {
      if (c[FACET_ASPECT + i]) facets.aspect[aspect] = c[FACET_ASPECT + i];
    });
    return facets;
  }
}

/** Writes the item's record into `rec` at `slot`. */
export function writeRecord(rec: Int32Array, slot: number, item: IndexedItem, combos: FacetCombos): void {
  const kind = Math.max(0, KINDS.indexOf(item.kind));
  const regionBits = item.regions.map((r) => REGION_KEYS.indexOf(r)).filter((i) => i >= 0);
  const regionsLow = regionBits.filter((i) => i < 32).reduce((m, i) => m | (1 << i), 0);
  const regionsHigh = regionBits.filter((i) => i >= 32).reduce((m, i) => m | (1 << (i - 32)), 0);
  const sectors = item.sectors.length ? mask(item.sectors, SECTOR_CODES) : (1 << OPEN_SECTOR) >>> 0;
  const sizes = item.sizeClasses.length ? mask(item.sizeClasses, SIZE_CLASSES) : 1 << OPEN_SIZE;
  const aspects = mask(item.aspects, ASPECT_KEYS);
  const bitsOf = (bits: number, offset: number) => Array.from({ length: 32 }, (_, b) => b).filter((b) => (bits >>> b) & 1).map((b) => offset + b);
  const r = slot * REC;
  rec[r + REC_FLAGS] = ALIVE | (kind << KIND_SHIFT) | (regionsHigh << REGIONS_HIGH_SHIFT) | (sizes << SIZE_SHIFT) | (aspects << ASPECT_SHIFT);
  rec[r + REC_REGIONS] = regionsLow;
  rec[r + REC_SECTORS] = sectors;
  rec[r + REC_FROM] = item.validFrom ? dayNumber(item.validFrom) : NEVER_BEFORE;
  rec[r + REC_UNTIL] = item.validUntil ? dayNumber(item.validUntil) : NEVER_AFTER;
  rec[r + REC_COMBOS] = combos.id([kind, ...bitsOf(sizes, FACET_SIZE), ...bitsOf(aspects, FACET_ASPECT)]);
  rec[r + REC_COMBOS + 1] = combos.id(regionBits.map((b) => FACET_REGION + b));
  rec[r + REC_COMBOS + 2] = combos.id(bitsOf(sectors, FACET_SECTOR));
}

/** The search's filters as a record filter: `null` when a filter names a value no item can have
 * (the search finds nothing); `filter: null` when no filter is set. `key` names the set, and
 * `active` says per FILTERED_FACETS entry whether that facet is filtered. */
export function recordFilterOf(filters: IndexFilters): { filter: RecordFilter | null; key: string; active: boolean[] } | null {
  const wantKind = filters.kind ? KINDS.indexOf(filters.kind) : -1;
  let regionLow = 0;
  let regionHigh = 0;
  if (filters.region) {
    for (const key of filters.region === NATIONWIDE ? [NATIONWIDE] : [filters.region, NATIONWIDE]) {
      const i = REGION_KEYS.indexOf(key);
      if (i < 0) return null;
      if (i < 32) regionLow |= 1 << i;
      else regionHigh |= 1 << (i - 32);
    }
  }
  const sectorMask = filters.sector ? (mask([filters.sector], SECTOR_CODES) | (1 << OPEN_SECTOR)) >>> 0 : 0;
  const sizeMask = filters.sizeClass ? mask([filters.sizeClass], SIZE_CLASSES) | (1 << OPEN_SIZE) : 0;
  const aspectMask = filters.aspect ? mask([filters.aspect], ASPECT_KEYS) : 0;
  if ((filters.aspect && !aspectMask) || (filters.sector && sectorMask === (1 << OPEN_SECTOR) >>> 0) || (filters.sizeClass && sizeMask === 1 << OPEN_SIZE)) {
    return null;
  }
  const active = [wantKind >= 0, regionLow !== 0 || regionHigh !== 0, sectorMask !== 0, sizeMask !== 0, aspectMask !== 0];
  const nationwide = REGION_KEYS.indexOf(NATIONWIDE);
  const specific = {
    regionLow: filters.region === NATIONWIDE ? 0 : regionLow & ~(nationwide < 32 ? 1 << nationwide : 0),
    regionHighFlags: filters.region === NATIONWIDE ? 0 : (regionHigh & ~(nationwide >= 32 ? 1 << (nationwide - 32) : 0)) << REGIONS_HIGH_SHIFT,
    sectorMask: (sectorMask & ~(1 << OPEN_SECTOR)) >>> 0,
    sizeFlags: (sizeMask & ~(1 << OPEN_SIZE)) << SIZE_SHIFT,
  };
  const filter: RecordFilter | null = active.some(Boolean)
    ? { kind: wantKind, regionLow, regionHighFlags: regionHigh << REGIONS_HIGH_SHIFT, sectorMask, sizeFlags: sizeMask << SIZE_SHIFT, aspectFlags: aspectMask << ASPECT_SHIFT, specific }
    : null;
  return { filter, key: `${wantKind},${regionLow},${regionHigh},${sectorMask},${sizeMask},${aspectMask}`, active };
}
