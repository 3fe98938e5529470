import { RELATED_WEIGHT } from '@groeiwijzer/domain';
import { type QueryOption } from './index-types';
import { SortedWords, sortedHas } from './sorted-words';

/** The items of a lexeme (or a merged group) with the summed weights of their positions:
 * `docs[at]` … `docs[at + n - 1]` (after Postings.compact many lists share one pair of arrays). */
export interface Posting {
  docs: Int32Array;
  weights: Float32Array;
  at: number;
  n: number;
}

export function grow<T extends Int32Array | Float32Array | Float64Array | Uint32Array | Uint16Array | Uint8Array>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/** True when lists grown since they were last packed into shared arrays hold room for more than
 * an eighth of the packed entries (and 65,536): then packing them again is worth its cost, a copy
 * of every entry (tens of milliseconds at 100,000 items), at most once per eighth grown. The rule
 * of the word lists here and of the spelling index's trigram lists. */
export function worthPacking(loose: number, packed: number): boolean {
  return loose > Math.max(1 << 16, packed / 8);
}

/** How a related option's lexemes are written in an expanded group (see expand). */
const RELATED_MARK = '~';
/** Merged group postings kept: at most this many groups (and the entries the index allows). */
export const GROUP_CACHE = 5000;

/** A query group as the index answers it (see Postings.expand). */
export interface ExpandedGroup {
  /** Its options that some lexeme of the index matches. */
  options: QueryOption[];
  /** The same for groups that stand for the same lexemes: their merged list is kept under it. */
  key: string;
  /** A short stand-in for `key` (until the index changes). */
  id: number;
}

/** A prefix's lexemes, sorted, and an id for that set of lexemes. */
interface PrefixLexemes {
  lexemes: string[];
  id: number;
}

/** Cache admission: a key is worth keeping from the second time it is asked for. Most plans
 * and groups of words typed once are not asked again, and keeping them made work for the
 * collector and pushed out what is asked often. Remembers at most `limit` keys asked once. */
export class SecondAsk {
  private readonly once = new Set<string>();

  constructor(private readonly limit: number) {}

  /** True when `key` was asked for before (since the last clear); else remembers it. */
  admit(key: string): boolean {
    if (this.once.delete(key)) return true;
    if (this.once.size >= this.limit) this.once.clear();
    this.once.add(key);
    return false;
  }

  clear(): void {
    if (this.once.size) this.once.clear();
  }
}

/** The inverted index: from lexeme to the items that have it, and a query group's lists merged
 * into one (kept, as people use the same words again, until the index changes). */
export class Postings {
  private readonly lists = new Map<string, Posting>();
  private readonly lexemeList = new SortedWords();
  private readonly expanded = new Map<string, ExpandedGroup>();
  private readonly keyIds = new Map<string, number>();
  private readonly prefixes = new Map<string, PrefixLexemes>();
  /** Ids are never given twice (plans are kept under them). */
  private nextId = 0;
  private readonly groupCache = new Map<string, Posting>();
  /** The merged lists made to be kept (the group cache's, and any a kept plan still reads). */
  private readonly keptMerged = new WeakSet<Posting>();
  private groupCacheEntries = 0;
  /** A bit per slot reached by the merge under way, and the summed weight of each (see merged). */
  private mergeBits: Int32Array;
  private mergeScore: Float32Array;
  /** Groups merged once since the index changed (see merged). */
  private readonly askedOnce = new SecondAsk(GROUP_CACHE * 4);
  /** Lists merged for this search only, in scratch arrays. */
  private readonly thisSearch = new Map<string, Posting>();
  private scratch: { docs: Int32Array; weights: Float32Array }[] = [];
  private scratchUsed = 0;
  /** The arrays compact() made, which many lists share. */
  private sharedDocs: Int32Array | null = null;
  /** Entries in the shared arrays, and the room (entries) of the arrays lists have of their own:
   * lists that grew since the last compact. */
  private packed = 0;
  private loose = 0;

