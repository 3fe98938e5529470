import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared';
import { MEMBERSHIPS_SQL, type Memberships } from './memberships';

/** A session with its user and memberships, as one prepared query returns it on every request. */
export type ResolvedSessionRow = {
  session_id: string;
  /** Milliseconds since 1970: cheaper to read than timestamps on this hot path. */
  last_seen_ms: number;
  expires_ms: number;
} & Memberships & Record<string, unknown>;

/** The SQL of server-side sessions (only the SHA-256 of each cookie is stored). */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(m: EntityManager, tokenHash: string, userId: string, expiresAt: Date, now: Date): Promise<void> {
    await m.query(`INSERT INTO sessions (token_hash, user_id, expires_at, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)`, [tokenHash, userId, expiresAt, now]);
  }

  async resolve(tokenHash: string): Promise<ResolvedSessionRow | null> {
    const rows = await preparedQuery<ResolvedSessionRow>(this.db, 'session_resolve',
      `SELECT s.id AS session_id,
              (extract(epoch FROM s.last_seen_at) * 1000)::float8 AS last_seen_ms,
              (extract(epoch FROM s.expires_at) * 1000)::float8 AS expires_ms,
              u.id, u.email, u.name, u.locale, u.is_admin, ${MEMBERSHIPS_SQL}
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async touch(sessionId: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [sessionId, at]);
  }

  async delete(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
  }
}
