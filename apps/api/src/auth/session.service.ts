import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FastifyReply } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { preparedQuery } from '../database/prepared';
import { MEMBERSHIPS_SQL, type Memberships } from './memberships';
import { userFromRow } from '../users/user.mapper';
import { hashToken, newToken } from './tokens';
import { type AuthContext, SESSION_COOKIE } from './auth.types';

/** Seen-at is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

interface SessionRow {
  session_id: string;
  /** Milliseconds since 1970: cheaper to read than timestamps on this hot path. */
  last_seen_ms: number;
  expires_ms: number;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Starts a server-side session and returns the secret for the cookie. */
  async create(userId: string, manager: EntityManager = this.db.manager): Promise<string> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionAbsoluteHours * 3600_000);
    await manager.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)`,
      [hashToken(token), userId, expiresAt, now],
    );
    return token;
  }

  /** The session's user, or null when the session is unknown, idle too long or too old. */
  async resolve(token: string): Promise<AuthContext | null> {
    const rows = await preparedQuery<SessionRow & Memberships & Record<string, unknown>>(this.db, 'session_resolve',
      `SELECT s.id AS session_id,
              (extract(epoch FROM s.last_seen_at) * 1000)::float8 AS last_seen_ms,
              (extract(epoch FROM s.expires_at) * 1000)::float8 AS expires_ms,
              u.id, u.email, u.name, u.locale, u.is_admin, ${MEMBERSHIPS_SQL}
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    const now = this.clock.now().getTime();
    const idleLimit = row.last_seen_ms + this.config.sessionIdleMinutes * 60_000;
    if (now > idleLimit || now > row.expires_ms) {
      await this.db.query(`DELETE FROM sessions WHERE id = $1`, [row.session_id]);
      return null;
    }
    if (now - row.last_seen_ms > TOUCH_EVERY_MS) {
      await this.db.query(`UPDATE sessions SET last_seen_at = $2 WHERE id = $1`, [row.session_id, new Date(now)]);
    }
    return { user: userFromRow(row), sessionId: row.session_id, organisations: row.organisations, publishers: row.publishers, coachItemId: (row.coach_item_id as string | null) ?? null };
  }

  async destroy(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
  }

  setCookie(reply: FastifyReply, token: string): void {
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: this.config.sessionAbsoluteHours * 3600, // seconds
    });
  }

  clearCookie(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/' });
  }
}
