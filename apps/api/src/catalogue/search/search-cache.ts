import { type SearchParams, type SearchResult } from './search-engine';

/** A small LRU of search results, valid for one catalogue version. People type the same words
 * (and the same prefixes, letter by letter) again and again; an unchanged catalogue gives the
 * same answer. The version is read from the database at most every `versionTtlMs`, so a
 * published change is searchable on every instance within that time. */
export class SearchCache {
  private readonly entries = new Map<string, SearchResult>();
  private version: string | null = null;
  private checkedAt = 0;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly capacity: number,
    private readonly versionTtlMs: number,
    private readonly readVersion: () => Promise<string>,
  ) {}

  static key(p: SearchParams): string {
    return JSON.stringify([p.q.trim().toLowerCase().replace(/\s+/g, ' '), /\s$/.test(p.q), p.kind, p.region, p.sector, p.aspect, p.sizeClass, p.page, p.perPage, p.today]);
  }

  private async currentVersion(now: number): Promise<string> {
    if (this.version !== null && now - this.checkedAt < this.versionTtlMs) return this.version;
    this.pending ??= this.readVersion().finally(() => (this.pending = null));
    const version = await this.pending;
    this.checkedAt = now;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    return version;
  }

  async get(p: SearchParams, compute: () => Promise<SearchResult>, now = Date.now()): Promise<{ result: SearchResult; hit: boolean }> {
    if (this.capacity <= 0) return { result: await compute(), hit: false };
    const version = await this.currentVersion(now);
    const key = SearchCache.key(p);
    const cached = this.entries.get(key);
    if (cached) {
      // Most recently used goes to the end.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return { result: cached, hit: true };
    }
    const result = await compute();
    if (this.version === version) {
      this.entries.set(key, result);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    }
    return { result, hit: false };
  }
}
