import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ValidationFailed } from '../common/app-error';
import { type CreateOrganisationDto, type UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationEntity, OrganisationMemberEntity } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The creator becomes owner, in the same transaction. */
  create(userId: string, dto: CreateOrganisationDto, manager?: EntityManager): Promise<OrganisationEntity> {
    const run = async (m: EntityManager) => {
      const organisation = await m.save(m.create(OrganisationEntity, { ...dto, kvkNumber: dto.kvkNumber ?? null }));
      await m.save(m.create(OrganisationMemberEntity, { organisationId: organisation.id, userId, role: 'owner' }));
      return organisation;
    };
    return manager ? run(manager) : this.db.transaction(run);
  }

  listForUser(userId: string): Promise<OrganisationEntity[]> {
    return this.db.getRepository(OrganisationEntity).createQueryBuilder('o')
      .innerJoin(OrganisationMemberEntity, 'm', 'm.organisation_id = o.id AND m.user_id = :userId', { userId })
      .orderBy('o.name').getMany();
  }

  /** The organisation if the user is a member; otherwise 404, so ids of others reveal nothing. */
  async getForMember(userId: string, organisationId: string): Promise<OrganisationEntity> {
    const organisation = await this.db.getRepository(OrganisationEntity).createQueryBuilder('o')
      .innerJoin(OrganisationMemberEntity, 'm', 'm.organisation_id = o.id AND m.user_id = :userId', { userId })
      .where('o.id = :organisationId', { organisationId }).getOne();
    if (!organisation) throw AppError.notFound();
    return organisation;
  }

  async update(userId: string, organisationId: string, dto: UpdateOrganisationDto): Promise<OrganisationEntity> {
    // Optional in a PATCH means "leave as is"; null would erase a required value.
    const erased = (['name', 'sector', 'region', 'employees', 'groupOfferMail'] as const).filter((f) => dto[f] === null);
    if (erased.length) throw new ValidationFailed(erased.map((field) => ({ field, key: 'field_required', vars: {} })));
    return this.db.transaction(async (m) => {
      const current = await this.getForMember(userId, organisationId);
      await m.getRepository(OrganisationEntity).update(organisationId, {
        ...dto,
        ...(dto.kvkNumber !== undefined ? { kvkNumber: dto.kvkNumber ?? null } : {}),
      });
      return m.findOneOrFail(OrganisationEntity, { where: { id: current.id } });
    });
  }
}
