import { type Worker } from 'node:worker_threads';
import { moduleWorker } from '../../../platform/module-worker';
import { type IndexFilters, type IndexResult, type QueryPlan } from './index-types';

/** What the worker needs: its own connection to the database, and the keeper's settings. */
export interface ThreadSetup {
  url: string;
  refreshMs: number;
  cacheEntries?: number;
}

/** The worker's young generation: V8 let a busy thread's grow to ~50 MB; 8 MB measured the same
 * searches a second (docs/benchmarks.md). */
const YOUNG_GENERATION_MB = 8;

export type SearchRequestParams = IndexFilters & { today: string; page: number; perPage: number };

export type ThreadRequest =
  | { kind: 'search'; id: number; plan: QueryPlan; params: SearchRequestParams; concepts: number[] }
  | { kind: 'dirty' }
  | { kind: 'stop' };

export type ThreadResponse =
  | { kind: 'result'; id: number; result?: IndexResult; error?: string }
  | { kind: 'warning'; message: string }
  | { kind: 'stopped' };

/** The catalogue index in a worker thread of its own (index-thread.worker.ts, with its own keeper
 * of the items and its own two connections), when SEARCH_INDEX_THREAD is on. Measured at 100,000
 * items (docs/benchmarks.md): the API's one thread was the limit while a third of the 2 cores sat
 * idle; with the index search beside it, the query's analysis, HTTP and the highlights run on the
 * main thread while the index answers the searches before them (~1.6 times the searches a second,
 * for ~20 MB more memory: a second V8 heap). A search and this instance's changes go over the one port in
 * order, so a search still sees the changes made before it (`markDirty`). A worker that dies is
 * started again by the next search (its index read anew); the searches it held fail. */
export class IndexThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (r: IndexResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private stopping: Promise<void> | null = null;

  constructor(
    private readonly setup: ThreadSetup,
    private readonly onWarning: (message: string) => void = () => undefined,
  ) {}

  start(): void {
    this.worker ??= this.spawn();
  }

  /** This instance committed a change: the next search reads it first. */
  markDirty(): void {
    this.worker?.postMessage({ kind: 'dirty' } satisfies ThreadRequest);
  }

  search(plan: QueryPlan, params: SearchRequestParams, concepts: number[]): Promise<IndexResult> {
    if (this.stopping) return Promise.reject(new Error('search index stopped'));
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    const { today, page, perPage, kind, region, sector, aspect, sizeClass } = params;
    return new Promise<IndexResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ kind: 'search', id, plan, params: { today, page, perPage, kind, region, sector, aspect, sizeClass }, concepts } satisfies ThreadRequest);
    });
  }

  /** Stops the worker's keeper, closes its connections and ends it (at most 5 s). */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      const worker = this.worker;
      this.worker = null;
      if (!worker) return;
      const stopped = new Promise<void>((resolve) => {
        worker.on('message', (m: ThreadResponse) => m.kind === 'stopped' && resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage({ kind: 'stop' } satisfies ThreadRequest);
      const timer = setTimeout(() => void worker.terminate(), 5000);
      await stopped;
      clearTimeout(timer);
      await worker.terminate();
      this.fail(new Error('search index stopped'));
    })();
    return this.stopping;
  }

  private spawn(): Worker {
    const worker = moduleWorker(__filename, 'index-thread.worker', { workerData: this.setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    // The server keeps the process alive, not this thread: a process that forgot to stop it still ends.
    worker.unref();
    worker.on('message', (m: ThreadResponse) => {
      if (m.kind === 'warning') this.onWarning(m.message);
      if (m.kind !== 'result') return;
      const waiting = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!waiting) return;
      if (m.result) waiting.resolve(m.result);
      else waiting.reject(new Error(m.error ?? 'search index failed'));
    });
    worker.on('error', (error) => this.onWarning(`search index thread failed: ${error.message}`));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.fail(new Error('search index thread ended'));
    });
    return worker;
  }

  private fail(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
