import { RELATED_WEIGHT } from '@groeiwijzer/domain';
import { type QueryOption } from './index-types';
import { SortedWords } from './sorted-words';

/** The items of a lexeme (or a merged group) with the summed weights of their positions. */
export interface Posting {
  docs: Int32Array;
  weights: Float32Array;
  n: number;
}

export function grow<T extends Int32Array | Float32Array | Float64Array | Uint32Array | Uint8Array>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/** How a related option's lexemes are written in an expanded group (see expand). */
const RELATED_MARK = '~';
/** Merged group postings kept: at most this many groups (and the entries the index allows). */
export const GROUP_CACHE = 5000;

/** A query group's lexemes (see Postings.expand), and the key its merged list is kept under. */
export interface ExpandedGroup {
  lexemes: string[];
  key: string;
  /** The same for every group that stands for the same lexemes (until the index changes): a
   * short stand-in for `key`, which a short prefix makes long. */
  id: number;
}

/** The inverted index: from lexeme to the items that have it, and a query group's lists merged
 * into one (kept, as people use the same words again, until the index changes). */
export class Postings {
  private readonly lists = new Map<string, Posting>();
  private readonly lexemeList = new SortedWords();
  private readonly expanded = new Map<string, ExpandedGroup>();
  private readonly keyIds = new Map<string, number>();
  /** Ids are never given twice (plans are kept under them). */
  private nextId = 0;
  private readonly groupCache = new Map<string, Posting>();
  private groupCacheEntries = 0;
  private mergeMark: Uint8Array;
  private mergeScore: Float32Array;
  private mergeDocs: Int32Array;

  /** `cacheEntries`: how many items the merged lists kept may hold (0: none kept). */
  constructor(private readonly cacheEntries: number, capacity: number) {
    this.mergeMark = new Uint8Array(capacity);
    this.mergeScore = new Float32Array(capacity);
    this.mergeDocs = new Int32Array(capacity);
  }

  /** Room for slots up to `capacity`. */
  resize(capacity: number): void {
    this.mergeMark = new Uint8Array(capacity);
    this.mergeScore = new Float32Array(capacity);
    this.mergeDocs = new Int32Array(capacity);
  }

  add(lexeme: string, slot: number, weight: number): void {
    let p = this.lists.get(lexeme);
    if (!p) {
      p = { docs: new Int32Array(4), weights: new Float32Array(4), n: 0 };
      this.lists.set(lexeme, p);
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

  /** Gives back the room lists grew into but do not use (after a large read: a list doubles as
   * it grows, so up to half of its room is empty). */
  compact(): void {
    for (const p of this.lists.values()) {
      if (p.docs.length - p.n <= 8) continue;
      p.docs = p.docs.slice(0, p.n);
      p.weights = p.weights.slice(0, p.n);
    }
  }

  /** Forgets the merged lists: the index changed. */
  clearCaches(): void {
    if (this.expanded.size) this.expanded.clear();
    if (this.groupCache.size) {
      this.groupCache.clear();
      this.groupCacheEntries = 0;
    }
  }

  /** The lexemes a group stands for: its words, prefixes expanded, only those the index has,
   * sorted; those only a related option has marked RELATED_MARK. Groups typed differently that
   * stand for the same lexemes (a typo and its correction, "leidersch" and "leidersc") share
   * their cached lists. */
  expand(group: QueryOption[]): ExpandedGroup {
    const raw = group.map((o) => `${o.related ? RELATED_MARK : ''}${o.lexeme}${o.prefix ? '*' : ''}`).join(' ');
    let expanded = this.expanded.get(raw);
    if (!expanded) {
      const found = new Set<string>();
      const related = new Set<string>();
      for (const option of group) {
        const into = option.related ? related : found;
        if (!option.prefix) {
          if (this.lists.has(option.lexeme)) into.add(option.lexeme);
        } else for (const lexeme of this.lexemeList.startingWith(option.lexeme)) into.add(lexeme);
      }
      for (const lexeme of related) if (!found.has(lexeme)) found.add(RELATED_MARK + lexeme);
      const lexemes = [...found].sort();
      const key = lexemes.join(' ');
      let id = this.keyIds.get(key);
      if (id === undefined) {
        if (this.keyIds.size >= GROUP_CACHE * 4) this.keyIds.clear();
        this.keyIds.set(key, (id = this.nextId++));
      }
      expanded = { lexemes, key, id };
      if (this.expanded.size >= GROUP_CACHE * 4) this.expanded.clear();
      this.expanded.set(raw, expanded);
    }
    return expanded;
  }

  /** A group's postings as one list (an item once, its weights summed, a related word's times
   * RELATED_WEIGHT). A short prefix or a word with synonyms spans many lexemes, and people use
   * the same words again: merged lists are kept (up to GROUP_CACHE groups) until the index
   * changes. */
  group(group: QueryOption[]): Posting {
    return this.merged(this.expand(group));
  }

  /** An expanded group's postings as one list (see group). */
  merged({ lexemes, key }: ExpandedGroup): Posting {
    const cached = this.groupCache.get(key);
    if (cached) {
      this.groupCache.delete(key);
      this.groupCache.set(key, cached);
      return cached;
    }
    const postings = lexemes.map((l) => this.lists.get(l.startsWith(RELATED_MARK) ? l.slice(1) : l) as Posting);
    const factors = lexemes.map((l) => (l.startsWith(RELATED_MARK) ? RELATED_WEIGHT : 1));
    let merged: Posting;
    if (postings.length === 1 && factors[0] === 1) merged = postings[0];
    else {
      const { mergeMark, mergeScore, mergeDocs } = this;
      let count = 0;
      postings.forEach(({ docs: ds, weights, n }, k) => {
        const factor = factors[k];
        for (let i = 0; i < n; i++) {
          const d = ds[i];
          if (mergeMark[d] === 0) {
            mergeMark[d] = 1;
            mergeScore[d] = 0;
            mergeDocs[count++] = d;
          }
          mergeScore[d] += weights[i] * factor;
        }
      });
      const docs = mergeDocs.slice(0, count);
      const weights = new Float32Array(count);
      for (let i = 0; i < count; i++) {
        weights[i] = mergeScore[docs[i]];
        mergeMark[docs[i]] = 0;
      }
      merged = { docs, weights, n: count };
    }
    if (this.cacheEntries <= 0) return merged;
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
