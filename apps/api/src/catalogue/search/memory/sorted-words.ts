/** Words in sorted order for prefix lookups, taking new words as they come: they wait in a
 * small list and are merged in (one linear pass) before the next lookup, instead of sorting
 * the whole list again after every change. */
export class SortedWords {
  private sorted: string[] = [];
  private pending: string[] = [];

  /** Adds a word the caller has not added before. */
  add(word: string): void {
    this.pending.push(word);
  }

  /** The words that start with `prefix`, in order. */
  startingWith(prefix: string): string[] {
    const list = this.flush();
    const out: string[] = [];
    for (let i = this.lowerBound(prefix); i < list.length && list[i].startsWith(prefix); i++) out.push(list[i]);
    return out;
  }

  /** True when some word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const list = this.flush();
    const i = this.lowerBound(prefix);
    return i < list.length && list[i].startsWith(prefix);
  }

  private lowerBound(word: string): number {
    return lowerBound(this.sorted, word);
  }

  private flush(): string[] {
    if (!this.pending.length) return this.sorted;
    const add = this.pending.sort();
    this.pending = [];
    const old = this.sorted;
    const merged = new Array<string>(old.length + add.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < add.length) merged[k++] = old[i] <= add[j] ? old[i++] : add[j++];
    while (i < old.length) merged[k++] = old[i++];
    while (j < add.length) merged[k++] = add[j++];
    this.sorted = merged;
    return merged;
  }
}

/** The first place in the sorted `list` whose word is not before `word` (binary search). */
export function lowerBound(list: readonly string[], word: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the sorted `list` holds `word`. */
export function sortedHas(list: readonly string[], word: string): boolean {
  const i = lowerBound(list, word);
  return i < list.length && list[i] === word;
}
