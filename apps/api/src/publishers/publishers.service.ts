import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { type CreatePublisherDto } from './dto/publisher.dto';
import { PublisherEntity, PublisherMemberEntity } from './publisher.entity';

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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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

  async getForMember(userId: string, publisherId: string): Promise<PublisherView> {
    const publisher = await this.db.getRepository(PublisherEntity).createQueryBuilder('p')
      .innerJoin(PublisherMemberEntity, 'm', 'm.publisher_id = p.id AND m.user_id = :userId', { userId })
      .where('p.id = :publisherId', { publisherId }).getOne();
    if (!publisher) throw AppError.notFound();
    return view(publisher);
  }

  async list(status?: 'pending' | 'approved'): Promise<PublisherView[]> {
    const rows = await this.db.getRepository(PublisherEntity).find({ where: status ? { status } : {}, order: { createdAt: 'ASC' } });
    return rows.map(view);
  }

  async approve(publisherId: string): Promise<PublisherView> {
    const repo = this.db.getRepository(PublisherEntity);
    const publisher = await repo.findOne({ where: { id: publisherId } });
    if (!publisher) throw AppError.notFound();
    if (publisher.status !== 'approved') {
      await repo.update(publisherId, { status: 'approved', approvedAt: new Date() });
      publisher.status = 'approved';
    }
    return view(publisher);
  }
}