  /** `cacheEntries`: how many items the merged lists kept may hold (0: none kept). */
  constructor(private readonly cacheEntries: number, capacity: number) {
    this.mergeBits = new Int32Array((capacity >> 5) + 1);
    this.mergeScore = new Float32Array(capacity);
  }

  /** Room for slots up to `capacity`. */
  resize(capacity: number): void {
    this.scratch = [];
    this.thisSearch.clear();
    this.mergeBits = new Int32Array((capacity >> 5) + 1);
    this.mergeScore = new Float32Array(capacity);
  }

  add(lexeme: string, slot: number, weight: number): void {
    let p = this.lists.get(lexeme);
    if (!p) {
      p = { docs: new Int32Array(4), weights: new Float32Array(4), at: 0, n: 0 };
      this.lists.set(lexeme, p);
      this.lexemeList.add(lexeme);
      this.loose += 4;
    }
    if (p.docs === this.sharedDocs || p.n === p.docs.length) {
      // Full, or part of the shared arrays (see compact): a pair of arrays of its own, twice as long.
      const size = Math.max(4, p.n * 2);
      this.loose += size - (p.docs === this.sharedDocs ? 0 : p.docs.length);
      const docs = new Int32Array(size);
      const weights = new Float32Array(size);
      docs.set(p.docs.subarray(p.at, p.at + p.n));
      weights.set(p.weights.subarray(p.at, p.at + p.n));
      p.docs = docs;
      p.weights = weights;
      p.at = 0;
    }
    p.docs[p.n] = slot;
    p.weights[p.n] = weight;
    p.n++;
  }

  /** After a large read: every list moves into one shared pair of arrays, each list a run of
   * them (`at`, `n`). Apart, 50,000 lists at 100,000 items were 100,000 buffers, each with its
   * own allocation, bookkeeping and JS object, and up to half of each empty (a list doubles as
   * it grows). A list that grows later gets arrays of its own again (see add). */
  compact(): void {
    let total = 0;
    for (const p of this.lists.values()) total += p.n;
    const docs = new Int32Array(total);
    const weights = new Float32Array(total);
    let at = 0;
    for (const p of this.lists.values()) {
      docs.set(p.docs.subarray(p.at, p.at + p.n), at);
      weights.set(p.weights.subarray(p.at, p.at + p.n), at);
      p.docs = docs;
      p.weights = weights;
      p.at = at;
      at += p.n;
    }
    this.sharedDocs = docs;
    this.packed = total;
    this.loose = 0;
  }

  /** Compacts when the lists that grew since the last compact hold enough room (`worthPacking`):
   * an index that grows by later reads (a catalogue filled or imported while the API runs, items
   * published one by one) would otherwise keep its lists apart, each with its own buffers and up
   * to half of them empty; at 100,000 items read that way, ~40 MB more. True when it ran. */
  compactIfLoose(): boolean {
    if (!worthPacking(this.loose, this.packed)) return false;
    this.compact();
    return true;
  }

  /** Forgets the merged lists: the index changed. */
  clearCaches(): void {
    if (this.expanded.size) this.expanded.clear();
    if (this.prefixes.size) this.prefixes.clear();
    this.askedOnce.clear();
    this.thisSearch.clear();
    if (this.groupCache.size) {
      this.groupCache.clear();
      this.groupCacheEntries = 0;
    }
  }

