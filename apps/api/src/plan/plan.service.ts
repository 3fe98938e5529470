import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PlanStatus, type PlanStep } from '@groeiwijzer/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthContext } from '../auth/auth.types';
import { AppError, ValidationFailed } from '../common/app-error';
import { Clock } from '../common/time';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { icsCalendar } from '../mail/ics';
import { type CreatePlanStepDto, TITLE_MAX, type UpdatePlanStepDto } from './dto/plan-step.dto';
import { endOfColumn, moveStep, removeStep, renumber } from './plan-board';
import { closingEvent, dueEvent, type StepInfo } from './plan-mail';
import { currentWindow, toPlanStep } from './plan.mapper';
import { type Placed } from './plan-board';
import { PlanRepository, type StepFields, type StepRow } from './plan.repository';

type Problems = ConstructorParameters<typeof ValidationFailed>[0];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A due date may lie up to a year back (a step that is already late) and up to three years
 * ahead; further is a typo (2207 for 2027). */
export const DUE_DATE_RANGE = { yearsBack: 1, yearsAhead: 3 };

/** The same day `years` later (29 February becomes 1 March). */
const addYears = (day: string, years: number) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
};

/** The action plan (ontwikkelplan): steps on a board of four columns, for the members of the
 * organisation only. Every change to a board holds its lock, so positions stay 0..n-1. */
