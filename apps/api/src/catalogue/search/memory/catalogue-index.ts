import { SPECIFIC_FILTER_BOOST } from '@groeiwijzer/domain';
import { HitStore } from './hit-store';
import { Candidates, ENOUGH_FULL_MATCHES } from './candidates';
import { type Facets, type IndexedItem, type IndexFilters, type IndexResult, type QueryOption, type QueryPlan } from './index-types';
import {
  ALIVE, dayNumber, emptyFacets, F_KIND, F_REGION, F_SECTOR, F_SIZE, FACET_COMBO, FacetCombos, FILTERED_FACETS, KIND_SHIFT,
  REC, REC_COMBOS, REC_FLAGS, REC_REGIONS, REC_SECTORS, type RecordFilter, recordFilterOf, UsedCombos, visible, writeRecord,
} from './item-record';
import { grow, type Posting, Postings, SecondAsk } from './postings';
import { parseTsVector } from './tsvector';

export { ENOUGH_FULL_MATCHES };
export type { IndexedItem, IndexFilters, IndexResult, QueryOption, QueryPlan };

// Plans kept (see planEntry), and the best items each keeps in order.
const PLAN_CACHE = 5000;
const TOP_N = 100;
const FILTER_CACHE = 4;
const FILTERED_TOP = 30;
/** Group summaries kept (see summaryOf): ~1.2 kB each with the best TOP_N; all of them together
 * hold at most SUMMARY_SLOTS best items (a few keep more, see unionAnswer). */
const SUMMARIES = 3000;
const SUMMARY_SLOTS = SUMMARIES * TOP_N;
const UNION_DEEPER = 10;
const DEEPEST_SUMMARY = TOP_N * UNION_DEEPER;
const NO_PREFILTER = new Int32Array(0);
/** Facet combinations a slot (see comboOf), and per filtered facet which of them holds its values. */
const COMBOS = 3;
const FACET_PACKED = FACET_COMBO.map((field) => field - REC_COMBOS);

/** A filtered facet (its place in FILTERED_FACETS) and a bit per slot whose item passes its filter. */
interface FacetBits {
  facet: number;
  bits: Int32Array;
}
/** The caches' size unless configured (SEARCH_INDEX_CACHE_ENTRIES; see the constructor). */
export const DEFAULT_CACHE_ENTRIES = 4_000_000;

interface PlanEntry {
  /** A kept plan's items valid on its day and their ranks (empty while `source` is set). */
  docs: Int32Array;
  ranks: Float32Array;
  /** A plan made for one search only: its candidates where matching left them, not yet checked
   * for validity, read once by `best` (a copy first was a second pass over every candidate). */
  source?: CandidateSource;
  /** How many items it holds: -1 until `best` counted a source's. */
  total: number;
  /** Facet counts of all the plan's items, and the best TOP_N: made when first asked for. */
  counts: Facets | null;
  top: Int32Array | null;
  /** Per set of filters (the last FILTER_CACHE asked): the best FILTERED_TOP that pass, how
   * many pass and their facet counts, so the next page of a filtered search starts from here. */
  filtered?: Map<string, { slots: Int32Array; total: number; counts: Facets }>;
  /** In the plan cache (else made in scratch arrays for this search only). */
  kept?: boolean;
  /** A kept plan's items counted against the cache's entries: its arrays' length, or for a
   * kept plan of one group that reads that group's list (`source`), the list's length when it
   * is a merged list (which the plan keeps alive), 0 for a word's own list (alive anyway). */
  cost?: number;
  /** A plan of one group made for this search only: that group (its summary answers it). */
  group?: { posting: Posting; id: number };
  /** A union of every group's items, left by `Candidates.match` with only its overlaps apart:
   * answered from each group's summary (see unionAnswer). */
  union?: UnionPlan;
}

/** A plan whose answer is every item of any of its groups (`order`: shortest list first, as
 * matched), `overlaps` of them reached by two groups or more. */
interface UnionPlan {
  order: { posting: Posting; concept: number; id: number }[];
  overlaps: number;
  required: number;
  day: number;
}

/** What one group alone finds on a day: how many items, their facet values counted, and its
 * best TOP_N with their ranks (its own weights), best first. */
interface GroupSummary {
  total: number;
  vector: Int32Array;
  top: Int32Array;
  /** Float32 as the weights are. */
  ranks: Float32Array;
}

/** Candidates as matching left them: `docs[at … at + n)`, each ranked `values[i]`; those not
 * valid on `day` still among them. */
interface CandidateSource {
  docs: Int32Array;
  at: number;
  n: number;
  values: Float32Array;
  day: number;
}

/** The catalogue's searchable items in memory: an inverted index from lexeme to items with the
 * summed weights of their positions (postings.ts), and per item the values the filters and
 * facets need as bit masks (item-record.ts). Answers a search in time proportional to the
 * postings of its words, without a database round trip: the candidates and their ranks
 * (candidates.ts), then the best of those that pass the filters with every facet counted. A
 * changed item takes a new slot; its old slot is marked dead and skipped (the owner rebuilds the
 * index when too many are dead). Synchronous and single-threaded. */
