/** Answers through a round's shared link (the QR poster), per address and per round, kept in
 * this process's memory only: nothing about who answered when reaches the database. With several
 * API instances each counts its own share (the limit then holds per instance). */
export class SurveyGuard {
  private readonly byAddress = new Map<string, number[]>();
  private readonly byRound = new Map<string, { times: number[]; flaggedUntil: number }>();

  constructor(
    private readonly limits: { perAddress: number; windowMs: number; burstCount: number; burstWindowMs: number },
  ) {}

  /** Whether one more answer from this address may go to this round now; counts it if so. */
  allow(roundId: string, address: string, now: number): boolean {
    if (this.limits.perAddress <= 0) return true;
    const key = `${roundId}|${address}`;
    const times = recent(this.byAddress.get(key), now - this.limits.windowMs);
    if (times.length >= this.limits.perAddress) {
      this.byAddress.set(key, times);
      return false;
    }
    times.push(now);
    this.byAddress.set(key, times);
    this.prune(now);
    return true;
  }

  /** Counts an accepted answer; true the first time a round's answers come in a burst (many
   * within a short time), so the owner is told once per burst. */
  burst(roundId: string, now: number): boolean {
    const entry = this.byRound.get(roundId) ?? { times: [], flaggedUntil: 0 };
    entry.times = recent(entry.times, now - this.limits.burstWindowMs);
    entry.times.push(now);
    this.byRound.set(roundId, entry);
    if (entry.times.length < this.limits.burstCount || now < entry.flaggedUntil) return false;
    entry.flaggedUntil = now + this.limits.burstWindowMs;
    return true;
  }

  private prune(now: number): void {
    if (this.byAddress.size < 10_000) return;
    for (const [key, times] of this.byAddress) if (!recent(times, now - this.limits.windowMs).length) this.byAddress.delete(key);
  }
}

const recent = (times: number[] | undefined, after: number) => (times ?? []).filter((t) => t > after);
