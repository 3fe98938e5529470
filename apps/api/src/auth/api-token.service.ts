import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { UserEntity } from '../users/user.entity';
import { ApiTokenEntity } from './auth.entities';
import { hashToken, newToken } from './tokens';

/** Personal API tokens for integrations (`Authorization: Bearer gw_…`). */
@Injectable()
export class ApiTokenService {
  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async create(userId: string, name: string): Promise<{ id: string; name: string; token: string; createdAt: string }> {
    const token = `gw_${newToken()}`;
    const row = await this.tokens.save(this.tokens.create({ userId, name, tokenHash: hashToken(token) }));
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
  }

  async resolve(token: string): Promise<UserEntity | null> {
    const row = await this.tokens.findOne({ where: { tokenHash: hashToken(token), revokedAt: IsNull() } });
    if (!row) return null;
    await this.tokens.update(row.id, { lastUsedAt: new Date() });
    return this.users.findOne({ where: { id: row.userId } });
  }
}
