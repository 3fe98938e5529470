import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { preparedQuery } from '../database/prepared';
import { type AuthContext } from './auth.types';
import { MEMBERSHIPS_SQL, type Memberships } from './memberships';
import { userFromRow } from '../users/user.mapper';
import { ApiTokenEntity } from './auth.entities';
import { hashToken, newToken } from './tokens';

/** Personal API tokens for integrations (`Authorization: Bearer gw_…`). */
@Injectable()
export class ApiTokenService {
  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Only a signed-in browser session mints tokens: a token that could mint tokens would let a
   * leaked one outlive its own revocation (it would have made itself a successor). */
  async create(auth: AuthContext, name: string): Promise<{ id: string; name: string; token: string; createdAt: string }> {
    if (!auth.sessionId) throw new AppError(HttpStatus.FORBIDDEN, 'session_required', 'token_needs_session');
    const userId = auth.user.id;
    const token = `gw_${newToken()}`;
    const row = await this.tokens.save(this.tokens.create({ userId, name, tokenHash: hashToken(token) }));
    await this.audit.record({ actorUserId: userId, actorRole: 'user', action: 'token.created', targetType: 'api_token', targetId: row.id });
    return { id: row.id, name: row.name, token, createdAt: row.createdAt.toISOString() };
  }

  async list(userId: string) {
    const rows = await this.tokens.find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'ASC' } });
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      createdAt: r.createdAt.toISOString(),
      lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    }));
  }

  async revoke(userId: string, id: string): Promise<void> {
    const result = await this.tokens.update({ id, userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw AppError.notFound();
    await this.audit.record({ actorUserId: userId, actorRole: 'user', action: 'token.revoked', targetType: 'api_token', targetId: id });
  }

  /** The token's user and memberships, or null for an unknown or revoked token. */
  async resolve(token: string): Promise<AuthContext | null> {
    const [row] = await preparedQuery<Memberships & Record<string, unknown>>(this.db, 'api_token_resolve',
      `UPDATE api_tokens t SET last_used_at = now()
         FROM users u
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.id = t.user_id
        RETURNING u.id, u.email, u.name, u.locale, u.is_admin, u.created_at, u.updated_at, ${MEMBERSHIPS_SQL}`,
      [hashToken(token)],
    );
    if (!row) return null;
    return { user: userFromRow(row), sessionId: null, organisations: row.organisations, publishers: row.publishers, coachItemId: (row.coach_item_id as string | null) ?? null };
  }
}
