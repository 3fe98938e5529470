import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hitDetails, type HitSource } from '../hit.mapper';
import { grow } from './postings';

/** Bytes gathered before they are written to the file (and read from here until then). */
const WRITE_BUFFER = 1 << 20;
/** Hits read lately, kept as their JSON bytes in a ring of this many bytes (~4,000 hits of
 * ~1 kB): the best items of common words are shown again and again, and a read from the file
 * costs a system call (measured: the reads were ~4% of the API's CPU per search without this).
 * Bytes, not the JSON text as strings: strings kept that long outlived the young generation and
 * left old-generation garbage for the collector's full collections (~1 a second at 1,000 new
 * searches a second). */
const RECENT_BYTES = 4 << 20;

/** A store's file is closed (and so gone: it has no name) once the store is unreachable. A
 * store replaced by a rebuilt index may still be read by a search that began before the swap,
 * so it is not closed at the swap but when nothing can read it any more. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** What a hit shows, per slot, as UTF-8 JSON side by side in a file of its own, read a page at
 * a time. 100,000 items held as objects took ~100 MB of the JS heap; as bytes in one buffer
 * ~42 MB of the process; in a file, the process holds none of it: the operating system keeps the
 * pages it reads in its file cache, which it can give back under memory pressure (and which is
 * not the process's resident memory). A search reads only its page: 10 reads of ~0.5 kB from that
 * cache cost ~20 µs. The file has no name (it is unlinked as soon as it is opened, so nothing is
 * left behind after a crash) and only this process can read it. Slots are written once (a
 * changed item takes a new slot); a removed slot's bytes stay until the index is rebuilt. */
export class HitStore {
  private readonly fd: number;
  /** Bytes not yet in the file, from file offset `written`. */
  private pending = Buffer.alloc(WRITE_BUFFER);
  private pendingUsed = 0;
  private written = 0;
  private starts = new Float64Array(1024);
  private ends = new Float64Array(1024);
  /** The item id of each slot (the same strings as the index's id map). */
  private ids: (string | undefined)[] = [];
  /** The ring of recent hits: `ringEnd` bytes written into it in all (positions below count
   * from its start, ever on), each slot's position + 1 in `ringAt` (0: never read). A slot's
   * bytes are still there while fewer than RECENT_BYTES were written after them. */
  private readonly ring = Buffer.alloc(RECENT_BYTES);
  private ringEnd = 0;
  private ringAt = new Float64Array(1024);

  constructor() {
    this.fd = HitStore.openUnnamed();
    if (this.fd >= 0) openFiles.register(this, this.fd);
  }

  /** A file in the system's temporary folder that no other process can open: unlinked at once.
   * -1 when that folder cannot be written (a read-only system): the hits then stay in memory. */
  private static openUnnamed(): number {
    let dir: string | null = null;
    try {
      dir = mkdtempSync(path.join(tmpdir(), 'gw-hits-'));
      const file = path.join(dir, 'hits');
      const fd = openSync(file, 'w+', 0o600);
      unlinkSync(file);
      return fd;
    } catch {
      return -1;
    } finally {
      if (dir) {
        try {
          rmdirSync(dir);
        } catch {
          // nothing left to tidy
        }
      }
    }
  }

  /** Room for slots up to `capacity`. */
  resize(capacity: number): void {
    this.starts = grow(this.starts, capacity);
    this.ends = grow(this.ends, capacity);
    this.ringAt = grow(this.ringAt, capacity);
  }

  put(slot: number, item: HitSource): void {
    const json = JSON.stringify({
      id: item.id, kind: item.kind, title: item.title, summary: item.summary, provider: item.provider, regions: item.regions, aspects: item.aspects,
      sectors: item.sectors, sizeClasses: item.sizeClasses, costEur: item.costEur, format: item.format, validUntil: item.validUntil, details: hitDetails(item.details),
    });
    const length = Buffer.byteLength(json);
    if (this.pendingUsed + length > this.pending.length) {
      if (this.fd < 0) {
        // No file: the buffer grows (as all hits stay in it).
        const next = Buffer.alloc(Math.max(this.pending.length * 2, this.pendingUsed + length));
        this.pending.copy(next, 0, 0, this.pendingUsed);
        this.pending = next;
      } else {
        this.flush();
        if (length > this.pending.length) this.pending = Buffer.alloc(length);
      }
    }
    this.pending.write(json, this.pendingUsed, 'utf8');
    const start = this.written + this.pendingUsed;
    this.starts[slot] = start;
    this.ends[slot] = start + length;
    this.pendingUsed += length;
    this.ids[slot] = item.id;
  }

  /** Writes what is gathered to the file. */
  private flush(): void {
    if (this.fd < 0) return;
    for (let done = 0; done < this.pendingUsed;) done += writeSync(this.fd, this.pending, done, this.pendingUsed - done, this.written + done);
    this.written += this.pendingUsed;
    this.pendingUsed = 0;
  }

  /** After a large read: everything to the file, and the write buffer back to its usual size. */
  compact(): void {
    if (this.fd < 0) {
      // In memory: give back the room the buffer grew into.
      if (this.pending.length - this.pendingUsed >= 1 << 20) this.pending = Buffer.from(this.pending.subarray(0, this.pendingUsed));
      return;
    }
    this.flush();
    if (this.pending.length > WRITE_BUFFER) this.pending = Buffer.alloc(WRITE_BUFFER);
  }

  remove(slot: number): void {
    this.ids[slot] = undefined;
  }

  id(slot: number): string {
    return this.ids[slot] as string;
  }

  get(slot: number): HitSource {
    const start = this.starts[slot];
    const length = this.ends[slot] - start;
    if (start >= this.written) {
      const from = start - this.written;
      return JSON.parse(this.pending.toString('utf8', from, from + length)) as HitSource;
    }
    const at = this.ringAt[slot] - 1;
    if (at >= 0 && this.ringEnd - at <= RECENT_BYTES) {
      const from = at % RECENT_BYTES;
      return JSON.parse(this.ring.toString('utf8', from, from + length)) as HitSource;
    }
    if (length > RECENT_BYTES) return JSON.parse(this.readInto(Buffer.alloc(length), 0, start, length).toString('utf8')) as HitSource;
    // Into the ring, in one piece: past its end, from its start again.
    let from = this.ringEnd % RECENT_BYTES;
    if (from + length > RECENT_BYTES) {
      this.ringEnd += RECENT_BYTES - from;
      from = 0;
    }
    this.readInto(this.ring, from, start, length);
    this.ringAt[slot] = this.ringEnd + 1;
    this.ringEnd += length;
    return JSON.parse(this.ring.toString('utf8', from, from + length)) as HitSource;
  }

  /** `length` bytes of the file from `start`, into `buffer` at `at`. */
  private readInto(buffer: Buffer, at: number, start: number, length: number): Buffer {
    for (let done = 0; done < length;) {
      const n = readSync(this.fd, buffer, at + done, length - done, start + done);
      if (n === 0) throw new Error(`hit store: a slot at ${start} is cut short`);
      done += n;
    }
    return buffer;
  }

  /** Bytes held (for the memory figures): in the file and still in memory. */
  get size(): number {
    return this.written + this.pendingUsed;
  }
}