  /** An id per distinct key (never given twice: plans are kept under them). */
  private idOf(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      if (this.keyIds.size >= GROUP_CACHE * 4) this.keyIds.clear();
      this.keyIds.set(key, (id = this.nextId++));
    }
    return id;
  }

  /** The lexemes starting with `prefix`, kept per prefix (typing "oplei", "opleid" … asks the same). */
  private prefixLexemes(prefix: string): PrefixLexemes {
    let known = this.prefixes.get(prefix);
    if (!known) {
      const lexemes = this.lexemeList.startingWith(prefix);
      // The lexemes starting with a prefix are a run of the sorted list, and lexemes are only
      // ever added: its first, its last and how many name the set (not all of them joined, which
      // for a short prefix was a key of thousands of words).
      known = { lexemes, id: lexemes.length ? this.idOf(`*${lexemes[0]} ${lexemes[lexemes.length - 1]} ${lexemes.length}`) : -1 };
      if (this.prefixes.size >= GROUP_CACHE * 4) this.prefixes.clear();
      this.prefixes.set(prefix, known);
    }
    return known;
  }

  /** The group's options that some lexeme matches, and a key that is the same for groups that
   * stand for the same lexemes: typed differently ("leidersch" and "leidersc", a word with or
   * without a form its prefix already covers), they share their merged list and plans. A prefix
   * counts by the id of its set of lexemes, so the key stays short. */
  expand(group: QueryOption[]): ExpandedGroup {
    const raw = group.map((o) => `${o.related ? RELATED_MARK : ''}${o.lexeme}${o.prefix ? '*' : ''}`).join(' ');
    let expanded = this.expanded.get(raw);
    if (!expanded) {
      const options = group.filter((o) => (o.prefix ? this.prefixLexemes(o.lexeme).id >= 0 : this.lists.has(o.lexeme)));
      const covering = options.filter((o) => o.prefix && !o.related).map((o) => this.prefixLexemes(o.lexeme));
      const covered = (lexeme: string) => covering.some((p) => sortedHas(p.lexemes, lexeme));
      const exact = new Set(options.filter((o) => !o.prefix && !o.related).map((o) => o.lexeme));
      const tokens = new Set<string>(covering.map((p) => `#${p.id}`));
      for (const lexeme of exact) if (!covered(lexeme)) tokens.add(lexeme);
      for (const o of options) {
        if (!o.related) continue;
        if (o.prefix) tokens.add(`${RELATED_MARK}#${this.prefixLexemes(o.lexeme).id}`);
        else if (!exact.has(o.lexeme) && !covered(o.lexeme)) tokens.add(RELATED_MARK + o.lexeme);
      }
      const key = [...tokens].sort().join(' ');
      expanded = { options, key, id: this.idOf(key) };
      if (this.expanded.size >= GROUP_CACHE * 4) this.expanded.clear();
      this.expanded.set(raw, expanded);
    }
    return expanded;
  }

  /** The lexemes of a group's options, sorted: prefixes expanded; those only a related option
   * has marked RELATED_MARK. */
  private lexemesOf(options: QueryOption[]): readonly string[] {
    // One prefix alone: its lexemes are a sorted run of the word list already (a short prefix
    // has thousands, each put in a set and sorted again otherwise).
    if (options.length === 1 && options[0].prefix && !options[0].related) return this.prefixLexemes(options[0].lexeme).lexemes;
    const found = new Set<string>();
    const related = new Set<string>();
    for (const option of options) {
      const into = option.related ? related : found;
      if (!option.prefix) into.add(option.lexeme);
      else for (const lexeme of this.prefixLexemes(option.lexeme).lexemes) into.add(lexeme);
    }
    for (const lexeme of related) if (!found.has(lexeme)) found.add(RELATED_MARK + lexeme);
    return [...found].sort();
  }

  /** A group's postings as one list (an item once, its weights summed, a related word's times
   * RELATED_WEIGHT). A short prefix or a word with synonyms spans many lexemes, and people use
   * the same words again: merged lists are kept (up to GROUP_CACHE groups) until the index
   * changes. */
  group(group: QueryOption[]): Posting {
    return this.merged(this.expand(group));
  }

  /** True when `p` stays as it is after this search: a word's own list, or a merged list kept
   * (not one merged in scratch arrays for this search only). */
  lasting(p: Posting): boolean {
    for (const q of this.thisSearch.values()) if (q === p) return false;
    return true;
  }

  /** True when `p` is a word's own list (kept by the index anyway), not a merged one. */
  isOwnList(p: Posting): boolean {
    return !this.keptMerged.has(p);
  }

  /** A new search: lists merged for the last search only are forgotten (see merged). */
  beginSearch(): void {
    if (this.thisSearch.size) this.thisSearch.clear();
    this.scratchUsed = 0;
  }

  /** An expanded group's postings as one list (see group). A list merged from several is kept
   * only when its group is asked for a second time (since the index changed): most groups of
   * words typed once are not asked again, and new arrays for each made work for the collector
   * and pushed out lists asked often. The first time it is merged into scratch arrays, valid
   * until the next `beginSearch`. */
  merged({ options, key }: ExpandedGroup): Posting {
    const cached = this.groupCache.get(key) ?? this.thisSearch.get(key);
    if (cached) {
      if (this.groupCache.delete(key)) this.groupCache.set(key, cached);
      return cached;
    }
    const lexemes = this.lexemesOf(options);
    const postings = lexemes.map((l) => this.lists.get(l.startsWith(RELATED_MARK) ? l.slice(1) : l) as Posting);
    const factors = lexemes.map((l) => (l.startsWith(RELATED_MARK) ? RELATED_WEIGHT : 1));
    // One lexeme: its own list, nothing to merge or keep.
    if (postings.length === 1 && factors[0] === 1) return postings[0];
    const keep = this.cacheEntries > 0 && this.askedOnce.admit(key);
    // Reached items as bits (12.5 kB at 100,000 slots, in the processor's nearest cache, where a
    // byte per slot and a list of the reached were two more arrays read at random), then read out
    // word by word: the merged list comes out in slot order, as a word's own list is, so the
    // passes over it after (matching, ranking, counting) read the per-slot arrays in order too.
    const { mergeBits, mergeScore } = this;
    let count = 0;
    let lo = mergeScore.length;
    let hi = -1;
    for (let k = 0; k < postings.length; k++) {
      const { docs: ds, weights, at, n } = postings[k];
      const factor = factors[k];
      for (let i = at, end = at + n; i < end; i++) {
        const d = ds[i];
        const w = d >>> 5;
        const b = 1 << (d & 31);
        if ((mergeBits[w] & b) === 0) {
          mergeBits[w] |= b;
          mergeScore[d] = weights[i] * factor;
          count++;
          if (d < lo) lo = d;
          if (d > hi) hi = d;
        } else {
          mergeScore[d] += weights[i] * factor;
        }
      }
    }
    let docs: Int32Array;
    let weights: Float32Array;
    if (keep) {
      docs = new Int32Array(count);
      weights = new Float32Array(count);
    } else {
      const size = this.mergeScore.length;
      const scratch = (this.scratch[this.scratchUsed++] ??= { docs: new Int32Array(size), weights: new Float32Array(size) });
      docs = scratch.docs;
      weights = scratch.weights;
    }
    let j = 0;
    // Only the words between the first and the last item reached (none when nothing was).
    for (let w = lo >>> 5, last = count > 0 ? hi >>> 5 : -1; w <= last; w++) {
      let bits = mergeBits[w];
      if (bits === 0) continue;
      mergeBits[w] = 0;
      const base = w << 5;
      while (bits !== 0) {
        const low = bits & -bits;
        const d = base + 31 - Math.clz32(low);
        docs[j] = d;
        weights[j++] = mergeScore[d];
        bits ^= low;
      }
    }
    const merged = { docs, weights, at: 0, n: count };
    if (!keep) {
      this.thisSearch.set(key, merged);
      return merged;
    }
    this.keptMerged.add(merged);
    this.groupCache.set(key, merged);
    this.groupCacheEntries += merged.n;
    while (this.groupCache.size > GROUP_CACHE || this.groupCacheEntries > this.cacheEntries) {
      const oldest = this.groupCache.keys().next().value as string;
      this.groupCacheEntries -= (this.groupCache.get(oldest) as Posting).n;
      this.groupCache.delete(oldest);
    }
    return merged;
  }
}