export class CatalogueIndex {
  private readonly cacheEntries: number;
  private capacity = 1024;
  private size = 0;
  private dead = 0;
  /** Per slot, what the filters and facets read, side by side in one cache line (REC_* fields). */
  private rec = new Int32Array(this.capacity * REC);
  /** Per slot, its three facet combinations again, packed (COMBOS numbers a slot, two bytes each
   * while they fit): counting a search's matches reads these, 6 bytes an item where its record is
   * 32, so they stay in the processor's caches where the records (3.2 MB at 100,000 items) do not
   * (~3 times as fast a match, measured). */
  private comboOf: Uint16Array | Int32Array = new Uint16Array(this.capacity * COMBOS);
  /** A bit per slot alive and valid on `visibleDay` (see visibleOn). */
  private visibleBits = new Int32Array(0);
  private visibleDay = -1;
  private published = new Float64Array(this.capacity);
  /** The first 13 hex digits of the id, which order like the id itself (ties fall back to the id). */
  private idKey = new Float64Array(this.capacity);
  private readonly hits = new HitStore();
  private readonly slotOf = new Map<string, number>();
  private readonly postings: Postings;
  private readonly candidates = new Candidates(this.capacity);
  /** Facet combinations (kind, size and aspects; regions; sectors): counting a combination once
   * per match and spreading it over its values at the end is three increments an item instead
   * of one per value. */
  private readonly combos = new FacetCombos();
  private readonly planCache = new Map<string, PlanEntry>();
  /** Per group and day, what it finds alone (see summaryOf). */
  private readonly summaries = new Map<string, GroupSummary>();
  private summarySlots = 0;
  /** Per one facet's filter value, a bit per slot whose record passes it (see prefilterOf). */
  private readonly facetBits = new Map<string, Int32Array>();
  private prefilterScratch = new Int32Array(0);
  /** A union's chosen items and their ranks (see unionAnswer). */
  private pickSlots = new Int32Array(0);
  private pickRanks = new Float64Array(0);
  private pickSorted = new Float64Array(0);
  /** The heap of `best`. */
  private heapSlots = new Int32Array(0);
  private heapRanks = new Float64Array(0);
  /** Answer unions from group summaries (off only to compare with the full count in tests). */
  private readonly unionFromSummaries: boolean;
  /** Plans asked for once since the index changed (see planEntry). */
  private readonly askedOnce = new SecondAsk(PLAN_CACHE * 4);
  private scratchDocs = new Int32Array(0);
  private scratchRanks = new Float32Array(0);
  private planCacheEntries = 0;
  private comboScratch = new Int32Array(1024);
  /** The combinations counted in comboScratch by the last filtered search. */
  private readonly usedCombos = new UsedCombos();
  /** Per filtered facet (FILTERED_FACETS), the combinations of the items that pass every filter
   * but that facet's own, counted by the last filtered search (disjunctive facets). */
  private nearScratch = FILTERED_FACETS.map(() => new Int32Array(1024));
  private readonly nearCombos = FILTERED_FACETS.map(() => new UsedCombos());

  /** `cacheEntries`: how many items the group and plan caches may hold each (0: no caches). Each
   * entry is 8 bytes, so up to 32 MB a cache. Measured at 100,000 items (docs/benchmarks.md):
   * since both caches keep only what is asked for a second time, 4,000,000 each cost no more CPU
   * than 8,000,000 and ~100 MB less memory; 2,000,000 cost 12% more CPU. */
  constructor(options: { cacheEntries: number; unionFromSummaries?: boolean } = { cacheEntries: DEFAULT_CACHE_ENTRIES }) {
    this.cacheEntries = options.cacheEntries;
    this.unionFromSummaries = options.unionFromSummaries ?? true;
    this.postings = new Postings(this.cacheEntries, this.capacity);
  }

  /** Items that can be found (alive slots). */
  get count(): number {
    return this.slotOf.size;
  }

  /** Gives back memory the lists grew into but do not use: after a large read. */
  compact(): void {
    this.postings.compact();
    this.hits.compact();
  }

