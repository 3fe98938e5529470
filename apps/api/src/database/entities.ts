import { ApiTokenEntity, MagicLinkEntity, SessionEntity } from '../auth/auth.entities';
import { OutboxEntity } from '../mail/outbox.entity';
import { OrganisationEntity, OrganisationMemberEntity } from '../organisations/organisation.entity';
import { PublisherEntity, PublisherMemberEntity } from '../publishers/publisher.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  MagicLinkEntity,
  OrganisationEntity,
  OrganisationMemberEntity,
  PublisherEntity,
  PublisherMemberEntity,
  OutboxEntity,
];
