import { NATIONWIDE, REGIONS, SECTORS, SIZE_CLASSES, ASPECT_KEYS } from '@groeiwijzer/domain';
import { type ItemKind, type SearchResponse } from '@groeiwijzer/contracts';
import { type HitSource } from '../hit.mapper';
import { SortedWords } from './sorted-words';
import { parseTsVector } from './tsvector';

/** A searchable item as the index keeps it: what a hit shows, what the filters test, and its
 * `tsvector` as PostgreSQL made it (so stems and weights are PostgreSQL's own). */
export interface IndexedItem extends HitSource {
  validFrom: string | null;
  publishedAt: number;
  vector: string;
}

/** One option of a query group: a lexeme, matched exactly or as a prefix. */
export interface QueryOption {
  lexeme: string;
  prefix: boolean;
}

/** What to match: every group must match, a group matches when one of its options does. An
 * empty plan matches every item; `null` matches none (every word of the query was a stop word). */
export type QueryPlan = QueryOption[][] | null;

export interface IndexFilters {
  kind?: ItemKind;
  region?: string;
  sector?: string;
  aspect?: string;
  sizeClass?: string;
}

export interface IndexResult {
  /** The page, best first. */
  hits: HitSource[];
  total: number;
  /** Counts per facet value, as the filters would find them: items open to all (nationwide,
   * every sector, every size) count under every value (see facetsFromCounts). Disjunctive: a
   * facet with a filter set counts the search with every filter but its own. */
  facets: SearchResponse['facets'];
}

const KINDS: readonly ItemKind[] = ['scheme', 'training', 'coach'];
const emptyFacets = (): SearchResponse['facets'] => ({ kind: {}, region: {}, aspect: {}, sector: {}, sizeClass: {} });
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
const REC = 8;
const REC_FLAGS = 0;
const REC_REGIONS = 1;
const REC_SECTORS = 2;
const REC_FROM = 3;
const REC_UNTIL = 4;
const REC_COMBOS = 5;
const ALIVE = 1;
const KIND_SHIFT = 1;
const REGIONS_HIGH_SHIFT = 3;
const SIZE_SHIFT = 8;
const ASPECT_SHIFT = 16;
// Merged group postings kept: at most this many groups (and the entries the index allows).
const GROUP_CACHE = 5000;
// Plans kept (see planEntry), and the best items each keeps in order.
const PLAN_CACHE = 5000;
const TOP_N = 100;
const FILTER_CACHE = 4;
const FILTERED_TOP = 30;
// The rank of a partial match: its tier (2 for every group matched, else the share of the
// query's rarity matched) times TIER, above any rank from word weights alone.
const TIER = 100;
/** Partial matches are searched only when fewer items than this match every word (see match). */
export const ENOUGH_FULL_MATCHES = 20;
const ENOUGH = ENOUGH_FULL_MATCHES;

/** What the filters test in a record: -1 or 0 where a filter is not set. */
interface RecordFilter {
  kind: number;
  regionLow: number;
  regionHighFlags: number;
  sectorMask: number;
  sizeFlags: number;
  aspectFlags: number;
}
const NO_FILTER: RecordFilter = { kind: -1, regionLow: 0, regionHighFlags: 0, sectorMask: 0, sizeFlags: 0, aspectFlags: 0 };
/** Disjunctive facets: the filters by facet, and the record field of the facet combination that
 * holds each facet's values (kind, size and aspects share one; regions; sectors). */
const FILTERED_FACETS = ['kind', 'region', 'sector', 'sizeClass', 'aspect'] as const;
const F_KIND = 0;
const F_REGION = 1;
const F_SECTOR = 2;
const F_SIZE = 3;
const F_ASPECT = 4;
const FACET_COMBO = [REC_COMBOS, REC_COMBOS + 1, REC_COMBOS + 2, REC_COMBOS, REC_COMBOS];

