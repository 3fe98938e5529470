import { type Posting } from './postings';
import { visible } from './item-record';

// The rank of a partial match: its tier (2 for every group matched, else the share of the
// query's rarity matched) plus TIER times it, above any rank from word weights alone.
const TIER = 100;
/** Partial matches are searched only when fewer items than this match every word (see match). */
const ENOUGH_FULL_MATCHES = 20;

/** Per item in `cells`, four numbers side by side (a search reads one cache line per candidate,
 * not one per field: at 100,000 items the fields apart were five memory reads a candidate). */
const CELL = 4;
/** The search (stamp) that last reached the item: the other fields count only when it is this one. */
const STAMP = 0;
/** Float: its rank (summed weights, plus the tier once `match` is done). */
const CELL_RANK = 1;
/** The query words matched as bits (low 8), and the groups matched (above). */
const MATCHED = 2;
/** Float: the rarity (idf) of the groups matched. */
const COVER = 3;

// Exported apart: a constant exported where it is declared is read as a property of the
// module's exports wherever this module uses it, in the loops too.
export { ENOUGH_FULL_MATCHES };

/** Per-slot scratch of one search: which items a plan's groups reach, and their ranks. Items are
 * tracked by stamp, so nothing is cleared between searches. Posting weights come divided by the
 * item's length norm (see CatalogueIndex.upsert), so a sum of them is a rank as it is. */
export class Candidates {
  private stampBase = 0;
  /** After `match`: per slot, CELL numbers; the rank of a candidate `d` is `ranks[d * CELL + CELL_RANK]`. */
  private cells: Int32Array;
  ranks: Float32Array;
  /** After `match`: the candidates, in `touched[0 … kept)`, and their ranks beside them in
   * `touchedRanks` (read in order by the search: a read per candidate of its cell was a second
   * cache miss beside its record's). */
  touched: Int32Array;
  touchedRanks: Float32Array;
  /** After a `match` that left a union (`union` true; see match's `unionOnly`): the items reached
   * by two groups or more, in `overlaps[0 … n)`, and the rarity of each group (in `order`'s order). */
  union = false;
  overlaps: Int32Array;
  /** One bit an item, for a union: reached by some group; reached by two or more. 12.5 kB each
   * at 100,000 items, so marking stays in the processor's nearest cache (the per-item cells do not). */
  private reachedBits: Int32Array;
  private overlapBits: Int32Array;
  /** In a union, the overlaps the longest group reaches, and their weight there (per slot). */
  private lastBits: Int32Array;
  private lastWeights: Float32Array;
  private unionIdf: number[] = [];
  private unionRarity = 1;
  private unionFull = 0;
  private unionStamp = 0;

  constructor(capacity: number) {
    this.cells = new Int32Array(capacity * CELL);
    this.ranks = new Float32Array(this.cells.buffer);
    this.touched = new Int32Array(capacity);
    this.touchedRanks = new Float32Array(capacity);
    this.overlaps = new Int32Array(capacity);
    this.reachedBits = new Int32Array((capacity >> 5) + 1);
    this.overlapBits = new Int32Array((capacity >> 5) + 1);
    this.lastBits = new Int32Array((capacity >> 5) + 1);
    this.lastWeights = new Float32Array(capacity);
  }

  resize(capacity: number): void {
    this.cells = new Int32Array(capacity * CELL);
    this.ranks = new Float32Array(this.cells.buffer);
    this.stampBase = 0;
    this.touched = new Int32Array(capacity);
    this.touchedRanks = new Float32Array(capacity);
    this.overlaps = new Int32Array(capacity);
    this.reachedBits = new Int32Array((capacity >> 5) + 1);
    this.overlapBits = new Int32Array((capacity >> 5) + 1);
    this.lastBits = new Int32Array((capacity >> 5) + 1);
    this.lastWeights = new Float32Array(capacity);
  }

