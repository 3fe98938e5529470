import { worthPacking } from './postings';
import { SortedWords } from './sorted-words';

/** The catalogue's word list in memory, for typo tolerance without a database round trip: the
 * same rule as the SQL engine's `pg_trgm` lookup. A query word of 4+ letters that the catalogue
 * does not use (as a prefix too, while typing) is replaced by the word with the highest trigram
 * similarity, if that is at least 0.3 (`pg_trgm.similarity_threshold`). Trigrams as pg_trgm
 * makes them: the word padded with two spaces in front and one behind. */
const NONE: readonly number[] = [];

/** True when the ascending list holds `id` (binary search). */
function sortedHas(list: ArrayLike<number>, id: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export class SpellingIndex {
  private readonly words: string[] = [];
  private readonly known = new Set<string>();
  private readonly sorted = new SortedWords();
  /** Per trigram, the ids of the words that have it: packed into one shared array by compact(). */
  private readonly trigramWords = new Map<string, number[] | Int32Array>();
  private sizes = new Uint8Array(1024);
  /** Ids in the shared array, and in lists of their own (grown since the last compact). */
  private packed = 0;
  private loose = 0;
  private counts = new Uint16Array(1024);
  private touched = new Int32Array(1024);

  static trigrams(word: string): string[] {
    const padded = `  ${word} `;
    const out = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
    return [...out];
  }

  get size(): number {
    return this.words.length;
  }

  add(word: string): void {
    if (this.known.has(word)) return;
    this.known.add(word);
    const id = this.words.length;
    this.words.push(word);
    if (id === this.sizes.length) {
      const sizes = new Uint8Array(id * 2);
      sizes.set(this.sizes);
      this.sizes = sizes;
      this.counts = new Uint16Array(id * 2);
      this.touched = new Int32Array(id * 2);
    }
    const grams = SpellingIndex.trigrams(word);
    this.sizes[id] = Math.min(255, grams.length);
    for (const g of grams) {
      const list = this.trigramWords.get(g);
      if (Array.isArray(list)) list.push(id);
      else this.trigramWords.set(g, list ? [...list, id] : [id]);
      this.loose += Array.isArray(list) ? 1 : (list?.length ?? 0) + 1;
    }
    this.sorted.add(word);
  }

  /** After a large read: every trigram's list into one shared Int32Array, each a view of its
   * part (a list of numbers takes 8 bytes an id and grows with room to spare; this takes 4). A
   * list that grows later becomes a list of its own again (see add). */
  compact(): void {
    let total = 0;
    for (const list of this.trigramWords.values()) total += list.length;
    const all = new Int32Array(total);
    let at = 0;
    for (const [g, list] of this.trigramWords) {
      all.set(list, at);
      this.trigramWords.set(g, all.subarray(at, at + list.length));
      at += list.length;
    }
    this.packed = total;
    this.loose = 0;
  }

  /** Compacts when the lists that grew since the last compact hold enough ids (`worthPacking`):
   * words learnt by later reads would otherwise stay in lists of numbers, twice the room. True
   * when it ran. */
  compactIfLoose(): boolean {
    if (!worthPacking(this.loose, this.packed)) return false;
    this.compact();
    return true;
  }

  /** True when the catalogue uses the word (or, for a prefix, a word starting with it). */
  has(word: string, prefix: boolean): boolean {
    return prefix ? this.sorted.hasPrefix(word) : this.known.has(word);
  }

  /** The nearest catalogue word by trigram similarity (≥ 0.3, or `min`), or null. Ties go to
   * the word closest in length, then the first alphabetically. */
  nearest(word: string, min = 0.3): string | null {
    const grams = SpellingIndex.trigrams(word);
    const { counts, touched, sizes, words } = this;
    // A word at similarity t shares at least t × (the query's trigrams) of them (shared / (a + b -
    // shared) ≥ t, with shared ≤ b), so it is in at least one of any `grams - k + 1` of the lists:
    // counted through the shortest lists, then looked up in the k - 1 longest (sorted by id) —
    // the longest lists (common trigrams such as "ing") were most of the work.
    const lists = grams.map((g) => this.trigramWords.get(g) ?? NONE).sort((a, b) => a.length - b.length);
    // Shared trigrams are a whole number, so at least t × grams rounded up (5.2 → 6): one list
    // fewer counted in full whenever t × grams is not whole.
    const k = Math.max(1, Math.ceil(Math.max(0.3, min) * grams.length - 1e-9));
    const counted = lists.length - k + 1;
    let n = 0;
    for (let l = 0; l < counted; l++) {
      const list = lists[l];
      for (let i = 0; i < list.length; i++) {
        const id = list[i];
        if (counts[id] === 0) touched[n++] = id;
        counts[id]++;
      }
    }
    for (let l = counted; l < lists.length; l++) {
      const list = lists[l];
      // Each candidate looked up, or the list read once for the candidates in it: the cheaper.
      if (n * Math.log2(list.length + 1) < list.length) {
        for (let i = 0; i < n; i++) if (sortedHas(list, touched[i])) counts[touched[i]]++;
      } else {
        for (let i = 0; i < list.length; i++) if (counts[list[i]] > 0) counts[list[i]]++;
      }
    }
    let best: string | null = null;
    let bestScore = Math.max(0.3, min) - 1e-9;
    for (let i = 0; i < n; i++) {
      const id = touched[i];
      const shared = counts[id];
      counts[id] = 0;
      const score = shared / (grams.length + sizes[id] - shared);
      if (score < bestScore) continue;
      const candidate = words[id];
      if (best !== null && score === bestScore) {
        const d = Math.abs(candidate.length - word.length) - Math.abs(best.length - word.length);
        if (d > 0 || (d === 0 && candidate >= best)) continue;
      }
      best = candidate;
      bestScore = score;
    }
    return best;
  }
}