  /** The same after a smaller read, once the lists that grew since hold enough room (see
   * Postings.compactIfLoose). */
  compactIfLoose(): void {
    if (this.postings.compactIfLoose()) this.hits.compact();
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
    this.clearCaches();
    if (this.size === this.capacity) this.resize(this.capacity * 2);
    const slot = this.size++;
    writeRecord(this.rec, slot, item, this.combos);
    // Two bytes a combination while there are at most 65,536 of them (a catalogue has a few thousand).
    if (this.combos.size > 0x10000 && this.comboOf instanceof Uint16Array) this.comboOf = Int32Array.from(this.comboOf);
    for (let k = 0; k < COMBOS; k++) this.comboOf[slot * COMBOS + k] = this.rec[slot * REC + REC_COMBOS + k];
    this.published[slot] = item.publishedAt;
    this.idKey[slot] = parseInt(item.id.replace(/-/g, '').slice(0, 13), 16) || 0;
    const vector = parseTsVector(item.vector);
    // ts_rank_cd's normalisation 1: divided by 1 + the logarithm of the document length. The
    // lists hold the weights divided already: a rank is then their sum, with no read of a norm
    // per candidate (a sum of divided weights is the divided sum).
    const norm = vector.length > 0 ? Math.log(vector.length + 1) : 1;
    for (let i = 0; i < vector.lexemes.length; i++) this.postings.add(vector.lexemes[i], slot, vector.weights[i] / norm);
    this.hits.put(slot, item);
    this.slotOf.set(item.id, slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.clearCaches();
    this.rec[slot * REC + REC_FLAGS] &= ~ALIVE;
    this.hits.remove(slot);
    this.slotOf.delete(id);
    this.dead++;
  }

  private clearCaches(): void {
    this.postings.clearCaches();
    if (this.planCache.size) {
      this.planCache.clear();
      this.planCacheEntries = 0;
    }
    this.askedOnce.clear();
    if (this.summaries.size) this.summaries.clear();
    this.summarySlots = 0;
    if (this.facetBits.size) this.facetBits.clear();
    this.visibleDay = -1;
  }

  /** A bit per slot whose item is alive and valid on `day` (the test `visible` makes), made by
   * one pass over the records the first time a day is asked for, until the index changes. */
  private visibleOn(day: number): Int32Array {
    if (this.visibleDay !== day) {
      const words = (this.size >> 5) + 1;
      if (this.visibleBits.length < words) this.visibleBits = new Int32Array((this.capacity >> 5) + 1);
      const bits = this.visibleBits;
      bits.fill(0);
      for (let d = 0; d < this.size; d++) if (visible(this.rec, d, day)) bits[d >> 5] |= 1 << (d & 31);
      this.visibleDay = day;
    }
    return this.visibleBits;
  }

  private resize(capacity: number): void {
    this.rec = grow(this.rec, capacity * REC);
    this.comboOf = grow(this.comboOf, capacity * COMBOS);
    this.published = grow(this.published, capacity);
    this.idKey = grow(this.idKey, capacity);
    this.candidates.resize(capacity);
    this.hits.resize(capacity);
    this.postings.resize(capacity);
    this.capacity = capacity;
  }

  /** True when an item of the posting is alive and valid on `day`. */
  private anyVisible(p: { docs: Int32Array; at: number; n: number }, day: number): boolean {
    const bits = this.visibleOn(day);
    for (let i = p.at, end = p.at + p.n; i < end; i++) if ((bits[p.docs[i] >>> 5] & (1 << (p.docs[i] & 31))) !== 0) return true;
    return false;
  }

  /** The items that match `plan` and are valid on `today`, with their ranks, their facet
   * combinations counted, and the best TOP_N in order. Kept per plan and day (up to PLAN_CACHE
   * plans, and as many items in all as `cacheEntries` allows) until the index changes: a page further on, or
   * the same words with a filter, start from here. */
  private planEntry(asked: QueryOption[][], today: string, partial: ((n: number) => number) | undefined, askedConcepts: readonly number[], unionAllowed = false): PlanEntry {
    const none: PlanEntry = { docs: new Int32Array(0), ranks: new Float32Array(0), total: 0, counts: null, top: null };
    const day = dayNumber(today);
    let plan = asked;
    let concepts = asked.map((_, i) => askedConcepts[i] ?? i);
    let groups = plan.map((g) => this.postings.expand(g));
    let required = new Set(concepts).size;
    if (!partial) {
      // Every group must match: a group standing for no lexeme matches nothing, so the plan neither.
      if (groups.some((g) => g.options.length === 0)) return none;
    } else {
      // Words no visible item has do not count: of the others, an item must match `partial(n)`.
      const known = plan.map((_, i) => groups[i].options.length > 0 && this.anyVisible(this.postings.merged(groups[i]), day));
      plan = plan.filter((_, i) => known[i]);
      groups = groups.filter((_, i) => known[i]);
      concepts = concepts.filter((_, i) => known[i]);
      if (asked.length > 0 && plan.length === 0) return none;
      // Of the words some visible item has, an item must match `partial(n)`; the parts of a split compound are one word.
      required = partial(new Set(concepts).size);
    }
    const key = `${today}|${partial ? 'p' : 'a'}${required}|${groups.map((g, i) => `${concepts[i]}:${g.id}`).sort().join('&')}`;
    const cached = this.planCache.get(key);
    if (cached) {
      this.planCache.delete(key);
      this.planCache.set(key, cached);
      return cached;
    }
    const textual = plan.length > 0;
    const { rec } = this;
    const { touched, touchedRanks } = this.candidates;
    // One group (one word with its synonyms, or a prefix): its merged posting is the list.
    const single = plan.length === 1 ? this.postings.merged(groups[0]) : null;
    // Kept only from the second time it is asked for (SecondAsk); the first time `best` reads the
    // candidates where they are.
    const keep = this.cacheEntries > 0 && this.askedOnce.admit(key);
    let candidates = single ? single.n : this.size;
    if (!single && textual) {
      const order = groups.map((g, i) => ({ posting: this.postings.merged(g), concept: concepts[i], id: g.id }));
      // A plan made for this search only, when one word is enough, need not rank and count every
      // item of every group: most are counted already in their group's summary.
      const union = unionAllowed && !keep && this.unionFromSummaries;
      candidates = this.candidates.match(order, required, day, rec, this.slotOf.size, union);
      if (this.candidates.union) {
        return { docs: new Int32Array(0), ranks: new Float32Array(0), total: -1, counts: null, top: null, union: { order, overlaps: candidates, required, day } };
      }
    }
    if (keep && single && this.postings.lasting(single)) {
      // One group, kept: its list is kept already (a word's own, or merged in the group cache),
      // so the plan reads it where it is instead of a copy of its valid items (a plan of one word,
      // asked again for a next page or with a filter, held a copy of a list kept anyway).
      const source: CandidateSource = { docs: single.docs, at: single.at, n: single.n, values: single.weights, day };
      const cost = this.postings.isOwnList(single) ? 0 : single.n;
      const entry: PlanEntry = { docs: new Int32Array(0), ranks: new Float32Array(0), source, total: -1, counts: null, top: null, kept: true, cost };
      this.keepPlan(key, entry);
      return entry;
    }
    if (!keep && textual) {
      const source: CandidateSource = single
        ? { docs: single.docs, at: single.at, n: single.n, values: single.weights, day }
        : { docs: touched, at: 0, n: candidates, values: touchedRanks, day };
      const group = single ? { posting: single, id: groups[0].id } : undefined;
      return { docs: new Int32Array(0), ranks: new Float32Array(0), source, group, total: -1, counts: null, top: null };
    }
    if (!keep && this.scratchDocs.length < candidates) {
      this.scratchDocs = new Int32Array(this.capacity);
      this.scratchRanks = new Float32Array(this.capacity);
    }
    const docs = keep ? new Int32Array(candidates) : this.scratchDocs;
    const ranks = keep ? new Float32Array(candidates) : this.scratchRanks;
    let n = 0;
    const shown = this.visibleOn(day);
    for (let i = 0; i < candidates; i++) {
      const d = single ? single.docs[single.at + i] : textual ? touched[i] : i;
      if ((shown[d >>> 5] & (1 << (d & 31))) === 0) continue;
      docs[n] = d;
      ranks[n] = single ? single.weights[single.at + i] : textual ? touchedRanks[i] : 0;
      n++;
    }
    // A kept plan holds exactly its items (the cache counts items, so room to spare would be
    // memory it does not count: up to a fifth more, the items not valid today).
    const entry: PlanEntry = keep && n < candidates
      ? { docs: docs.slice(0, n), ranks: ranks.slice(0, n), total: n, counts: null, top: null, kept: true }
      : { docs: docs.subarray(0, n), ranks: ranks.subarray(0, n), total: n, counts: null, top: null, kept: keep };
    if (keep) {
      entry.cost = n;
      this.keepPlan(key, entry);
    }
    return entry;
  }

  /** Puts a plan in the plan cache, the least recently used going out past its limits. */
  private keepPlan(key: string, entry: PlanEntry): void {
    this.planCache.set(key, entry);
    this.planCacheEntries += entry.cost ?? 0;
    while (this.planCache.size > PLAN_CACHE || this.planCacheEntries > this.cacheEntries) {
      const oldest = this.planCache.keys().next().value as string;
      this.planCacheEntries -= (this.planCache.get(oldest) as PlanEntry).cost ?? 0;
      this.planCache.delete(oldest);
    }
  }

  /** Empty count arrays for `best`, as large as the combinations known. */
  private resetScratch(): void {
    const size = this.combos.size;
    if (this.comboScratch.length < size) this.comboScratch = new Int32Array(size * 2);
    this.nearScratch = this.nearScratch.map((a) => (a.length < size ? new Int32Array(size * 2) : a));
    // Counts are set back to 0 as they are taken (FacetCombos.take); anything left is cleared here.
    this.usedCombos.clear(this.comboScratch);
    this.nearCombos.forEach((near, f) => near.clear(this.nearScratch[f]));
  }

  /** The best `keep` of a plan's items that `prefilter` lets through (all when empty), best
   * first (rank, then newest, then id, as the SQL statement orders), with how many, and, when
   * `counting`, their facet combinations counted in `this.comboScratch`. With `missed` (the bits
   * of each filtered facet, see prefilterOf), an item that misses one of them (the prefilter lets
   * through those that miss at most one) counts only in that facet's `this.nearScratch`
   * (disjunctive facets) and is no result. No item's record is read: validity comes from
   * `visibleOn`, the filters from their bits and the counts from `comboOf`, which stay in the
   * processor's caches. */
  private best(
    entry: PlanEntry, keep: number, counting: boolean, prefilter: Int32Array = NO_PREFILTER, missed: readonly FacetBits[] = [], specific: readonly Int32Array[] = [],
  ): { slots: Int32Array; total: number; ranks: Float64Array } {
    const { source } = entry;
    // A kept plan's arrays (valid on its day), or a source's candidates (checked for validity here).
    const docs = source ? source.docs : entry.docs;
    const values = source ? source.values : entry.ranks;
    const start = source ? source.at : 0;
    const end = start + (source ? source.n : entry.docs.length);
    const check = source !== undefined;
    const shown = check ? this.visibleOn(source.day) : NO_PREFILTER;
    // A min-heap on (rank, published, id reversed): the root is the worst kept.
    // The heap in scratch arrays (only the answer is new): `limit` places.
    const limit = Math.max(0, Math.min(keep, end - start));
    if (this.heapSlots.length < limit) {
      this.heapSlots = new Int32Array(limit);
      this.heapRanks = new Float64Array(limit);
    }
    const heapSlot = this.heapSlots;
    const heapRank = this.heapRanks;
    let heapSize = 0;
    const swap = (i: number, j: number) => {
      const s = heapSlot[i];
      const rk = heapRank[i];
      heapSlot[i] = heapSlot[j];
      heapRank[i] = heapRank[j];
      heapSlot[j] = s;
      heapRank[j] = rk;
    };
    /** Moves the item at the root down to its place. */
    const down = () => {
      for (let k = 0; ;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < heapSize && this.worse(heapRank[l], heapSlot[l], heapRank[m], heapSlot[m])) m = l;
        if (r < heapSize && this.worse(heapRank[r], heapSlot[r], heapRank[m], heapSlot[m])) m = r;
        if (m === k) break;
        swap(k, m);
        k = m;
      }
    };
    const combos = this.comboScratch;
    const usedCombos = this.usedCombos;
    const { nearScratch, nearCombos, comboOf } = this;
    const prefiltered = prefilter.length > 0;
    const facets = missed.length;
    const boosting = specific.length;
    let total = 0;
    for (let i = start; i < end; i++) {
      const d = docs[i];
      const w = d >>> 5;
      const bit = 1 << (d & 31);
      if (prefiltered && (prefilter[w] & bit) === 0) continue;
      if (check && (shown[w] & bit) === 0) continue;
      if (counting) {
        const c = d * COMBOS;
        let miss = -1;
        for (let k = 0; k < facets; k++) {
          if ((missed[k].bits[w] & bit) === 0) {
            miss = missed[k].facet;
            break;
          }
        }
        if (miss >= 0) {
          // Found by the search with every filter but this facet's own: counts in that facet only.
          const cc = comboOf[c + FACET_PACKED[miss]];
          if (nearScratch[miss][cc]++ === 0) nearCombos[miss].push(cc);
          continue;
        }
        // Written out, not a loop of three: V8 compiled the loop to ~5 times the time a match.
        const c0 = comboOf[c];
        const c1 = comboOf[c + 1];
        const c2 = comboOf[c + 2];
        if (combos[c0]++ === 0) usedCombos.push(c0);
        if (combos[c1]++ === 0) usedCombos.push(c1);
        if (combos[c2]++ === 0) usedCombos.push(c2);
      }
      total++;
      if (limit === 0) continue;
      let rank = values[i];
      if (boosting) {
        // An item that names a chosen region, sector or size itself (specificBitsOf), in single
        // precision as the SQL statement adds it.
        let named = 0;
        for (let k = 0; k < boosting; k++) if ((specific[k][w] & bit) !== 0) named++;
        if (named > 0) rank = Math.fround(rank + Math.fround(named * SPECIFIC_FILTER_BOOST));
      }
      if (heapSize < limit) {
        let k = heapSize++;
        heapSlot[k] = d;
        heapRank[k] = rank;
        while (k > 0) {
          const parent = (k - 1) >> 1;
          if (!this.worse(heapRank[k], heapSlot[k], heapRank[parent], heapSlot[parent])) break;
          swap(k, parent);
          k = parent;
        }
      } else if (rank >= heapRank[0] && this.worse(heapRank[0], heapSlot[0], rank, d)) {
        heapSlot[0] = d;
        heapRank[0] = rank;
        down();
      }
    }
    // Best first: the worst kept taken off the root, to the end, until the heap is empty.
    const slots = new Int32Array(heapSize);
    const ranks = new Float64Array(heapSize);
    while (heapSize > 0) {
      const last = --heapSize;
      slots[last] = heapSlot[0];
      ranks[last] = heapRank[0];
      heapSlot[0] = heapSlot[last];
      heapRank[0] = heapRank[last];
      down();
    }
    return { slots, total, ranks };
  }

