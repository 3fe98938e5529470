import { type RecommendationsResponse } from '@groeiwijzer/contracts';

/**
 * Recommendation lists per organisation and question, for as long as nothing they depend on
 * changed (the fingerprint, read from the data on every request) and at most `ttlMs` (a deletion
 * that leaves every maximum and count of the fingerprint as it was). A list takes tens of
 * milliseconds of work on a large catalogue; an owner opens it many times while nothing changes.
 */
export class RecommendationsCache {
  private readonly entries = new Map<string, { fingerprint: string; at: number; value: RecommendationsResponse }>();

  constructor(private readonly size: number, private readonly ttlMs: number) {}

  get(key: string, fingerprint: string, now: number): RecommendationsResponse | null {
    const entry = this.entries.get(key);
    if (!entry || entry.fingerprint !== fingerprint || now - entry.at > this.ttlMs) return null;
    // Most recently used last: the first key is the one to drop.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, fingerprint: string, now: number, value: RecommendationsResponse): void {
    if (this.size <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, at: now, value });
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }
}