@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
  ) {}

  planUrl(organisationId: string): string {
    return `${this.config.publicUrl}/organisaties/${organisationId}/plan`;
  }

  /** Members of the organisation only; anyone else learns nothing (404, as for an unknown id). */
  private assertMember(auth: AuthContext, organisationId: string | null): asserts organisationId is string {
    if (!organisationId || !auth.organisations.some((o) => o.id === organisationId)) throw AppError.notFound();
  }

  async list(auth: AuthContext, organisationId: string): Promise<PlanStep[]> {
    this.assertMember(auth, organisationId);
    const today = this.clock.today();
    return (await this.repo.list(this.db.manager, organisationId)).map((row) => toPlanStep(row, today));
  }

  async create(auth: AuthContext, organisationId: string, dto: CreatePlanStepDto): Promise<PlanStep> {
    this.assertMember(auth, organisationId);
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const problems: Problems = [];
      const itemTitle = await this.checkItem(m, dto.itemId, problems);
      const title = dto.title ?? itemTitle?.slice(0, TITLE_MAX);
      if (!title) problems.push({ field: 'title', key: 'field_required', vars: {} });
      this.checkDueDate(dto.dueDate, problems);
      if (problems.length) throw new ValidationFailed(problems);

      const board = await this.repo.lockBoard(m, organisationId);
      const status: PlanStatus = dto.status ?? 'idea';
      const baseline = await this.repo.latestMean(m, organisationId, dto.aspect);
      const fields: StepFields = {
        title: title!, aspect: dto.aspect, item_id: dto.itemId ?? null, due_date: dto.dueDate ?? null,
        responsible: dto.responsible || null, checklist: dto.checklist ?? [], note: dto.note || null,
        baseline_round_id: baseline?.mean != null ? baseline.roundId : null, baseline_mean: baseline?.mean ?? null,
      };
      const position = endOfColumn(board, status);
      const id = await this.repo.insert(m, organisationId, fields, { status, position }, auth.user.id, now);
      await this.repo.savePlaces(m, renumber([...board, { id, status, position }]), now);
      return this.view(m, id);
    });
  }

  /** Any subset of the fields; `status` and/or `position` move the step (see plan-board). */
  async update(auth: AuthContext, stepId: string, dto: UpdatePlanStepDto): Promise<PlanStep> {
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const { row, board } = await this.lockedStep(m, auth, stepId);
      const problems: Problems = [];
      if (dto.itemId !== undefined && dto.itemId !== row.item_id) await this.checkItem(m, dto.itemId, problems);
      if (dto.dueDate !== undefined && dto.dueDate !== row.due_date) this.checkDueDate(dto.dueDate, problems);
      if (problems.length) throw new ValidationFailed(problems);

      const fields: StepFields = {
        title: dto.title ?? row.title,
        aspect: dto.aspect ?? row.aspect,
        item_id: dto.itemId === undefined ? row.item_id : dto.itemId,
        due_date: dto.dueDate === undefined ? row.due_date : dto.dueDate,
        responsible: dto.responsible === undefined ? row.responsible : dto.responsible || null,
        checklist: dto.checklist ?? row.checklist,
        note: dto.note === undefined ? row.note : dto.note || null,
        baseline_round_id: row.baseline_round_id,
        baseline_mean: row.baseline_mean,
      };
      // Another aspect: its starting point is its mean in the same round (the one that was latest
      // when the step was made).
      if (fields.aspect !== row.aspect && row.baseline_round_id) fields.baseline_mean = await this.repo.meanIn(m, row.baseline_round_id, fields.aspect);
      await this.repo.update(m, stepId, fields, now);
      if (dto.status !== undefined || dto.position !== undefined) {
        await this.repo.savePlaces(m, moveStep(board, stepId, { status: dto.status, position: dto.position }), now);
      }
      return this.view(m, stepId);
    });
  }

  async remove(auth: AuthContext, stepId: string): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (m) => {
      const { board } = await this.lockedStep(m, auth, stepId);
      await this.repo.delete(m, stepId);
      await this.repo.savePlaces(m, removeStep(board, stepId), now);
    });
  }

  /** "Zet in agenda": the due date as an all-day event, and the linked scheme's closing moment
   * (of the window open now or opening next). 404 when the step has neither. */
  async calendar(auth: AuthContext, stepId: string): Promise<string> {
    const row = await this.repo.findOne(this.db.manager, stepId);
    this.assertMember(auth, row?.organisation_id ?? null);
    const now = this.clock.now();
    const locale = auth.user.locale === 'en' ? 'en' : 'nl';
    const info = await this.stepInfo(this.db.manager, row!);
    const window = row!.item_kind === 'scheme' ? currentWindow(row!.item_windows, this.clock.today()) : null;
    const events = [
      ...(row!.due_date ? [dueEvent(info, locale, now)] : []),
      ...(window ? [closingEvent(info, { title: row!.item_title!, window }, locale, now)] : []),
    ];
    if (!events.length) throw AppError.notFound();
    return icsCalendar(events);
  }

  /** The steps of an organisation for its report, without an access check of its own: the caller
   * (the report) has checked that the asker owns the organisation. */
  async forReport(organisationId: string): Promise<PlanStep[]> {
    const today = this.clock.today();
    return (await this.repo.list(this.db.manager, organisationId)).map((row) => toPlanStep(row, today));
  }

  async stepInfo(m: EntityManager, row: Pick<StepRow, 'id' | 'title' | 'organisation_id' | 'due_date' | 'responsible'>): Promise<StepInfo> {
    return {
      id: row.id, title: row.title, organisation: await this.repo.organisationName(m, row.organisation_id), dueDate: row.due_date,
      responsible: row.responsible, url: this.planUrl(row.organisation_id),
    };
  }

  /** The step, if the asker is a member of its organisation, with its board locked. */
  private async lockedStep(m: EntityManager, auth: AuthContext, stepId: string): Promise<{ row: StepRow; board: Placed[] }> {
    const organisationId = await this.repo.organisationOf(m, stepId);
    this.assertMember(auth, organisationId);
    const board = await this.repo.lockBoard(m, organisationId);
    // Deleted while we waited for the lock: gone, as for anyone.
    if (!board.some((s) => s.id === stepId)) throw AppError.notFound();
    return { row: (await this.repo.findOne(m, stepId))!, board };
  }

  private async view(m: EntityManager, id: string): Promise<PlanStep> {
    return toPlanStep((await this.repo.findOne(m, id))!, this.clock.today());
  }

  /** An item must be a published catalogue item; returns its title. */
  private async checkItem(m: EntityManager, itemId: string | null | undefined, problems: Problems): Promise<string | null> {
    if (itemId === undefined || itemId === null) return null;
    const item = UUID.test(itemId) ? await this.repo.publishedItem(m, itemId) : null;
    if (!item) problems.push({ field: 'itemId', key: 'field_item_unpublished', vars: {} });
    return item?.title ?? null;
  }

  private checkDueDate(dueDate: string | null | undefined, problems: Problems): void {
    if (!dueDate) return;
    const today = this.clock.today();
    if (dueDate < addYears(today, -DUE_DATE_RANGE.yearsBack) || dueDate > addYears(today, DUE_DATE_RANGE.yearsAhead)) {
      problems.push({ field: 'dueDate', key: 'field_due_date_range', vars: {} });
    }
  }
}