  /** True when item `a` at rank `ra` comes after item `b` at rank `rb`: lower rank, then older,
   * then the larger id (as the SQL statement orders). */
  private worse(ra: number, a: number, rb: number, b: number): boolean {
    if (ra !== rb) return ra < rb;
    const { published, idKey } = this;
    if (published[a] !== published[b]) return published[a] < published[b];
    if (idKey[a] !== idKey[b]) return idKey[a] > idKey[b];
    return this.hits.id(a) > this.hits.id(b);
  }

  /** What the group with merged list `posting` (id `id`) finds alone on `day`: made by `best`
   * the first time, kept (up to SUMMARIES; none without caches) until the index changes. Common words recur in new
   * searches, so a union of two of them is mostly counted already. */
  private summaryOf(posting: Posting, id: number, day: number, depth = TOP_N): GroupSummary {
    const key = `${day}|${id}`;
    const summary = this.summaries.get(key);
    if (summary && (summary.top.length >= depth || summary.top.length === summary.total)) {
      this.summaries.delete(key);
      this.summaries.set(key, summary);
      return summary;
    }
    this.resetScratch();
    const source: CandidateSource = { docs: posting.docs, at: posting.at, n: posting.n, values: posting.weights, day };
    const { slots, total, ranks } = this.best({ docs: new Int32Array(0), ranks: new Float32Array(0), source, total: -1, counts: null, top: null }, depth, true);
    const vector = FacetCombos.vector();
    this.combos.take(vector, this.comboScratch, this.usedCombos);
    const made: GroupSummary = { total, vector, top: slots, ranks: Float32Array.from(ranks) };
    if (this.cacheEntries === 0) return made;
    if (summary) {
      this.summaries.delete(key);
      this.summarySlots -= summary.top.length;
    }
    this.summaries.set(key, made);
    this.summarySlots += made.top.length;
    while (this.summaries.size > SUMMARIES || this.summarySlots > SUMMARY_SLOTS) {
      const oldest = this.summaries.keys().next().value as string;
      this.summarySlots -= (this.summaries.get(oldest) as GroupSummary).top.length;
      this.summaries.delete(oldest);
    }
    return made;
  }

