/** Rows written in batches off the request path: one statement when `max` rows are waiting or
 * `flushMs` after the first, never one per request. A failed batch is reported, not thrown: the
 * request that added a row has long been answered. The owner flushes on shutdown. */
export class WriteBatcher<T> {
  private buffer: T[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (batch: T[]) => Promise<void>,
    private readonly onError: (error: unknown, rows: number) => void,
    private readonly options: { flushMs: number; max: number } = { flushMs: 1000, max: 500 },
  ) {}

  add(row: T): void {
    this.buffer.push(row);
    if (this.buffer.length >= this.options.max) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs);
  }

  /** Writes what is waiting now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.buffer;
    this.buffer = [];
    if (!batch.length) return;
    try {
      await this.write(batch);
    } catch (error) {
      this.onError(error, batch.length);
    }
  }
}