interface PlanEntry {
  docs: Int32Array;
  ranks: Float32Array;
  /** Facet counts of all the plan's items, and the best TOP_N: made when first asked for. */
  counts: IndexResult['facets'] | null;
  top: Int32Array | null;
  /** Per set of filters (the last FILTER_CACHE asked): the best FILTERED_TOP that pass, how
   * many pass and their facet counts, so the next page of a filtered search starts from here. */
  filtered?: Map<string, { slots: Int32Array; total: number; counts: IndexResult['facets'] }>;
}
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
const dayNumber = (d: string) => Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
const NEVER_BEFORE = 0;
const NEVER_AFTER = 99_999_999;

interface Posting {
  docs: Int32Array;
  weights: Float32Array;
  n: number;
}

function grow<T extends Int32Array | Float32Array | Float64Array | Uint32Array | Uint8Array>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/** The catalogue's searchable items in memory: an inverted index from lexeme to items with the
 * summed weights of their positions, and per item the values the filters and facets need as
 * bit masks. Answers a search in time proportional to the postings of its words, without a
 * database round trip. A changed item takes a new slot; its old slot is marked dead and skipped
 * (the owner rebuilds the index when too many are dead). Synchronous and single-threaded. */
export class CatalogueIndex {
  /** `cacheEntries`: how many items the group and plan caches may hold each (0: no caches). */
  constructor(private readonly options: { cacheEntries: number } = { cacheEntries: 8_000_000 }) {}