  /** A bit per slot whose record passes facet `f`'s part of `filter` (the test `best` makes),
   * made by one pass over the records when first asked, until the index changes. */
  private facetBitsOf(f: number, filter: RecordFilter): Int32Array {
    const key = `${f}:${f === F_KIND ? filter.kind : f === F_REGION ? `${filter.regionLow},${filter.regionHighFlags}` : f === F_SECTOR ? filter.sectorMask : f === F_SIZE ? filter.sizeFlags : filter.aspectFlags}`;
    let bits = this.facetBits.get(key);
    if (!bits) {
      bits = new Int32Array((this.size >> 5) + 1);
      const { rec } = this;
      for (let d = 0; d < this.size; d++) {
        const r = d * REC;
        const flags = rec[r + REC_FLAGS];
        const pass = f === F_KIND ? ((flags >> KIND_SHIFT) & 3) === filter.kind
          : f === F_REGION ? (rec[r + REC_REGIONS] & filter.regionLow) !== 0 || (flags & filter.regionHighFlags) !== 0
            : f === F_SECTOR ? (rec[r + REC_SECTORS] & filter.sectorMask) !== 0
              : f === F_SIZE ? (flags & filter.sizeFlags) !== 0
                : (flags & filter.aspectFlags) === filter.aspectFlags;
        if (pass) bits[d >> 5] |= 1 << (d & 31);
      }
      this.facetBits.set(key, bits);
    }
    return bits;
  }

