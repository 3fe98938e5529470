import { trackJob } from '../metrics/job-metrics';

/** Runs `work` again `intervalMs` after each run ends, until stopped. A failed run is reported
 * and the next one goes ahead; stopping waits for the run in progress. The outbox sender, the
 * reminder bundler and the search sync each poll their queue with one. */
export class PollLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stoppedFlag = false;

  constructor(
    /** The job's name in the metrics (`groeiwijzer_job_*{job="…"}`). */
    private readonly name: string,
    private readonly work: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** True once shutdown began: long runs check it between batches. */
  get stopped(): boolean {
    return this.stoppedFlag;
  }

  start(): void {
    if (this.stoppedFlag) return;
    this.timer = setTimeout(() => {
      this.running = trackJob(this.name, this.work)
        .catch(this.onError)
        .finally(() => this.start());
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stoppedFlag = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
