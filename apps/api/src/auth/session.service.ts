import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FastifyReply } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { userFromRow } from '../users/user.mapper';
import { SessionRepository } from './session.repository';
import { hashToken, newToken } from './tokens';
import { type AuthContext, SESSION_COOKIE } from './auth.types';

/** Seen-at is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly sessions: SessionRepository,
  ) {}

  /** Starts a server-side session and returns the secret for the cookie. */
  async create(userId: string, manager: EntityManager = this.db.manager): Promise<string> {
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionAbsoluteHours * 3600_000);
    await this.sessions.insert(manager, hashToken(token), userId, expiresAt, now);
    return token;
  }

  /** The session's user, or null when the session is unknown, idle too long or too old. */
  async resolve(token: string): Promise<AuthContext | null> {
    const row = await this.sessions.resolve(hashToken(token));
    if (!row) return null;
    const now = this.clock.now().getTime();
    const idleLimit = row.last_seen_ms + this.config.sessionIdleMinutes * 60_000;
    if (now > idleLimit || now > row.expires_ms) {
      await this.sessions.delete(row.session_id);
      return null;
    }
    if (now - row.last_seen_ms > TOUCH_EVERY_MS) {
      await this.sessions.touch(row.session_id, new Date(now));
    }
    return { user: userFromRow(row), sessionId: row.session_id, organisations: row.organisations, publishers: row.publishers, coachItemId: (row.coach_item_id as string | null) ?? null };
  }

  async destroy(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
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
