import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type InvitationSentResponse, type PublisherMember } from '@groeiwijzer/contracts';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { type CreatePublisherDto } from './dto/publisher.dto';
import { InvitationsService } from './invitations.service';
import { PublisherEntity, PublisherMemberEntity } from './publisher.entity';
import { PublishersRepository } from './publishers.repository';

export interface PublisherView {
  id: string;
  name: string;
  regions: string[];
  website: string | null;
  status: 'pending' | 'approved';
}

const view = (p: PublisherEntity): PublisherView => ({ id: p.id, name: p.name, regions: p.regions, website: p.website, status: p.status });

@Injectable()
export class PublishersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly repo: PublishersRepository,
  ) {}

  /** A new publisher waits for an admin; its creator is its first member. */
  create(userId: string, dto: CreatePublisherDto, manager?: EntityManager): Promise<PublisherView> {
    const run = async (m: EntityManager) => {
      const publisher = await m.save(m.create(PublisherEntity, {
        name: dto.name, regions: dto.regions, website: dto.website ?? null, status: 'pending', approvedAt: null,
      }));
      await m.save(m.create(PublisherMemberEntity, { publisherId: publisher.id, userId }));
      return view(publisher);
    };
    return manager ? run(manager) : this.db.transaction(run);
  }

  async getForMember(userId: string, publisherId: string, manager: EntityManager = this.db.manager): Promise<PublisherView> {
    const publisher = await manager.getRepository(PublisherEntity).createQueryBuilder('p')
      .innerJoin(PublisherMemberEntity, 'm', 'm.publisher_id = p.id AND m.user_id = :userId', { userId })
      .where('p.id = :publisherId', { publisherId }).getOne();
    if (!publisher) throw AppError.notFound();
    return view(publisher);
  }

  async list(status?: 'pending' | 'approved'): Promise<PublisherView[]> {
    const rows = await this.db.getRepository(PublisherEntity).find({ where: status ? { status } : {}, order: { createdAt: 'ASC' } });
    return rows.map(view);
  }

  async approve(publisherId: string, adminId: string): Promise<PublisherView> {
    return this.db.transaction(async (m) => {
      const repo = m.getRepository(PublisherEntity);
      const publisher = await repo.findOne({ where: { id: publisherId } });
      if (!publisher) throw AppError.notFound();
      if (publisher.status !== 'approved') {
        await repo.update(publisherId, { status: 'approved', approvedAt: new Date() });
        publisher.status = 'approved';
        await this.audit.record({ actorUserId: adminId, actorRole: 'admin', action: 'publisher.approved', targetType: 'publisher', targetId: publisherId }, m);
      }
      return view(publisher);
    });
  }

  /** The editors of a publisher, for its members. */
  async members(userId: string, publisherId: string): Promise<PublisherMember[]> {
    await this.getForMember(userId, publisherId);
    return this.repo.members(publisherId);
  }

  /** A member adds a colleague: one with an account becomes an editor at once; an address
   * without an account gets an invitation by mail instead. */
  async addMember(userId: string, publisherId: string, email: string): Promise<PublisherMember[] | InvitationSentResponse> {
    await this.getForMember(userId, publisherId);
    const existing = await this.repo.userIdByEmail(email);
    if (!existing) return this.db.transaction((m) => this.invitations.invite(m, userId, publisherId, email));
    await this.repo.addMember(publisherId, existing);
    return this.members(userId, publisherId);
  }

  /** A member removes an editor (also themselves), but the last editor stays. */
  async removeMember(userId: string, publisherId: string, memberId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.getForMember(userId, publisherId, m);
      const memberIds = await this.repo.lockMembers(m, publisherId);
      if (!memberIds.includes(memberId)) throw AppError.notFound();
      if (memberIds.length === 1) throw new AppError(HttpStatus.CONFLICT, 'last_member', 'last_member');
      await this.repo.removeMember(m, publisherId, memberId);
    });
  }
}
