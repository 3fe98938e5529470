import { type User } from '@groeiwijzer/contracts';
import { UserEntity } from './user.entity';

export function toUser(entity: UserEntity): User {
  return { id: entity.id, email: entity.email, name: entity.name, locale: entity.locale };
}

/** A user read by raw SQL (snake_case columns) on the auth hot path. */
export function userFromRow(row: Record<string, unknown>): UserEntity {
  return Object.assign(new UserEntity(), {
    id: row.id, email: row.email, name: row.name, locale: row.locale, isAdmin: row.is_admin, passwordHash: null,
  });
}
