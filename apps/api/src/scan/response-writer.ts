import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time';
import { AnswersRepository } from './answers.repository';

export interface PendingResponse {
  roundId: string;
  /** Hash of a personal link: it is used up in the transaction that stores the answer. */
  linkHash: string | null;
  /** Through the shared link: refused once the owner closed that link. */
  shared: boolean;
  answers: string;
  comment: string | null;
  group: string | null;
  /** The moment it arrived: it is refused once its round closed before it. Never stored. */
  at: Date;
}

interface Queued {
  item: PendingResponse;
  resolve: (stored: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 200;

/**
 * Group commit for survey responses (into the inbox: see AnswersRepository.moveBatch for when
 * they count). When many people answer at once (a QR poster after a staff
 * meeting), responses that arrive while a write is in progress are stored together in the next
 * transaction: one commit (one disk flush) for many responses, and still every response is
 * durable before its sender hears "received". A lone response is written at once.
 */
@Injectable()
export class ResponseWriter {
  private queue: Queued[] = [];
  private writing = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly answers: AnswersRepository,
    private readonly clock: Clock,
  ) {}

  /** Resolves true when stored; false when the round is not open or the personal link was spent. */
  store(item: PendingResponse): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          const stored = await this.write(batch.map((q) => q.item));
          batch.forEach((q, i) => q.resolve(stored[i]));
        } catch (error) {
          batch.forEach((q) => q.reject(error));
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private write(items: PendingResponse[]): Promise<boolean[]> {
    return this.db.transaction(async (m) => {
      const rounds = await this.answers.openRounds(m, [...new Set(items.map((i) => i.roundId))]);
      const isOpen = (i: PendingResponse) => {
        const round = rounds.get(i.roundId);
        return !!round && round.closesAt > i.at.getTime() && !(i.shared && round.sharedClosed);
      };
      const spent = await this.answers.spendLinks(m, items.filter((i) => i.linkHash && isOpen(i)).map((i) => i.linkHash!));
      // Two links of one invitation in one batch: only the first answer counts.
      const used = new Set<string>();
      const accepted = items.map((i) => {
        if (!isOpen(i)) return false;
        if (!i.linkHash) return true;
        const invitation = spent.get(i.linkHash);
        if (!invitation || used.has(invitation)) return false;
        used.add(invitation);
        return true;
      });
      await this.answers.addToInbox(m, items.filter((_, k) => accepted[k]));
      const day = this.clock.today();
      for (const roundId of new Set(items.filter((_, k) => accepted[k]).map((i) => i.roundId))) await this.answers.moveBatch(m, roundId, day);
      return accepted;
    });
  }
}
