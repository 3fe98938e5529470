/* The platform operator's routes (admins only). */

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead';

/** GET /api/admin/outbox: counts per status and the latest 200 mails, without their bodies. */
export interface OutboxOverview {
  counts: Record<OutboxStatus, number>;
  mails: {
    id: string;
    kind: string;
    category: string;
    to: string;
    subject: string;
    status: OutboxStatus;
    attempts: number;
    nextAttemptAt: string;
    lastError: string | null;
    createdAt: string;
    sentAt: string | null;
  }[];
}

/** POST /api/admin/outbox/:id/resend */
export interface OutboxResent {
  status: 'pending';
}

export type AuditActorRole = 'admin' | 'owner' | 'coach' | 'publisher' | 'user' | 'system';

/** GET /api/admin/audit: one entry of the audit log. */
export interface AuditRecord {
  id: string;
  at: string;
  actor: { userId: string | null; email: string | null; role: AuditActorRole };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, unknown>;
}

/** GET /api/admin/overview (docs/insights.md). */
export interface PlatformOverview {
  organisations: { total: number; withReadyRound: number };
  rounds: { open: number; ready: number; withheld: number };
  invitations: { sent: number; responded: number; responseRate: number | null };
  referrals: Record<string, number>;
  mail: Record<string, number>;
  searchesPerDay: { day: string; searches: number; unmet: number }[];
  /** Organisations with a ready round per region, from the protected grid (latest quarter):
   * regions whose figure is hidden there are left out, with the reason. */
  regions: ({ region: string; organisations: number } | { region: string; reason: string })[];
  threshold: number;
}

/** POST /api/admin/insights/refresh: the demand grid rebuilt now. */
export interface InsightsRefreshed {
  asOf: string;
  cells: number;
}