  /** Per region, sector or size filter, the bits of the items that name the chosen value
   * themselves (RecordFilter.specific), for `best` to rank them higher; none for the other filters. */
  private specificBitsOf(filter: RecordFilter): Int32Array[] {
    const { specific } = filter;
    const narrowed: RecordFilter = { ...filter, ...specific };
    const bits: Int32Array[] = [];
    if (specific.regionLow !== 0 || specific.regionHighFlags !== 0) bits.push(this.facetBitsOf(F_REGION, narrowed));
    if (specific.sectorMask !== 0) bits.push(this.facetBitsOf(F_SECTOR, narrowed));
    if (specific.sizeFlags !== 0) bits.push(this.facetBitsOf(F_SIZE, narrowed));
    return bits;
  }

  /** The items a filtered `best` must look at: those that miss at most one facet's filter (the
   * others count nowhere), with each filtered facet's bits (`missed`: which one an item misses),
   * or, with `all`, those that pass every filter (the caller then counts the missed facet another
   * way; `missed` is empty). */
  private prefilterOf(active: readonly boolean[], filter: RecordFilter, all: boolean): { prefilter: Int32Array; missed: FacetBits[] } {
    const facets = FILTERED_FACETS.flatMap((_, f) => (active[f] ? [{ facet: f, bits: this.facetBitsOf(f, filter) }] : []));
    const bits = facets.map((f) => f.bits);
    if (bits.length === 1 && all) return { prefilter: bits[0], missed: [] };
    const words = (this.size >> 5) + 1;
    if (this.prefilterScratch.length < words) this.prefilterScratch = new Int32Array(words);
    const out = this.prefilterScratch.subarray(0, words);
    for (let w = 0; w < words; w++) {
      // Per bit: missed by one facet so far, missed by two or more.
      let once = 0;
      let twice = 0;
      for (const b of bits) {
        const miss = ~b[w];
        twice |= once & miss;
        once |= miss;
      }
      out[w] = all ? ~once : ~twice;
    }
    return { prefilter: out, missed: all ? [] : facets };
  }

