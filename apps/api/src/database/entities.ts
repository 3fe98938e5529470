/** The tables mapped as TypeORM entities (the rest is reached through repositories with SQL). */
import { ApiTokenEntity } from '../auth/auth.entities';
import { OrganisationEntity, OrganisationMemberEntity } from '../organisations/organisation.entity';
import { PublisherEntity, PublisherMemberEntity } from '../publishers/publisher.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  UserEntity,
  ApiTokenEntity,
  OrganisationEntity,
  OrganisationMemberEntity,
  PublisherEntity,
  PublisherMemberEntity,
];
