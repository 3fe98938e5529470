import { HttpStatus,  Inject,  Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { type AuthContext } from '../auth/auth.types';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxService } from '../mail/outbox.service';
import { ReportService } from '../scan/report.service';
import { RoundsService } from '../scan/rounds.service';
import { accountErasureMail, organisationErasureMail } from './privacy-mail';
import { PrivacyRepository } from './privacy.repository';
import { PeriodicJob } from '../platform/jobs';

const DAY = 86_400_000;

export type ExportFile = { contentType: string; filename: string; body: Buffer | string };

/** Cells of a CSV: objects and lists as JSON, moments as ISO text. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The privacy rights of owners and account holders: export everything, and erase it after a
 * grace period announced by mail (undo possible until then). Every step is in the audit log. */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly privacy: PrivacyRepository,
    private readonly rounds: RoundsService,
    private readonly reports: ReportService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private assertOwner(auth: AuthContext, organisationId: string): void {
    if (!auth.organisations.some((o) => o.id === organisationId && o.role === 'owner')) throw AppError.notFound();
  }

  async exportOrganisation(auth: AuthContext, organisationId: string, format: 'json' | 'csv'): Promise<ExportFile> {
    this.assertOwner(auth, organisationId);
    const data = await this.privacy.organisationData(organisationId);
    // The reports as the owner sees them: behind the anonymity threshold, never answer by answer.
    const reports = [];
    for (const round of data.rounds) {
      const row = await this.rounds.find(String(round.id));
      if (row) reports.push({ roundId: row.id, ...(await this.reports.build(row, { includeSelfAssessment: true })) });
    }
    await this.audit.record({ actorUserId: auth.user.id, actorRole: 'owner', action: 'organisation.exported', targetType: 'organisation', targetId: organisationId, details: { format } });
    const day = this.clock.today();
    if (format === 'json') {
      const body = JSON.stringify({ exportedAt: this.clock.now().toISOString(), ...data, reports }, null, 2);
      return { contentType: 'application/json; charset=utf-8', filename: `groeiwijzer-organisatie-${day}.json`, body };
    }
    const files: Record<string, Uint8Array> = {};
    for (const [name, rows] of Object.entries({ ...data, reports: reports.map((r) => ({ roundId: r.roundId, report: r })) })) {
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      files[`${name}.csv`] = strToU8(stringify(rows.map((r) => columns.map((c) => cell((r as Record<string, unknown>)[c]))), { header: true, columns, bom: true }));
    }
    return { contentType: 'application/zip', filename: `groeiwijzer-organisatie-${day}.zip`, body: Buffer.from(zipSync(files)) };
  }

  /** Erased after the grace period; every owner is told by mail (in the same transaction). */
  async requestOrganisationErasure(auth: AuthContext, organisationId: string): Promise<{ eraseAfter: string }> {
    this.assertOwner(auth, organisationId);
    const eraseAfter = new Date(this.clock.now().getTime() + this.config.erasureGraceDays * DAY);
    await this.db.transaction(async (m) => {
      const organisation = await this.privacy.requestOrganisationErasure(m, organisationId, eraseAfter, auth.user.id);
      const url = `${this.config.publicUrl}/organisaties/${organisationId}`;
      for (const owner of await this.privacy.owners(organisationId, m)) {
        await this.outbox.enqueue(m, {
          idempotencyKey: `organisation-erasure:${organisationId}:${eraseAfter.getTime()}:${owner.id}`,
          kind: 'organisation_erasure',
          to: owner.email,
          ...organisationErasureMail(owner.locale, owner.name, organisation, eraseAfter, url),
        });
      }
      await this.audit.record({ actorUserId: auth.user.id, actorRole: 'owner', action: 'organisation.erasure_requested', targetType: 'organisation', targetId: organisationId, details: { eraseAfter: eraseAfter.toISOString() } }, m);
    });
    return { eraseAfter: eraseAfter.toISOString() };
  }

  async restoreOrganisation(auth: AuthContext, organisationId: string): Promise<void> {
    this.assertOwner(auth, organisationId);
    await this.db.transaction(async (m) => {
      await this.privacy.cancelOrganisationErasure(m, organisationId);
      await this.audit.record({ actorUserId: auth.user.id, actorRole: 'owner', action: 'organisation.restored', targetType: 'organisation', targetId: organisationId }, m);
    });
  }

  async exportAccount(auth: AuthContext): Promise<ExportFile> {
    const data = await this.privacy.accountData(auth.user.id, auth.user.email);
    await this.audit.record({ actorUserId: auth.user.id, actorRole: 'user', action: 'account.exported', targetType: 'user', targetId: auth.user.id });
    return {
      contentType: 'application/json; charset=utf-8',
      filename: `groeiwijzer-account-${this.clock.today()}.json`,
      body: JSON.stringify({ exportedAt: this.clock.now().toISOString(), ...data }, null, 2),
    };
  }

  /** Refused while the account is the only owner of an organisation or the last editor of a
   * publisher: those would be left without anyone (erase or hand them over first). */
  async requestAccountErasure(auth: AuthContext): Promise<{ eraseAfter: string }> {
    const sole = await this.privacy.soleResponsibilities(auth.user.id);
    if (sole.organisations.length || sole.publishers.length) {
      throw new AppError(HttpStatus.CONFLICT, 'still_responsible', 'still_responsible', { names: [...sole.organisations, ...sole.publishers].join(', ') }, {
        ...(sole.organisations.length ? { organisations: 'field_sole_owner' } : {}),
        ...(sole.publishers.length ? { publishers: 'field_last_editor' } : {}),
      });
    }
    const eraseAfter = new Date(this.clock.now().getTime() + this.config.erasureGraceDays * DAY);
    await this.db.transaction(async (m) => {
      await this.privacy.setAccountEraseAfter(m, auth.user.id, eraseAfter);
      await this.outbox.enqueue(m, {
        idempotencyKey: `account-erasure:${auth.user.id}:${eraseAfter.getTime()}`,
        kind: 'account_erasure',
        to: auth.user.email,
        ...accountErasureMail(auth.user.locale, auth.user.name, eraseAfter, `${this.config.publicUrl}/instellingen/account`),
      });
      await this.audit.record({ actorUserId: auth.user.id, actorRole: 'user', action: 'account.erasure_requested', targetType: 'user', targetId: auth.user.id, details: { eraseAfter: eraseAfter.toISOString() } }, m);
    });
    return { eraseAfter: eraseAfter.toISOString() };
  }

  async accountErasure(auth: AuthContext): Promise<{ eraseAfter: string | null }> {
    const eraseAfter = await this.privacy.accountEraseAfter(auth.user.id);
    return { eraseAfter: eraseAfter?.toISOString() ?? null };
  }

  async restoreAccount(auth: AuthContext): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.privacy.setAccountEraseAfter(m, auth.user.id, null);
      await this.audit.record({ actorUserId: auth.user.id, actorRole: 'user', action: 'account.restored', targetType: 'user', targetId: auth.user.id }, m);
    });
  }

  @PeriodicJob('erasures', 60 * 60_000)
  tick(): Promise<{ organisations: number; accounts: number }> {
    return this.eraseDue();
  }

  /** Erases what is due at `now`; each in a transaction of its own, once across instances. */
  async eraseDue(now = this.clock.now()): Promise<{ organisations: number; accounts: number }> {
    let organisations = 0;
    let accounts = 0;
    for (const { id } of await this.privacy.dueOrganisations(now)) {
      const erased = await this.db.transaction(async (m) => {
        const counts = await this.privacy.eraseOrganisation(m, id, now);
        if (counts) await this.audit.record({ actorUserId: null, actorRole: 'system', action: 'organisation.erased', targetType: 'organisation', targetId: id, details: counts }, m);
        return counts;
      });
      if (erased) organisations++;
    }
    for (const { id } of await this.privacy.dueAccounts(now)) {
      const erased = await this.db.transaction(async (m) => {
        const counts = await this.privacy.eraseAccount(m, id, now);
        if (counts) await this.audit.record({ actorUserId: null, actorRole: 'system', action: 'account.erased', targetType: 'user', targetId: id, details: counts }, m);
        return counts;
      });
      if (erased) accounts++;
    }
    return { organisations, accounts };
  }
}
