import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Locale } from '@groeiwijzer/domain';
import { returningRows } from '../database/returning';

export interface LinkRequest {
  email: string;
  locale: Locale | null;
}

/** The SQL of sign-in links: queued requests and the links themselves. */
@Injectable()
export class MagicLinkRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The one statement on the request path, whoever the address belongs to. */
  async enqueue(email: string, locale: Locale | null, now: Date): Promise<void> {
    await this.db.query(`INSERT INTO magic_link_requests (email, locale, requested_at) VALUES ($1, $2, $3)`, [email, locale, now]);
  }

  transaction<T>(run: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(run);
  }

  /** Takes queued requests off the queue; SKIP LOCKED lets several instances share it, and a
   * request is handled once (its mail is queued in the same transaction). */
  async claim(m: EntityManager, limit: number): Promise<LinkRequest[]> {
    return returningRows<LinkRequest>(await m.query(
      `DELETE FROM magic_link_requests WHERE id IN (
         SELECT id FROM magic_link_requests ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING email, locale`,
      [limit],
    ));
  }

  async insertLink(m: EntityManager, tokenHash: string, userId: string, minutes: number): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO magic_links (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING id`,
      [tokenHash, userId, minutes],
    );
    return row.id;
  }

  /** Spends a link: the user's id when it was unused and in time, else null. */
  async spend(m: EntityManager, tokenHash: string): Promise<string | null> {
    const rows = returningRows<{ user_id: string }>(await m.query(
      `UPDATE magic_links SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [tokenHash],
    ));
    return rows[0]?.user_id ?? null;
  }
}
