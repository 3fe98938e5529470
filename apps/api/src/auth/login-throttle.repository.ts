import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';
import { type ThrottleState } from './login-throttle.policy';

export type ThrottleScope = 'pair' | 'account' | 'address';
export interface ThrottleKey {
  scope: ThrottleScope;
  keyHash: string;
}

/** The SQL of sign-in throttling: failure counters and device cookies. */
@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(run: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(run);
  }

  /** Locks the counters (made when missing), in key order so that concurrent sign-ins queue up
   * instead of deadlocking; each attempt then sees the failures reserved before it. */
  async lockCounters(m: EntityManager, keys: ThrottleKey[], now: Date): Promise<Map<string, ThrottleState>> {
    const scopes = keys.map((k) => k.scope);
    const hashes = keys.map((k) => k.keyHash);
    await m.query(
      `INSERT INTO login_throttles (scope, key_hash, failures, last_failure_at)
       SELECT s, h, 0, $3 FROM unnest($1::text[], $2::text[]) AS k(s, h)
       ON CONFLICT DO NOTHING`,
      [scopes, hashes, now],
    );
    const rows: { scope: string; key_hash: string; failures: number; last_failure_at: Date }[] = await m.query(
      `SELECT scope, key_hash, failures, last_failure_at FROM login_throttles
        WHERE (scope, key_hash) IN (SELECT * FROM unnest($1::text[], $2::text[]))
        ORDER BY scope, key_hash FOR UPDATE`,
      [scopes, hashes],
    );
    return new Map(rows.map((r) => [`${r.scope}:${r.key_hash}`, { failures: r.failures, lastFailureAt: r.last_failure_at }]));
  }

  async setFailures(m: EntityManager, key: ThrottleKey, failures: number, lastFailureAt: Date): Promise<void> {
    await m.query(`UPDATE login_throttles SET failures = $3, last_failure_at = $4 WHERE scope = $1 AND key_hash = $2`, [key.scope, key.keyHash, failures, lastFailureAt]);
  }

  /** A reserved failure that turned out a success: taken back. */
  async takeBack(key: ThrottleKey): Promise<void> {
    await this.db.query(`UPDATE login_throttles SET failures = greatest(failures - 1, 0) WHERE scope = $1 AND key_hash = $2`, [key.scope, key.keyHash]);
  }

  async clear(key: ThrottleKey): Promise<void> {
    await this.db.query(`DELETE FROM login_throttles WHERE scope = $1 AND key_hash = $2`, [key.scope, key.keyHash]);
  }

  /** The one device cookie among `tokenHashes` that is live and belongs to the account `email`. */
  async findDevice(tokenHashes: string[], email: string, now: Date): Promise<string | null> {
    if (!tokenHashes.length) return null;
    const [row] = await this.db.query(
      `SELECT d.id FROM login_devices d JOIN users u ON u.id = d.user_id
        WHERE d.token_hash = ANY($1) AND lower(u.email) = $2 AND d.revoked_at IS NULL AND d.expires_at > $3
        LIMIT 1`,
      [tokenHashes, email, now],
    );
    return row?.id ?? null;
  }

  /** Reserves one attempt through a device cookie; false when its failures are used up. */
  async reserveDevice(id: string, maxFailures: number, now: Date): Promise<boolean> {
    const rows = returningRows(await this.db.query(
      `UPDATE login_devices SET failures = failures + 1
        WHERE id = $1 AND revoked_at IS NULL AND expires_at > $3 AND failures < $2 RETURNING id`,
      [id, maxFailures, now],
    ));
    return rows.length > 0;
  }

  async deviceSucceeded(id: string, now: Date): Promise<void> {
    await this.db.query(`UPDATE login_devices SET failures = 0, last_used_at = $2 WHERE id = $1`, [id, now]);
  }

  /** After its last allowed failure a device cookie is revoked: it counts as no cookie from then on. */
  async deviceFailed(id: string, maxFailures: number, now: Date): Promise<void> {
    await this.db.query(`UPDATE login_devices SET revoked_at = $3 WHERE id = $1 AND failures >= $2 AND revoked_at IS NULL`, [id, maxFailures, now]);
  }

  async createDevice(m: EntityManager, userId: string, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
    await m.query(
      `INSERT INTO login_devices (token_hash, user_id, created_at, last_used_at, expires_at) VALUES ($1, $2, $3, $3, $4)`,
      [tokenHash, userId, now, expiresAt],
    );
  }

  /** Counters nobody failed against within the forget period, and dead device cookies. */
  async prune(now: Date, forgetMs: number): Promise<void> {
    await this.db.query(`DELETE FROM login_throttles WHERE last_failure_at < $1`, [new Date(now.getTime() - forgetMs)]);
    await this.db.query(`DELETE FROM login_devices WHERE expires_at < $1 OR revoked_at < $1`, [now]);
  }
}
