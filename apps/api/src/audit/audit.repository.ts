import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';

export type ActorRole = 'admin' | 'owner' | 'coach' | 'publisher' | 'user' | 'system';

export interface AuditEntry {
  actorUserId: string | null;
  actorRole: ActorRole;
  /** e.g. publisher.approved, organisation.exported, consent.withdrawn */
  action: string;
  targetType: string;
  targetId: string | null;
  /** Never answers, comments or free text of employees: ids, counts and scopes only. */
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor_user_id: string | null;
  actor_email: string | null;
  actor_role: ActorRole;
  action: string;
  target_type: string;
  target_id: string | null;
  details: Record<string, unknown>;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(m: EntityManager, at: Date, entry: AuditEntry): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (at, actor_user_id, actor_role, action, target_type, target_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [at, entry.actorUserId, entry.actorRole, entry.action, entry.targetType, entry.targetId, JSON.stringify(entry.details ?? {})],
    );
  }

  list(filter: { from: Date | null; to: Date | null; action: string | null; limit: number }): Promise<AuditRow[]> {
    return this.db.query(
      `SELECT a.id::text, a.at, a.actor_user_id, u.email AS actor_email, a.actor_role, a.action, a.target_type, a.target_id, a.details
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE ($1::timestamptz IS NULL OR a.at >= $1) AND ($2::timestamptz IS NULL OR a.at < $2)
          AND ($3::text IS NULL OR a.action = $3 OR a.action LIKE $3 || '.%')
        ORDER BY a.at DESC, a.id DESC LIMIT $4`,
      [filter.from, filter.to, filter.action, filter.limit],
    );
  }
}
