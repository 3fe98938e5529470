import { type Posting } from './postings';
import { visible } from './item-record';

// The rank of a partial match: its tier (2 for every group matched, else the share of the
// query's rarity matched) times TIER, above any rank from word weights alone.
const TIER = 100;
/** Partial matches are searched only when fewer items than this match every word (see match). */
export const ENOUGH_FULL_MATCHES = 20;

/** Per-slot scratch of one search: which items a plan's groups reach, and their ranks. Items are
 * tracked by stamp, so nothing is cleared between searches. */
export class Candidates {
  private stampBase = 0;
  private stamp: Int32Array;
  /** After `match`: the rank of each candidate. */
  score: Float32Array;
  private matched: Uint8Array;
  private matchedGroups: Uint8Array;
  private cover: Float32Array;
  /** After `match`: the candidates, in `touched[0 … kept)`. */
  touched: Int32Array;

  constructor(capacity: number) {
    this.stamp = new Int32Array(capacity);
    this.score = new Float32Array(capacity);
    this.matched = new Uint8Array(capacity);
    this.matchedGroups = new Uint8Array(capacity);
    this.cover = new Float32Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  resize(capacity: number): void {
    this.stamp = new Int32Array(capacity);
    this.stampBase = 0;
    this.score = new Float32Array(capacity);
    this.matched = new Uint8Array(capacity);
    this.matchedGroups = new Uint8Array(capacity);
    this.cover = new Float32Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  /** Candidates that match at least `required` of the groups' words, with their rank in
   * `score`: the summed weights of their matching positions, plus a tier that puts items
   * matching every group first and orders the others by the share of the query's rarity they
   * match (each group weighs its inverse document frequency ln(1 + N / (1 + df)), so a rare word
   * counts above a common one; the SQL statement weighs its groups the same way). `groups`: each
   * group's merged posting (an item once) and the query word it stands for (`concept`: the parts
   * of a split compound are one word). `items`: how many items the index holds. Returns how
   * many candidates `touched` holds. */
  match(
    order: { posting: Posting; concept: number }[], required: number, day: number,
    rec: Int32Array, norm: Float32Array, items: number,
  ): number {
    order.sort((a, b) => a.posting.n - b.posting.n);
    const groups = order.map((o) => o.posting);
    // Each query word (concept) a bit: the parts of a split compound count as one word.
    const conceptIds = [...new Set(order.map((o) => o.concept))];
    const bits = order.map((o) => 1 << conceptIds.indexOf(o.concept));
    const all = groups.length;
    const need = Math.max(1, required);
    // How many words the groups from g on can still add: an item first seen at g can reach `need` only if enough.
    const reachable = groups.map((_, g) => new Set(order.slice(g).map((o) => o.concept)).size);
    if (this.stampBase > 2_000_000_000 - 2) {
      this.stamp.fill(0);
      this.stampBase = 0;
    }
    const { stamp, score, touched, matched, matchedGroups, cover } = this;
    const idf = groups.map((p) => Math.log(1 + Math.max(1, items) / (1 + p.n)));
    const rarity = idf.reduce((a, b) => a + b, 0) || 1;
    if (need < conceptIds.length && all > 1 && groups[0].n >= ENOUGH_FULL_MATCHES) {
      // Partial matches count only when fewer than ENOUGH_FULL_MATCHES items match fully: first
      // the full matches alone (the shortest list, narrowed by the others), which is most
      // searches' answer, before the union of every list.
      const full = this.fullMatches(groups, day, rec, norm);
      if (full >= 0) return full;
    }
    const seen = ++this.stampBase;
    let count = 0;
    for (let g = 0; g < all; g++) {
      const { docs, weights, at, n } = groups[g];
      const w = idf[g];
      const bit = bits[g];
      // A group past the point where an item first seen now could still reach `need` only adds to
      // items already seen.
      const canStart = reachable[g] >= need;
      for (let i = at, end = at + n; i < end; i++) {
        const d = docs[i];
        if (stamp[d] !== seen) {
          if (!canStart) continue;
          stamp[d] = seen;
          score[d] = weights[i];
          matched[d] = bit;
          matchedGroups[d] = 1;
          cover[d] = w;
          touched[count++] = d;
        } else {
          score[d] += weights[i];
          matched[d] |= bit;
          matchedGroups[d]++;
          cover[d] += w;
        }
      }
    }
    const words = (d: number) => {
      let m = matched[d];
      let k = 0;
      while (m) {
        m &= m - 1;
        k++;
      }
      return k;
    };
    // A full match matches every group (both parts of a split compound, or the compound itself);
    // a partial match enough words, where one part of a split compound counts for its word.
    // Partial matches only when fewer than ENOUGH_FULL_MATCHES items (valid on `day`) match
    // fully: a page and the next are then full matches anyway, and two common words do not make
    // a search of half the catalogue.
    let full = 0;
    for (let i = 0; i < count && full < ENOUGH_FULL_MATCHES; i++) {
      const d = touched[i];
      if (matchedGroups[d] === all && visible(rec, d, day)) full++;
    }
    const onlyFull = full >= ENOUGH_FULL_MATCHES;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      const isFull = matchedGroups[d] === all;
      if (onlyFull ? !isFull : words(d) < need) continue;
      score[d] += (isFull ? 2 : cover[d] / rarity) * TIER * norm[d];
      touched[kept++] = d;
    }
    return kept;
  }

  /** The items in every group (`groups` shortest first), ranked as match ranks full matches, when
   * at least ENOUGH_FULL_MATCHES of them are valid on `day`; otherwise -1 (and nothing kept). */
  private fullMatches(groups: Posting[], day: number, rec: Int32Array, norm: Float32Array): number {
    if (this.stampBase > 2_000_000_000 - 2) {
      this.stamp.fill(0);
      this.stampBase = 0;
    }
    const seen = ++this.stampBase;
    const { stamp, score, touched, matchedGroups } = this;
    const first = groups[0];
    let count = 0;
    for (let i = first.at, end = first.at + first.n; i < end; i++) {
      const d = first.docs[i];
      stamp[d] = seen;
      score[d] = first.weights[i];
      matchedGroups[d] = 1;
      touched[count++] = d;
    }
    for (let g = 1; g < groups.length; g++) {
      const { docs, weights, at, n } = groups[g];
      for (let i = at, end = at + n; i < end; i++) {
        const d = docs[i];
        if (stamp[d] !== seen || matchedGroups[d] !== g) continue;
        score[d] += weights[i];
        matchedGroups[d] = g + 1;
      }
    }
    const all = groups.length;
    let kept = 0;
    let valid = 0;
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      if (matchedGroups[d] !== all) continue;
      if (valid < ENOUGH_FULL_MATCHES && visible(rec, d, day)) valid++;
      touched[kept++] = d;
    }
    if (valid < ENOUGH_FULL_MATCHES) return -1;
    for (let i = 0; i < kept; i++) score[touched[i]] += 2 * TIER * norm[touched[i]];
    return kept;
  }
}
