import { type User } from '@groeiwijzer/contracts';
import { type UserEntity } from './user.entity';

export function toUser(entity: UserEntity): User {
  return { id: entity.id, email: entity.email, name: entity.name, locale: entity.locale };
}