  /** The best `keep`, the total and the facet counts of a union (every item of any group) without
   * a pass over all its items: the groups' summaries added up, less the overlaps counted more than
   * once (each item reached by m groups, m - 1 times); the best are the overlaps, ranked as
   * `match` ranks them, and the best of each group's own list that no other group reaches, whose
   * rank is their weight there plus the group's share of the rarity (the order of the group's
   * list). null when a group's kept best run out before `keep` of its own were found (then the
   * union is counted in full). */
  private unionAnswer(u: UnionPlan, keep: number): { slots: Int32Array; total: number; counts: Facets } | null {
    const { order, overlaps, day } = u;
    const { candidates } = this;
    const summaries = order.map((o) => this.summaryOf(o.posting, o.id, day));
    // The chosen so far, in scratch arrays (a union can have thousands of overlaps: arrays made
    // per search were garbage the collector had to clear at hundreds of searches a second).
    if (this.pickSlots.length < this.capacity) {
      this.pickSlots = new Int32Array(this.capacity);
      this.pickRanks = new Float64Array(this.capacity);
      this.pickSorted = new Float64Array(this.capacity);
    }
    const slots = this.pickSlots;
    const ranks = this.pickRanks;
    let picked = 0;
    for (let g = 0; g < order.length; g++) {
      // A group whose best are mostly reached by another group too (two parts of one compound)
      // may need more of its own best: once, a summary UNION_DEEPER times as deep. Never deeper:
      // a summary kept that deep already, and the union is counted in full (a group of tens of
      // thousands, summarised 10,000 or 100,000 deep, took 15–25 ms, longer than the full count).
      for (let attempt = 0; ; attempt++) {
        const { top, ranks: weights, total } = summaries[g];
        const from = picked;
        let taken = 0;
        let last = NaN;
        let enough = top.length === total;
        for (let i = 0; i < top.length; i++) {
          const d = top[i];
          if (candidates.groupsOf(d) > 1) continue;
          const rank = candidates.partialRank(g, weights[i]);
          // Past `keep` of its own, and past those tied with the last (float32 rounding can tie
          // what the weights order, and ties are ordered by date and id).
          if (taken >= keep && rank !== last) {
            enough = true;
            break;
          }
          slots[picked] = d;
          ranks[picked++] = rank;
          taken++;
          last = rank;
        }
        if (enough) break;
        if (attempt > 0 || top.length >= DEEPEST_SUMMARY) return null;
        picked = from;
        summaries[g] = this.summaryOf(order[g].posting, order[g].id, day, DEEPEST_SUMMARY);
      }
    }
    this.resetScratch();
    const combos = this.comboScratch;
    const used = this.usedCombos;
    let total = 0;
    const vector = FacetCombos.vector();
    for (const summary of summaries) {
      total += summary.total;
      for (let v = 0; v < vector.length; v++) vector[v] += summary.vector[v];
    }
    const shown = this.visibleOn(day);
    const { comboOf } = this;
    for (let i = 0; i < overlaps; i++) {
      const d = candidates.overlaps[i];
      if ((shown[d >>> 5] & (1 << (d & 31))) === 0) continue;
      const extra = candidates.groupsOf(d) - 1;
      total -= extra;
      const r = d * COMBOS;
      for (let k = 0; k < COMBOS; k++) {
        const c = comboOf[r + k];
        if (combos[c] === 0) used.push(c);
        combos[c] -= extra;
      }
      slots[picked] = d;
      ranks[picked++] = candidates.unionRank(d);
    }
    this.combos.take(vector, combos, used);
    // Best first, as `best` orders: rank, then newest, then id; of many (the overlaps of two
    // common parts of a compound can be thousands), only those ranked at least as the keep-th.
    let least = -Infinity;
    if (picked > 2 * keep) {
      const sorted = this.pickSorted.subarray(0, picked);
      sorted.set(ranks.subarray(0, picked));
      least = sorted.sort()[picked - keep];
    }
    const chosen: number[] = [];
    for (let i = 0; i < picked; i++) if (ranks[i] >= least) chosen.push(i);
    const order2 = chosen.sort((x, y) =>
      this.worse(ranks[x], slots[x], ranks[y], slots[y]) ? 1 : this.worse(ranks[y], slots[y], ranks[x], slots[x]) ? -1 : 0,
    );
    return { slots: Int32Array.from(order2.slice(0, keep), (i) => slots[i]), total, counts: FacetCombos.facets(vector) };
  }

  /** A union counted in full: the candidates as `match` leaves them for `best`. */
  private unionSource(u: UnionPlan): PlanEntry {
    const n = this.candidates.match(u.order, u.required, u.day, this.rec, this.slotOf.size);
    const source: CandidateSource = { docs: this.candidates.touched, at: 0, n, values: this.candidates.touchedRanks, day: u.day };
    return { docs: new Int32Array(0), ranks: new Float32Array(0), source, total: -1, counts: null, top: null };
  }