  private capacity = 1024;
  private size = 0;
  private dead = 0;
  /** Per slot, what the filters and facets read, side by side in one cache line (REC_* fields). */
  private rec = new Int32Array(this.capacity * REC);
  private published = new Float64Array(this.capacity);
  /** The first 13 hex digits of the id, which order like the id itself (ties fall back to the id). */
  private idKey = new Float64Array(this.capacity);
  /** Facet combinations (kind, size and aspects; regions; sectors): counting a combination once
   * per match and spreading it over its values at the end is three increments an item instead
   * of one per value. */
  private readonly comboIds = new Map<string, number>();
  private readonly comboValues: number[][] = [];
  private norm = new Float32Array(this.capacity);
  private stamp = new Int32Array(this.capacity);
  private score = new Float32Array(this.capacity);
  private matched = new Uint8Array(this.capacity);
  private cover = new Float32Array(this.capacity);
  private touched = new Int32Array(this.capacity);
  private stampBase = 0;
  private sources: HitSource[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  private readonly lexemeList = new SortedWords();
  private readonly groupCache = new Map<string, Posting>();
  private readonly planCache = new Map<string, PlanEntry>();
  private readonly expanded = new Map<string, string[]>();
  private planCacheEntries = 0;
  private comboScratch = new Int32Array(1024);
  /** The combinations counted in comboScratch by the last filtered search. */
  private usedCombos: number[] = [];
  /** Per filtered facet (FILTERED_FACETS), the combinations of the items that pass every filter
   * but that facet's own, counted by the last filtered search (disjunctive facets). */
  private nearScratch = FILTERED_FACETS.map(() => new Int32Array(1024));
  private nearCombos: number[][] = FILTERED_FACETS.map(() => []);
  private groupCacheEntries = 0;
  private mergeMark = new Uint8Array(this.capacity);
  private mergeScore = new Float32Array(this.capacity);
  private mergeDocs = new Int32Array(this.capacity);

  /** Items that can be found (alive slots). */
  get count(): number {
    return this.slotOf.size;
  }

  /** Slots that hold an older version of an item or a removed one. */
  get deadSlots(): number {
    return this.dead;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds an item, or replaces the version held. */
  upsert(item: IndexedItem): void {
    this.remove(item.id);
    this.clearGroups();
    if (this.size === this.capacity) this.resize(this.capacity * 2);
    const slot = this.size++;
    const kind = Math.max(0, KINDS.indexOf(item.kind));
    const regionBits = item.regions.map((r) => REGION_KEYS.indexOf(r)).filter((i) => i >= 0);
    const regionsLow = regionBits.filter((i) => i < 32).reduce((m, i) => m | (1 << i), 0);
    const regionsHigh = regionBits.filter((i) => i >= 32).reduce((m, i) => m | (1 << (i - 32)), 0);
    const sectors = item.sectors.length ? mask(item.sectors, SECTOR_CODES) : (1 << OPEN_SECTOR) >>> 0;
    const sizes = item.sizeClasses.length ? mask(item.sizeClasses, SIZE_CLASSES) : 1 << OPEN_SIZE;
    const aspects = mask(item.aspects, ASPECT_KEYS);
    const bitsOf = (bits: number, offset: number) => Array.from({ length: 32 }, (_, b) => b).filter((b) => (bits >>> b) & 1).map((b) => offset + b);
    const r = slot * REC;
    const rec = this.rec;
    rec[r + REC_FLAGS] = ALIVE | (kind << KIND_SHIFT) | (regionsHigh << REGIONS_HIGH_SHIFT) | (sizes << SIZE_SHIFT) | (aspects << ASPECT_SHIFT);
    rec[r + REC_REGIONS] = regionsLow;
    rec[r + REC_SECTORS] = sectors;
    rec[r + REC_FROM] = item.validFrom ? dayNumber(item.validFrom) : NEVER_BEFORE;
    rec[r + REC_UNTIL] = item.validUntil ? dayNumber(item.validUntil) : NEVER_AFTER;
    rec[r + REC_COMBOS] = this.combo([kind, ...bitsOf(sizes, FACET_SIZE), ...bitsOf(aspects, FACET_ASPECT)]);
    rec[r + REC_COMBOS + 1] = this.combo(regionBits.map((b) => FACET_REGION + b));
    rec[r + REC_COMBOS + 2] = this.combo(bitsOf(sectors, FACET_SECTOR));
    this.published[slot] = item.publishedAt;
    this.idKey[slot] = parseInt(item.id.replace(/-/g, '').slice(0, 13), 16) || 0;
    const vector = parseTsVector(item.vector);
    // ts_rank_cd's normalisation 1: divided by 1 + the logarithm of the document length.
    this.norm[slot] = vector.length > 0 ? Math.log(vector.length + 1) : 1;
    for (let i = 0; i < vector.lexemes.length; i++) this.post(vector.lexemes[i], slot, vector.weights[i]);
    const { vector: _v, validFrom: _f, publishedAt: _p, ...source } = item;
    this.sources[slot] = source;
    this.slotOf.set(item.id, slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.clearGroups();
    this.rec[slot * REC + REC_FLAGS] &= ~ALIVE;
    this.sources[slot] = undefined as unknown as HitSource;
    this.slotOf.delete(id);
    this.dead++;
  }

  private post(lexeme: string, slot: number, weight: number): void {
    let p = this.postings.get(lexeme);
    if (!p) {
      p = { docs: new Int32Array(4), weights: new Float32Array(4), n: 0 };
      this.postings.set(lexeme, p);
      this.lexemeList.add(lexeme);
    }
    if (p.n === p.docs.length) {
      p.docs = grow(p.docs, p.n * 2);
      p.weights = grow(p.weights, p.n * 2);
    }
    p.docs[p.n] = slot;
    p.weights[p.n] = weight;
    p.n++;
  }

  private clearGroups(): void {
    if (this.expanded.size) this.expanded.clear();
    if (this.groupCache.size) {
      this.groupCache.clear();
      this.groupCacheEntries = 0;
    }
    if (this.planCache.size) {
      this.planCache.clear();
      this.planCacheEntries = 0;
    }
  }

  private combo(values: number[]): number {
    const key = values.join(',');
    let id = this.comboIds.get(key);
    if (id === undefined) {
      id = this.comboValues.length;
      this.comboIds.set(key, id);
      this.comboValues.push(values);
    }
    return id;
  }

  private resize(capacity: number): void {
    this.rec = grow(this.rec, capacity * REC);
    this.published = grow(this.published, capacity);
    this.idKey = grow(this.idKey, capacity);
    this.norm = grow(this.norm, capacity);
    this.stamp = new Int32Array(capacity);
    this.stampBase = 0;
    this.score = new Float32Array(capacity);
    this.matched = new Uint8Array(capacity);
    this.cover = new Float32Array(capacity);
    this.touched = new Int32Array(capacity);
    this.mergeMark = new Uint8Array(capacity);
    this.mergeScore = new Float32Array(capacity);
    this.mergeDocs = new Int32Array(capacity);
    this.capacity = capacity;
  }

  /** The lexemes a group stands for: its words, prefixes expanded, only those the index has,
   * sorted. Groups typed differently that stand for the same lexemes (a typo and its correction,
   * "leidersch" and "leidersc") share their cached lists. */
  private expand(group: QueryOption[]): string[] {
    const raw = group.map((o) => `${o.lexeme}${o.prefix ? '*' : ''}`).join(' ');
    let lexemes = this.expanded.get(raw);
    if (!lexemes) {
      const found = new Set<string>();
      for (const option of group) {
        if (!option.prefix) {
          if (this.postings.has(option.lexeme)) found.add(option.lexeme);
        } else for (const lexeme of this.lexemeList.startingWith(option.lexeme)) found.add(lexeme);
      }
      lexemes = [...found].sort();
      if (this.expanded.size >= GROUP_CACHE * 4) this.expanded.clear();
      this.expanded.set(raw, lexemes);
    }
    return lexemes;
  }

  /** A group's postings as one list (an item once, its weights summed). A short prefix or a
   * word with synonyms spans many lexemes, and people use the same words again: merged lists
   * are kept (up to GROUP_CACHE groups) until the index changes. */
  private groupPosting(group: QueryOption[]): Posting {
    const lexemes = this.expand(group);
    const key = lexemes.join(' ');
    const cached = this.groupCache.get(key);
    if (cached) {
      this.groupCache.delete(key);
      this.groupCache.set(key, cached);
      return cached;
    }
    const postings = lexemes.map((l) => this.postings.get(l) as Posting);
    let merged: Posting;
    if (postings.length === 1) merged = postings[0];
    else {
      const { mergeMark, mergeScore, mergeDocs } = this;
      let count = 0;
      for (const { docs: ds, weights, n } of postings) {
        for (let i = 0; i < n; i++) {
          const d = ds[i];
          if (mergeMark[d] === 0) {
            mergeMark[d] = 1;
            mergeScore[d] = 0;
            mergeDocs[count++] = d;
          }
          mergeScore[d] += weights[i];
        }
      }
      const docs = mergeDocs.slice(0, count);
      const weights = new Float32Array(count);
      for (let i = 0; i < count; i++) {
        weights[i] = mergeScore[docs[i]];
        mergeMark[docs[i]] = 0;
      }
      merged = { docs, weights, n: count };
    }
    if (this.options.cacheEntries <= 0) return merged;
    this.groupCache.set(key, merged);
    this.groupCacheEntries += merged.n;
    while (this.groupCache.size > GROUP_CACHE || this.groupCacheEntries > this.options.cacheEntries) {
      const oldest = this.groupCache.keys().next().value as string;
      this.groupCacheEntries -= (this.groupCache.get(oldest) as Posting).n;
      this.groupCache.delete(oldest);
    }
    return merged;
  }

  /** True when an item of the posting is alive and valid on `day`. */
  private anyVisible(p: Posting, day: number): boolean {
    const { rec } = this;
    for (let i = 0; i < p.n; i++) {
      const r = p.docs[i] * REC;
      if ((rec[r + REC_FLAGS] & ALIVE) !== 0 && rec[r + REC_FROM] <= day && rec[r + REC_UNTIL] >= day) return true;
    }
    return false;
  }

  /** Candidates that match at least `required` of the groups, with their rank in `score`: the
   * summed weights of their matching positions, plus a tier that puts items matching every group
   * first and orders the others by the share of the query's rarity they match (each group
   * weighs its inverse document frequency, so a rare word counts above a common one, times the
   * weight of where it matched, at most 1: a title match counts fully). Items are
   * tracked by stamp; each group's merged posting holds an item once. */
  private match(plan: QueryOption[][], required: number, day: number): number {
    const groups = plan.map((g) => this.groupPosting(g));
    groups.sort((a, b) => a.n - b.n);
    const all = groups.length;
    const asked = all;
    const need = Math.max(1, required);
    if (this.stampBase > 2_000_000_000 - 2) {
      this.stamp.fill(0);
      this.stampBase = 0;
    }
    const seen = ++this.stampBase;
    const { stamp, score, touched, matched, cover } = this;
    const items = Math.max(1, this.slotOf.size);
    const idf = groups.map((p) => Math.log(1 + items / (1 + p.n)));
    const rarity = idf.reduce((a, b) => a + b, 0) || 1;
    let count = 0;
    for (let g = 0; g < all; g++) {
      const { docs, weights, n } = groups[g];
      const w = idf[g];
      // A group past the point where an item first seen now could still reach `need` only adds to
      // items already seen.
      const canStart = all - g >= need;
      for (let i = 0; i < n; i++) {
        const d = docs[i];
        // The rarity an item matches counts a title match (weight A) fully and others less.
        const part = w * Math.min(1, weights[i]);
        if (stamp[d] !== seen) {
          if (!canStart) continue;
          stamp[d] = seen;
          score[d] = weights[i];
          matched[d] = 1;
          cover[d] = part;
          touched[count++] = d;
        } else {
          score[d] += weights[i];
          matched[d]++;
          cover[d] += part;
        }
      }
    }
    // Partial matches only when fewer than ENOUGH items (valid on `day`) match every group: a
    // page and the next are then full matches anyway, and two common words do not make a search
    // of half the catalogue.
    const { rec } = this;
    let full = 0;
    for (let i = 0; i < count && full < ENOUGH; i++) {
      const d = touched[i];
      if (matched[d] !== asked) continue;
      const r = d * REC;
      if ((rec[r + REC_FLAGS] & ALIVE) !== 0 && rec[r + REC_FROM] <= day && rec[r + REC_UNTIL] >= day) full++;
    }
    const keepFrom = full >= ENOUGH ? asked : need;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      if (matched[d] < keepFrom) continue;
      score[d] += (matched[d] === asked ? 2 : cover[d] / rarity) * TIER * this.norm[d];
      touched[kept++] = d;
    }
    return kept;
  }

  /** The items that match `plan` and are valid on `today`, with their ranks, their facet
   * combinations counted, and the best TOP_N in order. Kept per plan and day (up to PLAN_CACHE
   * plans and PLAN_CACHE_ENTRIES items in all) until the index changes: a page further on, or
   * the same words with a filter, start from here. */
  private planEntry(asked: QueryOption[][], today: string, partial: ((n: number) => number) | undefined): PlanEntry {
    const none: PlanEntry = { docs: new Int32Array(0), ranks: new Float32Array(0), counts: null, top: null };
    const day = dayNumber(today);
    let plan = asked;
    let groups = plan.map((g) => this.expand(g));
    let required = plan.length;
    if (!partial) {
      // Every group must match: a group standing for no lexeme matches nothing, so the plan neither.
      if (groups.some((g) => g.length === 0)) return none;
    } else {
      // Words no visible item has do not count: of the others, an item must match `partial(n)`.
      const known = plan.map((g, i) => groups[i].length > 0 && this.anyVisible(this.groupPosting(g), day));
      plan = plan.filter((_, i) => known[i]);
      groups = groups.filter((_, i) => known[i]);
      if (asked.length > 0 && plan.length === 0) return none;
      required = partial(plan.length);
    }
    const key = `${today}|${partial ? 'p' : 'a'}${required}|${groups.map((g) => g.join(' ')).sort().join('&')}`;
    const cached = this.planCache.get(key);
    if (cached) {
      this.planCache.delete(key);
      this.planCache.set(key, cached);
      return cached;
    }
    const textual = plan.length > 0;
    const { touched, score, norm, rec } = this;
    // One group (one word with its synonyms, or a prefix): its merged posting is the list.
    const single = plan.length === 1 ? this.groupPosting(plan[0]) : null;
    const candidates = single ? single.n : textual ? this.match(plan, required, day) : this.size;
    const docs = new Int32Array(candidates);
    const ranks = new Float32Array(candidates);
    let n = 0;
    for (let i = 0; i < candidates; i++) {
      const d = single ? single.docs[i] : textual ? touched[i] : i;
      const r = d * REC;
      if ((rec[r + REC_FLAGS] & ALIVE) === 0 || rec[r + REC_FROM] > day || rec[r + REC_UNTIL] < day) continue;
      docs[n] = d;
      ranks[n] = single ? single.weights[i] / norm[d] : textual ? score[d] / norm[d] : 0;
      n++;
    }
    const entry: PlanEntry = { docs: docs.subarray(0, n), ranks: ranks.subarray(0, n), counts: null, top: null };
    if (this.options.cacheEntries > 0) {
      this.planCache.set(key, entry);
      this.planCacheEntries += n;
      while (this.planCache.size > PLAN_CACHE || this.planCacheEntries > this.options.cacheEntries) {
        const oldest = this.planCache.keys().next().value as string;
        this.planCacheEntries -= (this.planCache.get(oldest) as PlanEntry).docs.length;
        this.planCache.delete(oldest);
      }
    }
    return entry;
  }

  /** Empty count arrays for `best`, as large as the combinations known. */
  private resetScratch(): void {
    const size = this.comboValues.length;
    if (this.comboScratch.length < size) this.comboScratch = new Int32Array(size * 2);
    this.nearScratch = this.nearScratch.map((a) => (a.length < size ? new Int32Array(size * 2) : a));
    this.usedCombos = [];
    this.nearCombos = FILTERED_FACETS.map(() => []);
  }

  /** The best `keep` of a plan's items that pass `filter` (all when null), best first (rank,
   * then newest, then id, as the SQL statement orders), with how many passed and, when
   * filtered, their facet combinations counted in `this.comboScratch` — and those of the items
   * that miss only one facet's filter in that facet's `this.nearScratch` (disjunctive facets). */
  private best(entry: PlanEntry, keep: number, filter: RecordFilter | null): { slots: Int32Array; total: number } {
    const { docs, ranks } = entry;
    const { published, idKey, sources, rec } = this;
    // A min-heap on (rank, published, id reversed): the root is the worst kept.
    const heapSlot = new Int32Array(Math.max(0, Math.min(keep, docs.length)));
    const heapRank = new Float64Array(heapSlot.length);
    let heapSize = 0;
    const worse = (ra: number, a: number, rb: number, b: number): boolean => {
      if (ra !== rb) return ra < rb;
      if (published[a] !== published[b]) return published[a] < published[b];
      if (idKey[a] !== idKey[b]) return idKey[a] > idKey[b];
      return sources[a].id > sources[b].id;
    };
    const swap = (i: number, j: number) => {
      const s = heapSlot[i];
      const rk = heapRank[i];
      heapSlot[i] = heapSlot[j];
      heapRank[i] = heapRank[j];
      heapSlot[j] = s;
      heapRank[j] = rk;
    };
    const combos = this.comboScratch;
    const usedCombos = this.usedCombos;
    const { nearScratch, nearCombos } = this;
    const counting = filter !== null;
    const { kind, regionLow, regionHighFlags, sectorMask, sizeFlags, aspectFlags } = filter ?? NO_FILTER;
    const regionFilter = regionLow !== 0 || regionHighFlags !== 0;
    let total = 0;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i];
      if (counting) {
        // The filters, inline: this loop runs once per matching item.
        const r = d * REC;
        const flags = rec[r + REC_FLAGS];
        // The one facet whose filter the item misses (-1: none); two missed, and it counts nowhere.
        let miss = (flags & aspectFlags) !== aspectFlags ? F_ASPECT : -1;
        if (kind >= 0 && ((flags >> KIND_SHIFT) & 3) !== kind) {
          if (miss >= 0) continue;
          miss = F_KIND;
        }
        if (regionFilter && (rec[r + REC_REGIONS] & regionLow) === 0 && (flags & regionHighFlags) === 0) {
          if (miss >= 0) continue;
          miss = F_REGION;
        }
        if (sectorMask !== 0 && (rec[r + REC_SECTORS] & sectorMask) === 0) {
          if (miss >= 0) continue;
          miss = F_SECTOR;
        }
        if (sizeFlags !== 0 && (flags & sizeFlags) === 0) {
          if (miss >= 0) continue;
          miss = F_SIZE;
        }
        if (miss >= 0) {
          // Found by the search with every filter but this facet's own: counts in that facet only.
          const c = rec[r + FACET_COMBO[miss]];
          if (nearScratch[miss][c]++ === 0) nearCombos[miss].push(c);
          continue;
        }
        for (let k = REC_COMBOS; k < REC_COMBOS + 3; k++) {
          const c = rec[r + k];
          if (combos[c]++ === 0) usedCombos.push(c);
        }
      }
      total++;
      if (heapSlot.length === 0) continue;
      const rank = ranks[i];
      if (heapSize < heapSlot.length) {
        let k = heapSize++;
        heapSlot[k] = d;
        heapRank[k] = rank;
        while (k > 0) {
          const parent = (k - 1) >> 1;
          if (!worse(heapRank[k], heapSlot[k], heapRank[parent], heapSlot[parent])) break;
          swap(k, parent);
          k = parent;
        }
      } else if (worse(heapRank[0], heapSlot[0], rank, d)) {
        heapSlot[0] = d;
        heapRank[0] = rank;
        for (let k = 0; ;) {
          const l = 2 * k + 1;
          const r = l + 1;
          let m = k;
          if (l < heapSize && worse(heapRank[l], heapSlot[l], heapRank[m], heapSlot[m])) m = l;
          if (r < heapSize && worse(heapRank[r], heapSlot[r], heapRank[m], heapSlot[m])) m = r;
          if (m === k) break;
          swap(k, m);
          k = m;
        }
      }
    }
    const order = Array.from({ length: heapSize }, (_, i) => i).sort((x, y) =>
      worse(heapRank[x], heapSlot[x], heapRank[y], heapSlot[y]) ? 1 : worse(heapRank[y], heapSlot[y], heapRank[x], heapSlot[x]) ? -1 : 0,
    );
    return { slots: Int32Array.from(order, (i) => heapSlot[i]), total };
  }

