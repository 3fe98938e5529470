import { hitDetails, type HitSource } from '../hit.mapper';
import { grow } from './postings';

/** What a hit shows, per slot, as UTF-8 JSON side by side in one growing buffer: 100,000 items
 * held as objects took ~100 MB of the JS heap (a million small strings and objects); as bytes
 * they take ~40 MB outside it, and a search decodes only its page. Slots are written once (a
 * changed item takes a new slot); a removed slot's bytes stay until the index is rebuilt. */
export class HitStore {
  private bytes = Buffer.alloc(1 << 20);
  private used = 0;
  private starts = new Float64Array(1024);
  private ends = new Float64Array(1024);
  /** The item id of each slot (the same strings as the index's id map). */
  private ids: (string | undefined)[] = [];

  /** Room for slots up to `capacity`. */
  resize(capacity: number): void {
    this.starts = grow(this.starts, capacity);
    this.ends = grow(this.ends, capacity);
  }

  put(slot: number, item: HitSource): void {
    const json = JSON.stringify({
      id: item.id, kind: item.kind, title: item.title, summary: item.summary, provider: item.provider, regions: item.regions, aspects: item.aspects,
      sectors: item.sectors, sizeClasses: item.sizeClasses, costEur: item.costEur, format: item.format, validUntil: item.validUntil, details: hitDetails(item.details),
    });
    const length = Buffer.byteLength(json);
    if (this.used + length > this.bytes.length) {
      const next = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    this.bytes.write(json, this.used, 'utf8');
    this.starts[slot] = this.used;
    this.ends[slot] = this.used + length;
    this.used += length;
    this.ids[slot] = item.id;
  }

  /** Gives back the room the buffer grew into but does not use (after a large read). */
  compact(): void {
    if (this.bytes.length - this.used < 1 << 20) return;
    const exact = Buffer.alloc(this.used + (1 << 16));
    this.bytes.copy(exact, 0, 0, this.used);
    this.bytes = exact;
  }

  remove(slot: number): void {
    this.ids[slot] = undefined;
  }

  id(slot: number): string {
    return this.ids[slot] as string;
  }

  get(slot: number): HitSource {
    return JSON.parse(this.bytes.toString('utf8', this.starts[slot], this.ends[slot])) as HitSource;
  }

  /** Bytes held (for the memory figures). */
  get size(): number {
    return this.bytes.length;
  }
}