  /** The facet counts of all a plan's items without filters, when they can be had without a
   * pass over them all: a kept plan's (made once), or the summary of a one-group plan; else null. */
  private planCounts(entry: PlanEntry, today: string): Facets | null {
    if (entry.kept) {
      if (!entry.counts) this.unfiltered(entry, TOP_N);
      return entry.counts;
    }
    return entry.group ? FacetCombos.facets(this.summaryOf(entry.group.posting, entry.group.id, dayNumber(today)).vector) : null;
  }

  /** A plan's best `keep` without filters, its total and facet counts, into the entry. */
  private unfiltered(entry: PlanEntry, keep: number): void {
    this.resetScratch();
    ({ slots: entry.top, total: entry.total } = this.best(entry, keep, true));
    const vector = FacetCombos.vector();
    this.combos.take(vector, this.comboScratch, this.usedCombos);
    entry.counts = FacetCombos.facets(vector);
  }

  /** One page of the items that match `plan` and `filters` and are valid on `today`, best first,
   * with the total and facet counts. Every group must match, unless `partial` is given: then
   * groups no visible item matches do not count, and of the n query words (`concepts`: the word
   * each group stands for, parts of a split compound one word; by default each group its own)
   * the others stand for an item must match `partial(n)` (all of them when ENOUGH_FULL_MATCHES
   * items do; see match). A word matches when any of its groups does. */
  search(plan: QueryPlan, filters: IndexFilters, today: string, page: number, perPage: number, partial?: (n: number) => number, concepts: readonly number[] = []): IndexResult {
    if (plan === null) return { hits: [], total: 0, facets: emptyFacets() };
    const asked = recordFilterOf(filters);
    if (!asked) return { hits: [], total: 0, facets: emptyFacets() };
    this.postings.beginSearch();
    const keep = page * perPage;
    let entry = this.planEntry(plan, today, partial, concepts, !asked.filter && keep <= TOP_N);
    if (entry.union) {
      const answer = this.unionAnswer(entry.union, keep);
      if (answer) {
        const hits = Array.from(answer.slots.subarray((page - 1) * perPage, keep), (d) => this.hits.get(d));
        return { hits, total: answer.total, facets: answer.counts };
      }
      entry = this.unionSource(entry.union);
    }
    let slots: Int32Array;
    let total: number;
    let counts: IndexResult['facets'];
    if (!asked.filter && entry.group && keep <= TOP_N) {
      // One group, this search only: its summary (made now, or by an earlier search of the word
      // alone or in a union) is the answer.
      const summary = this.summaryOf(entry.group.posting, entry.group.id, dayNumber(today));
      const hits = Array.from(summary.top.subarray((page - 1) * perPage, keep), (d) => this.hits.get(d));
      return { hits, total: summary.total, facets: FacetCombos.facets(summary.vector) };
    }
    if (!asked.filter) {
      // A kept plan keeps the best TOP_N for the next pages; one made for this search only its page.
      if (!entry.top) this.unfiltered(entry, entry.kept ? TOP_N : keep);
      const top = entry.top as Int32Array;
      total = entry.total;
      counts = entry.counts as IndexResult['facets'];
      slots = keep <= top.length || top.length === total ? top : this.best(entry, keep, false).slots;
    } else {
      const filterKey = asked.key;
      const known = entry.filtered?.get(filterKey);
      if (known && (keep <= known.slots.length || known.slots.length === known.total)) {
        ({ slots, total, counts } = known);
      } else {
        // One facet filtered: that facet counts every item of the plan (the search with every
        // other filter is the search without filters), so only the items that pass are read.
        const one = asked.active.filter(Boolean).length === 1 ? this.planCounts(entry, today) : null;
        const { prefilter, missed } = this.prefilterOf(asked.active, asked.filter, one !== null);
        this.resetScratch();
        ({ slots, total } = this.best(entry, entry.kept ? Math.max(keep, FILTERED_TOP) : keep, true, prefilter, missed, this.specificBitsOf(asked.filter)));
        const vector = FacetCombos.vector();
        this.combos.take(vector, this.comboScratch, this.usedCombos);
        counts = FacetCombos.facets(vector);
        // Disjunctive facets: a filtered facet counts what the search with every other filter
        // finds, so its other values keep their counts.
        FILTERED_FACETS.forEach((facet, f) => {
          if (!asked.active[f]) return;
          if (one) {
            (counts as Record<string, unknown>)[facet] = one[facet];
            return;
          }
          const near = this.nearScratch[f];
          const widened = vector.slice();
          this.combos.take(widened, near, this.nearCombos[f]);
          (counts as Record<string, unknown>)[facet] = FacetCombos.facets(widened)[facet];
        });
        if (entry.kept) {
          entry.filtered ??= new Map();
          if (entry.filtered.size >= FILTER_CACHE) entry.filtered.delete(entry.filtered.keys().next().value as string);
          entry.filtered.set(filterKey, { slots, total, counts });
        }
      }
    }
    const hits = Array.from(slots.subarray((page - 1) * perPage, keep), (d) => this.hits.get(d));
    return { hits, total, facets: counts };
  }
}
