import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/time';
import { type AuditEntry, AuditRepository, type AuditRow } from './audit.repository';

export interface AuditRecord {
  id: string;
  at: string;
  actor: { userId: string | null; email: string | null; role: AuditEntry['actorRole'] };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, unknown>;
}

/** Who did what, when: approvals, exports, erasures, token changes, consent given and withdrawn.
 * Written in the transaction of the action it records, so the log and the change agree. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  record(entry: AuditEntry, m: EntityManager = this.db.manager): Promise<void> {
    return this.audit.insert(m, this.clock.now(), entry);
  }

  async list(filter: { from: Date | null; to: Date | null; action: string | null; limit?: number }): Promise<AuditRecord[]> {
    const rows = await this.audit.list({ ...filter, limit: Math.min(filter.limit ?? 500, 1000) });
    return rows.map((r: AuditRow) => ({
      id: r.id, at: r.at.toISOString(), actor: { userId: r.actor_user_id, email: r.actor_email, role: r.actor_role },
      action: r.action, target: { type: r.target_type, id: r.target_id }, details: r.details,
    }));
  }
}
