import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Item } from '@groeiwijzer/contracts';
import { checkItem, checkPatchKeys } from '@groeiwijzer/domain';
import { type AuthContext } from '../auth/auth.types';
import { AppError } from '../common/app-error';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/time';
import { inputOf, type ItemRow, toItem } from './item.mapper';
import { assertPublisherRegions, itemValidationFailed } from './item-problems';
import { CatalogueChanges } from './catalogue-changes';
import { ItemsRepository } from './items.repository';

const isMember = (auth: AuthContext | undefined, publisherId: string) => !!auth?.publishers.some((p) => p.id === publisherId);

/** Publishing: drafts, edits, publish/archive, verification, and the admin's coach approval. */
@Injectable()
export class ItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ItemsRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly changes: CatalogueChanges,
  ) {}

  private view(row: ItemRow): Item {
    return toItem(row, this.clock.today());
  }

  /** Published items are public; drafts and archived ones only for the publisher's members and admins. */
  async get(auth: AuthContext | undefined, id: string): Promise<Item> {
    const row = await this.items.findOne(this.db.manager, id);
    if (!row) throw AppError.notFound();
    const visible = (row.status === 'published' && row.approved) || isMember(auth, row.publisher_id) || !!auth?.user.isAdmin;
    if (!visible) throw AppError.notFound();
    return this.view(row);
  }

  async listForPublisher(auth: AuthContext, publisherId: string): Promise<Item[]> {
    if (!isMember(auth, publisherId)) throw AppError.notFound();
    return (await this.items.listForPublisher(this.db.manager, publisherId)).map((row) => this.view(row));
  }

  async create(auth: AuthContext, publisherId: string, body: unknown): Promise<Item> {
    if (!isMember(auth, publisherId)) throw AppError.notFound();
    const { item, problems } = checkItem(body);
    if (!item) throw itemValidationFailed(problems);
    return this.write(async (m) => {
      assertPublisherRegions(item.regions, (await this.items.publisherScope(m, publisherId))?.regions ?? []);
      const id = await this.items.insert(m, publisherId, item, item.kind !== 'coach');
      return this.view((await this.items.findOne(m, id))!);
    });
  }

  /** A patch is applied to the item as it is, and the whole result must pass the rules. */
  async update(auth: AuthContext, id: string, patch: unknown): Promise<Item> {
    const keyProblems = checkPatchKeys(patch);
    if (keyProblems.length) throw itemValidationFailed(keyProblems);
    return this.write(async (m) => {
      const row = await this.editable(m, auth, id);
      const { item, problems } = checkItem({ ...inputOf(row), ...(patch as object) });
      if (!item) throw itemValidationFailed(problems);
      assertPublisherRegions(item.regions, (await this.items.publisherScope(m, row.publisher_id))?.regions ?? []);
      await this.items.update(m, id, item);
      return this.view((await this.items.findOne(m, id))!);
    });
  }

  async publish(auth: AuthContext, id: string): Promise<Item> {
    return this.write(async (m) => {
      const row = await this.editable(m, auth, id);
      const publisher = await this.items.publisherScope(m, row.publisher_id);
      if (publisher?.status !== 'approved') throw new AppError(HttpStatus.CONFLICT, 'publisher_not_approved', 'publisher_not_approved');
      // Also items written before the rule, or before the publisher's regions changed.
      assertPublisherRegions(row.regions, publisher.regions);
      if (!row.approved) throw new AppError(HttpStatus.CONFLICT, 'coach_not_approved', 'coach_not_approved');
      if (row.status !== 'published') await this.items.setStatus(m, id, 'published');
      return this.view((await this.items.findOne(m, id))!);
    });
  }

  async archive(auth: AuthContext, id: string): Promise<Item> {
    return this.write(async (m) => {
      const row = await this.editable(m, auth, id);
      if (row.status !== 'archived') await this.items.setStatus(m, id, 'archived');
      return this.view((await this.items.findOne(m, id))!);
    });
  }

  /** "Still right": the publisher confirms the item, which resets its 12-month freshness. */
  async verify(auth: AuthContext, id: string): Promise<Item> {
    // Only the freshness date changes: search results stay valid.
    return this.db.transaction(async (m) => {
      await this.editable(m, auth, id);
      await this.items.verify(m, id);
      return this.view((await this.items.findOne(m, id))!);
    });
  }

  listPendingCoaches(): Promise<Item[]> {
    return this.items.listPendingCoaches(this.db.manager).then((rows) => rows.map((row) => this.view(row)));
  }

  /** The admin's approval is the last gate for a coach: it is published at once. */
  async approveCoach(id: string, adminId: string): Promise<Item> {
    return this.write(async (m) => {
      const row = await this.items.findOne(m, id, true);
      if (!row || row.kind !== 'coach') throw AppError.notFound();
      if (row.status === 'archived') throw new AppError(HttpStatus.CONFLICT, 'item_status_invalid', 'item_status_invalid', { status: row.status });
      const publisher = await this.items.publisherScope(m, row.publisher_id);
      // A coach of a publisher still waiting for approval is approved now and published with it later.
      await this.items.approve(m, id, publisher?.status === 'approved');
      await this.audit.record({ actorUserId: adminId, actorRole: 'admin', action: 'coach.approved', targetType: 'item', targetId: id }, m);
      return this.view((await this.items.findOne(m, id))!);
    });
  }

  /** A change to items: one transaction, then the catalogue's version moves on. */
  private async write<T>(run: (m: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(run);
    await this.changes.committed(this.db);
    return result;
  }

  private async editable(m: EntityManager, auth: AuthContext, id: string): Promise<ItemRow> {
    const row = await this.items.findOne(m, id, true);
    if (!row || !isMember(auth, row.publisher_id)) throw AppError.notFound();
    return row;
  }
}