  /** One page of the items that match `plan` and `filters` and are valid on `today`, best first,
   * with the total and facet counts. Every group must match, unless `partial` is given: then
   * groups no visible item matches do not count, and of the n others an item must match
   * `partial(n)` (all of them when ENOUGH_FULL_MATCHES items do; see match). */
  search(plan: QueryPlan, filters: IndexFilters, today: string, page: number, perPage: number, partial?: (n: number) => number): IndexResult {
    if (plan === null) return { hits: [], total: 0, facets: emptyFacets() };
    const wantKind = filters.kind ? KINDS.indexOf(filters.kind) : -1;
    let regionLow = 0;
    let regionHigh = 0;
    if (filters.region) {
      for (const key of filters.region === NATIONWIDE ? [NATIONWIDE] : [filters.region, NATIONWIDE]) {
        const i = REGION_KEYS.indexOf(key);
        if (i < 0) return { hits: [], total: 0, facets: emptyFacets() };
        if (i < 32) regionLow |= 1 << i;
        else regionHigh |= 1 << (i - 32);
      }
    }
    const sectorMask = filters.sector ? (mask([filters.sector], SECTOR_CODES) | (1 << OPEN_SECTOR)) >>> 0 : 0;
    const sizeMask = filters.sizeClass ? mask([filters.sizeClass], SIZE_CLASSES) | (1 << OPEN_SIZE) : 0;
    const aspectMask = filters.aspect ? mask([filters.aspect], ASPECT_KEYS) : 0;
    if ((filters.aspect && !aspectMask) || (filters.sector && sectorMask === (1 << OPEN_SECTOR) >>> 0) || (filters.sizeClass && sizeMask === 1 << OPEN_SIZE)) {
      return { hits: [], total: 0, facets: emptyFacets() };
    }
    const entry = this.planEntry(plan, today, partial);
    const keep = page * perPage;
    const filtered = wantKind >= 0 || regionLow !== 0 || regionHigh !== 0 || sectorMask !== 0 || sizeMask !== 0 || aspectMask !== 0;
    let slots: Int32Array;
    let total: number;
    let counts: IndexResult['facets'];
    if (!filtered) {
      total = entry.docs.length;
      if (!entry.top) {
        this.resetScratch();
        entry.top = this.best(entry, TOP_N, NO_FILTER).slots;
        entry.counts = this.facetCounts(this.comboScratch, this.usedCombos);
        for (const c of this.usedCombos) this.comboScratch[c] = 0;
      }
      counts = entry.counts as IndexResult['facets'];
      slots = keep <= entry.top.length || entry.top.length === total ? entry.top : this.best(entry, keep, null).slots;
    } else {
      const pass: RecordFilter = {
        kind: wantKind, regionLow, regionHighFlags: regionHigh << REGIONS_HIGH_SHIFT, sectorMask,
        sizeFlags: sizeMask << SIZE_SHIFT, aspectFlags: aspectMask << ASPECT_SHIFT,
      };
      const filterKey = `${wantKind},${regionLow},${regionHigh},${sectorMask},${sizeMask},${aspectMask}`;
      const known = entry.filtered?.get(filterKey);
      if (known && (keep <= known.slots.length || known.slots.length === known.total)) {
        ({ slots, total, counts } = known);
      } else {
        this.resetScratch();
        ({ slots, total } = this.best(entry, Math.max(keep, FILTERED_TOP), pass));
        counts = this.facetCounts(this.comboScratch, this.usedCombos);
        // Disjunctive facets: a filtered facet counts what the search with every other filter
        // finds, so its other values keep their counts.
        const active = [wantKind >= 0, regionLow !== 0 || regionHigh !== 0, sectorMask !== 0, sizeMask !== 0, aspectMask !== 0];
        FILTERED_FACETS.forEach((facet, f) => {
          if (!active[f]) return;
          const near = this.nearScratch[f];
          (counts as Record<string, unknown>)[facet] = this.facetCounts(this.comboScratch, this.usedCombos, near, this.nearCombos[f])[facet];
          for (const c of this.nearCombos[f]) near[c] = 0;
        });
        for (const c of this.usedCombos) this.comboScratch[c] = 0;
        if (this.options.cacheEntries > 0 && this.planCache.size > 0) {
          entry.filtered ??= new Map();
          if (entry.filtered.size >= FILTER_CACHE) entry.filtered.delete(entry.filtered.keys().next().value as string);
          entry.filtered.set(filterKey, { slots, total, counts });
        }
      }
    }
    const hits = Array.from(slots.subarray((page - 1) * perPage, keep), (d) => this.sources[d]);
    return { hits, total, facets: counts };
  }

  /** Facet counts from counted combinations (`used`: the ones counted; `more…`: a second set
   * added to them), in the response's shape: the same rule as facetsFromCounts, straight from
   * the arrays. */
  private facetCounts(comboCounts: Int32Array, used: number[], moreCounts?: Int32Array, moreUsed: number[] = []): IndexResult['facets'] {
    const c = new Int32Array(FACETS);
    for (const [counts, combos] of [[comboCounts, used], [moreCounts, moreUsed]] as const) {
      for (const k of combos) {
        const n = (counts as Int32Array)[k];
        const values = this.comboValues[k];
        for (let v = 0; v < values.length; v++) c[values[v]] += n;
      }
    }
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