  private nextStamp(): number {
    if (this.stampBase > 2_000_000_000 - 2) {
      for (let i = STAMP; i < this.cells.length; i += CELL) this.cells[i] = 0;
      this.stampBase = 0;
    }
    return ++this.stampBase;
  }

  /** Candidates that match at least `required` of the groups' words, with their rank: the summed
   * weights of their matching positions, plus a tier that puts items matching every group first
   * and orders the others by the share of the query's rarity they match (each group weighs its
   * inverse document frequency ln(1 + N / (1 + df)), so a rare word counts above a common one;
   * the SQL statement weighs its groups the same way). `groups`: each group's merged posting (an
   * item once) and the query word it stands for (`concept`: the parts of a split compound are one
   * word). `items`: how many items the index holds. Returns how many candidates `touched` holds.
   * With `unionOnly`, when the answer is every item of any group (one word of the query is
   * enough, and fewer than ENOUGH_FULL_MATCHES match fully), it stops after reaching the items:
   * `union` is then true and the return value is how many items `overlaps` holds (reached by two
   * groups or more), for CatalogueIndex to count the rest from each group's own summary. `order`
   * is left sorted, shortest list first. */
  match(order: { posting: Posting; concept: number }[], required: number, day: number, rec: Int32Array, items: number, unionOnly = false): number {
    this.union = false;
    order.sort((a, b) => a.posting.n - b.posting.n);
    const groups = order.map((o) => o.posting);
    // Each query word (concept) a bit: the parts of a split compound count as one word.
    const conceptIds = [...new Set(order.map((o) => o.concept))];
    const bits = order.map((o) => 1 << conceptIds.indexOf(o.concept));
    const all = groups.length;
    const need = Math.max(1, required);
    // How many words the groups from g on can still add: an item first seen at g can reach `need` only if enough.
    const reachable = groups.map((_, g) => new Set(order.slice(g).map((o) => o.concept)).size);
    const idf = groups.map((p) => Math.log(1 + Math.max(1, items) / (1 + p.n)));
    const rarity = idf.reduce((a, b) => a + b, 0) || 1;
    // A union reaches every item anyway, the full matches among them (see unionOverlaps).
    if (unionOnly && need === 1 && all > 1) return this.unionOverlaps(groups, bits, idf, rarity, day, rec);
    if (all > 1 && groups[0].n >= ENOUGH_FULL_MATCHES) {
      // Partial matches count only when fewer than ENOUGH_FULL_MATCHES items match fully: first
      // the full matches alone (the shortest list, narrowed by the others), which is most
      // searches' answer, before the union of every list. Also for one word split in parts
      // (`need` is then every word, yet an item with one part matches it): there the union was
      // ~40% of all the postings read, of which ~4% were kept.
      const full = this.fullMatches(groups, day, rec);
      if (full >= 0) return full;
    }
    const seen = this.nextStamp();
    const { cells, ranks, touched, touchedRanks } = this;
    let count = 0;
    for (let g = 0; g < all; g++) {
      const { docs, weights, at, n } = groups[g];
      const w = idf[g];
      // One more group matched, and this group's word.
      const add = 256 | bits[g];
      // A group past the point where an item first seen now could still reach `need` only adds to
      // items already seen.
      const canStart = reachable[g] >= need;
      for (let i = at, end = at + n; i < end; i++) {
        const c = docs[i] * CELL;
        if (cells[c + STAMP] !== seen) {
          if (!canStart) continue;
          cells[c + STAMP] = seen;
          ranks[c + CELL_RANK] = weights[i];
          cells[c + MATCHED] = add;
          ranks[c + COVER] = w;
          touched[count++] = docs[i];
        } else {
          ranks[c + CELL_RANK] += weights[i];
          cells[c + MATCHED] = (cells[c + MATCHED] + 256) | bits[g];
          ranks[c + COVER] += w;
        }
      }
    }
    const full = all << 8;
    const words = (m: number) => {
      let k = 0;
      for (m &= 255; m; m &= m - 1) k++;
      return k;
    };
    // A full match matches every group (both parts of a split compound, or the compound itself);
    // a partial match enough words, where one part of a split compound counts for its word.
    // Partial matches only when fewer than ENOUGH_FULL_MATCHES items (valid on `day`) match
    // fully: a page and the next are then full matches anyway, and two common words do not make
    // a search of half the catalogue.
    let fullValid = 0;
    for (let i = 0; i < count && fullValid < ENOUGH_FULL_MATCHES; i++) {
      const d = touched[i];
      if ((cells[d * CELL + MATCHED] & ~255) === full && visible(rec, d, day)) fullValid++;
    }
    const onlyFull = fullValid >= ENOUGH_FULL_MATCHES;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      const c = d * CELL;
      const matched = cells[c + MATCHED];
      const isFull = (matched & ~255) === full;
      if (onlyFull ? !isFull : words(matched) < need) continue;
      ranks[c + CELL_RANK] += (isFull ? 2 : ranks[c + COVER] / rarity) * TIER;
      touchedRanks[kept] = ranks[c + CELL_RANK];
      touched[kept++] = d;
    }
    return kept;
  }

  /** Every group's items reached as `match` reaches them (ranks and rarity summed, groups and
   * words matched), keeping apart those a second group reaches. When ENOUGH_FULL_MATCHES of
   * these match every group and are valid on `day`, those are the answer, as `fullMatches` would
   * leave them (`union` stays false); this pass replaces that one, which read the same lists. */
  private unionOverlaps(groups: Posting[], bits: number[], idf: number[], rarity: number, day: number, rec: Int32Array): number {
    const { cells, ranks, overlaps, reachedBits, overlapBits, lastBits, lastWeights } = this;
    reachedBits.fill(0);
    overlapBits.fill(0);
    lastBits.fill(0);
    // First the items two groups reach, by bits alone; then only those get their cells, group by
    // group in `match`'s order (the same sums). The longest list (the last: `order` is shortest
    // first), most of what a union reads, is read once: its overlaps keep their weight aside.
    const last = groups.length - 1;
    let n = 0;
    for (let g = 0; g < last; g++) {
      const { docs, at, n: size } = groups[g];
      for (let i = at, end = at + size; i < end; i++) {
        const d = docs[i];
        const w = d >>> 5;
        const b = 1 << (d & 31);
        if ((reachedBits[w] & b) === 0) reachedBits[w] |= b;
        else if ((overlapBits[w] & b) === 0) {
          overlapBits[w] |= b;
          overlaps[n++] = d;
        }
      }
    }
    {
      const { docs, weights, at, n: size } = groups[last];
      for (let i = at, end = at + size; i < end; i++) {
        const d = docs[i];
        const w = d >>> 5;
        const b = 1 << (d & 31);
        if ((reachedBits[w] & b) === 0) continue;
        lastBits[w] |= b;
        lastWeights[d] = weights[i];
        if ((overlapBits[w] & b) === 0) {
          overlapBits[w] |= b;
          overlaps[n++] = d;
        }
      }
    }
    const seen = this.nextStamp();
    for (let g = 0; g < last; g++) {
      const { docs, weights, at, n: size } = groups[g];
      const w = idf[g];
      const add = 256 | bits[g];
      for (let i = at, end = at + size; i < end; i++) {
        const d = docs[i];
        if ((overlapBits[d >>> 5] & (1 << (d & 31))) === 0) continue;
        const c = d * CELL;
        if (cells[c + STAMP] !== seen) {
          cells[c + STAMP] = seen;
          ranks[c + CELL_RANK] = weights[i];
          cells[c + MATCHED] = add;
          ranks[c + COVER] = w;
        } else {
          ranks[c + CELL_RANK] += weights[i];
          cells[c + MATCHED] = (cells[c + MATCHED] + 256) | bits[g];
          ranks[c + COVER] += w;
        }
      }
    }
    // The longest group last, as `match` adds it: its overlaps were all reached by a shorter one.
    const lastIdf = idf[last];
    const lastBit = bits[last];
    for (let i = 0; i < n; i++) {
      const d = overlaps[i];
      if ((lastBits[d >>> 5] & (1 << (d & 31))) === 0) continue;
      const c = d * CELL;
      ranks[c + CELL_RANK] += lastWeights[d];
      cells[c + MATCHED] = (cells[c + MATCHED] + 256) | lastBit;
      ranks[c + COVER] += lastIdf;
    }
    this.unionIdf = idf;
    this.unionRarity = rarity;
    this.unionFull = groups.length << 8;
    this.unionStamp = seen;
    let fullValid = 0;
    for (let i = 0; i < n && fullValid < ENOUGH_FULL_MATCHES; i++) {
      const d = overlaps[i];
      if ((cells[d * CELL + MATCHED] & ~255) === this.unionFull && visible(rec, d, day)) fullValid++;
    }
    if (fullValid < ENOUGH_FULL_MATCHES) {
      this.union = true;
      return n;
    }
    const { touched, touchedRanks } = this;
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const d = overlaps[i];
      if ((cells[d * CELL + MATCHED] & ~255) !== this.unionFull) continue;
      touchedRanks[kept] = this.unionRank(d);
      touched[kept++] = d;
    }
    return kept;
  }

  /** After a union: how many groups reached item `d` when two or more did, else 0. */
  groupsOf(d: number): number {
    const c = d * CELL;
    return this.cells[c + STAMP] === this.unionStamp ? this.cells[c + MATCHED] >>> 8 : 0;
  }

  /** After a union: the rank `match` gives item `d` (reached by some group), as it computes it. */
  unionRank(d: number): number {
    const c = d * CELL;
    const matched = this.cells[c + MATCHED];
    const { ranks } = this;
    return Math.fround(ranks[c + CELL_RANK] + ((matched & ~255) === this.unionFull ? 2 : ranks[c + COVER] / this.unionRarity) * TIER);
  }

  /** After a union: the rank `match` gives an item that only group `g` (in `order`'s order)
   * reaches, by its weight `w` there: the same float32 steps as match. */
  partialRank(g: number, w: number): number {
    return Math.fround(Math.fround(w) + (Math.fround(this.unionIdf[g]) / this.unionRarity) * TIER);
  }

  /** The items in every group (`groups` shortest first), ranked as match ranks full matches, when
   * at least ENOUGH_FULL_MATCHES of them are valid on `day`; otherwise -1 (and nothing kept). */
  private fullMatches(groups: Posting[], day: number, rec: Int32Array): number {
    const seen = this.nextStamp();
    const { cells, ranks, touched } = this;
    const first = groups[0];
    let count = 0;
    for (let i = first.at, end = first.at + first.n; i < end; i++) {
      const d = first.docs[i];
      const c = d * CELL;
      cells[c + STAMP] = seen;
      ranks[c + CELL_RANK] = first.weights[i];
      cells[c + MATCHED] = 1;
      touched[count++] = d;
    }
    for (let g = 1; g < groups.length; g++) {
      const { docs, weights, at, n } = groups[g];
      for (let i = at, end = at + n; i < end; i++) {
        const c = docs[i] * CELL;
        if (cells[c + STAMP] !== seen || cells[c + MATCHED] !== g) continue;
        ranks[c + CELL_RANK] += weights[i];
        cells[c + MATCHED] = g + 1;
      }
    }
    const all = groups.length;
    let kept = 0;
    let valid = 0;
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      if (cells[d * CELL + MATCHED] !== all) continue;
      if (valid < ENOUGH_FULL_MATCHES && visible(rec, d, day)) valid++;
      touched[kept++] = d;
    }
    if (valid < ENOUGH_FULL_MATCHES) return -1;
    const { touchedRanks } = this;
    for (let i = 0; i < kept; i++) {
      const c = touched[i] * CELL + CELL_RANK;
      ranks[c] += 2 * TIER;
      touchedRanks[i] = ranks[c];
    }
    return kept;
  }
}
