import { Injectable } from '@nestjs/common';
import { type ChecklistEntry, type ItemKind, type PlanStatus } from '@groeiwijzer/contracts';
import { type AspectKey, type Locale } from '@groeiwijzer/domain';
import { type EntityManager } from 'typeorm';
import { returningRows } from '../database/returning';
import { type Placed } from './plan-board';
import { type Window } from './plan-reminder-rules';

/** A step as stored, with its item (when published) and its result rounds, as the API shows it. */
export interface StepRow {
  id: string;
  organisation_id: string;
  title: string;
  aspect: AspectKey;
  item_id: string | null;
  due_date: string | null;
  status: PlanStatus;
  position: number;
  responsible: string | null;
  checklist: ChecklistEntry[];
  note: string | null;
  created_at: Date;
  updated_at: Date;
  done_at: Date | null;
  baseline_round_id: string | null;
  baseline_mean: number | null;
  /** Null when the step has no item, or the item is not published (any more). */
  item_kind: ItemKind | null;
  item_title: string | null;
  item_windows: Window[] | null;
  after_round_id: string | null;
  after_mean: number | null;
}

export interface PublishedItem {
  id: string;
  kind: ItemKind;
  title: string;
}

export interface Owner {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

/** A step the reminder job looks at: not done, due tomorrow or linked to a scheme with a window
 * that opens today or closes within the coming week. */
export interface ReminderCandidate {
  id: string;
  organisation_id: string;
  organisation: string;
  title: string;
  status: PlanStatus;
  due_date: string | null;
  responsible: string | null;
  item_id: string | null;
  item_title: string | null;
  windows: Window[] | null;
}

/** The columns every writable field of a step maps to. */
export interface StepFields {
  title: string;
  aspect: AspectKey;
  item_id: string | null;
  due_date: string | null;
  responsible: string | null;
  checklist: ChecklistEntry[];
  note: string | null;
  baseline_round_id: string | null;
  baseline_mean: number | null;
}

/** A closed round whose report is ready (its results are not withheld). */
const READY_ROUND = `r.status = 'closed' AND r.results IS NOT NULL AND NOT (r.results->>'withheld')::boolean`;

const STEP_COLUMNS = `
  s.id, s.organisation_id, s.title, s.aspect, s.item_id, s.due_date::text AS due_date, s.status, s.position, s.responsible,
  s.checklist, s.note, s.created_at, s.updated_at, s.done_at, s.baseline_round_id, s.baseline_mean::float8 AS baseline_mean,
  i.kind AS item_kind, i.title AS item_title, i.details->'scheme'->'windows' AS item_windows,
  after.id AS after_round_id, after.mean AS after_mean`;

// The item only while it is published; "after": the first ready round, closed after the step was
// made, with a score for the step's aspect (looked up only for a step with a baseline).
const STEP_FROM = `
  FROM plan_steps s
  LEFT JOIN catalogue_items i ON i.id = s.item_id AND i.status = 'published' AND i.approved
  LEFT JOIN LATERAL (
    SELECT r.id, (r.results->'aspects'->>s.aspect)::float8 AS mean FROM scan_rounds r
     WHERE r.organisation_id = s.organisation_id AND ${READY_ROUND} AND r.closed_at > s.created_at AND r.results->'aspects' ? s.aspect
     ORDER BY r.closed_at, r.id LIMIT 1) after ON s.baseline_mean IS NOT NULL`;

const BOARD_ORDER = `array_position(ARRAY['idea', 'planned', 'doing', 'done'], s.status), s.position, s.created_at, s.id`;

/** Every SQL statement of the action plan. */
@Injectable()
export class PlanRepository {
  list(m: EntityManager, organisationId: string): Promise<StepRow[]> {
    return m.query(`SELECT ${STEP_COLUMNS} ${STEP_FROM} WHERE s.organisation_id = $1 ORDER BY ${BOARD_ORDER}`, [organisationId]);
  }

  async findOne(m: EntityManager, id: string): Promise<StepRow | null> {
    const rows: StepRow[] = await m.query(`SELECT ${STEP_COLUMNS} ${STEP_FROM} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async organisationOf(m: EntityManager, stepId: string): Promise<string | null> {
    const [row] = await m.query(`SELECT organisation_id FROM plan_steps WHERE id = $1`, [stepId]);
    return row?.organisation_id ?? null;
  }

  /**
   * Serialises every change to one organisation's board, then returns its steps in board order,
   * locked. The organisation row is locked too (FOR NO KEY UPDATE: other tables may still refer to
   * it) so that two new steps in an empty column queue up as well.
   */
  async lockBoard(m: EntityManager, organisationId: string): Promise<Placed[]> {
    await m.query(`SELECT 1 FROM organisations WHERE id = $1 FOR NO KEY UPDATE`, [organisationId]);
    return m.query(`SELECT s.id, s.status, s.position FROM plan_steps s WHERE s.organisation_id = $1 ORDER BY ${BOARD_ORDER} FOR UPDATE`, [organisationId]);
  }

  async savePlaces(m: EntityManager, places: Placed[], now: Date): Promise<void> {
    if (!places.length) return;
    await m.query(
      `UPDATE plan_steps s SET status = x.status, position = x.position, updated_at = $4,
              done_at = CASE WHEN x.status <> 'done' THEN NULL WHEN s.status = 'done' THEN s.done_at ELSE $4 END
         FROM unnest($1::uuid[], $2::text[], $3::int[]) AS x(id, status, position)
        WHERE s.id = x.id`,
      [places.map((p) => p.id), places.map((p) => p.status), places.map((p) => p.position), now],
    );
  }

  async insert(m: EntityManager, organisationId: string, fields: StepFields, place: { status: PlanStatus; position: number }, userId: string, now: Date): Promise<string> {
    const [row] = returningRows<{ id: string }>(await m.query(
      `INSERT INTO plan_steps (organisation_id, title, aspect, item_id, due_date, status, position, responsible, checklist, note,
                               baseline_round_id, baseline_mean, created_by, created_at, updated_at, done_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, CASE WHEN $6 = 'done' THEN $14::timestamptz END)
       RETURNING id`,
      [organisationId, fields.title, fields.aspect, fields.item_id, fields.due_date, place.status, place.position, fields.responsible,
        JSON.stringify(fields.checklist), fields.note, fields.baseline_round_id, fields.baseline_mean, userId, now],
    ));
    return row.id;
  }

  async update(m: EntityManager, id: string, fields: StepFields, now: Date): Promise<void> {
    await m.query(
      `UPDATE plan_steps SET title = $2, aspect = $3, item_id = $4, due_date = $5, responsible = $6, checklist = $7, note = $8,
              baseline_round_id = $9, baseline_mean = $10, updated_at = $11
        WHERE id = $1`,
      [id, fields.title, fields.aspect, fields.item_id, fields.due_date, fields.responsible, JSON.stringify(fields.checklist), fields.note,
        fields.baseline_round_id, fields.baseline_mean, now],
    );
  }

  async delete(m: EntityManager, id: string): Promise<void> {
    await m.query(`DELETE FROM plan_steps WHERE id = $1`, [id]);
  }

  async publishedItem(m: EntityManager, id: string): Promise<PublishedItem | null> {
    const [row] = await m.query(
      `SELECT id, kind, title FROM catalogue_items WHERE id = $1 AND status = 'published' AND approved`, [id]);
    return row ?? null;
  }

  /** The aspect's mean in the organisation's latest ready round: the step's starting point. */
  async latestMean(m: EntityManager, organisationId: string, aspect: AspectKey): Promise<{ roundId: string; mean: number | null } | null> {
    const [row] = await m.query(
      `SELECT r.id, (r.results->'aspects'->>$2)::float8 AS mean FROM scan_rounds r
        WHERE r.organisation_id = $1 AND ${READY_ROUND} ORDER BY r.closed_at DESC, r.id LIMIT 1`,
      [organisationId, aspect],
    );
    return row ? { roundId: row.id, mean: row.mean } : null;
  }

  /** The aspect's mean in one (ready) round. */
  async meanIn(m: EntityManager, roundId: string, aspect: AspectKey): Promise<number | null> {
    const [row] = await m.query(`SELECT (r.results->'aspects'->>$2)::float8 AS mean FROM scan_rounds r WHERE r.id = $1`, [roundId, aspect]);
    return row?.mean ?? null;
  }

  owners(m: EntityManager, organisationId: string): Promise<Owner[]> {
    return m.query(
      `SELECT u.id, u.email, u.name, u.locale FROM organisation_members om JOIN users u ON u.id = om.user_id
        WHERE om.organisation_id = $1 AND om.role = 'owner' ORDER BY u.email`,
      [organisationId],
    );
  }

  async organisationName(m: EntityManager, organisationId: string): Promise<string> {
    const [row] = await m.query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]);
    return row?.name ?? '';
  }

  /** Steps that may have a reminder due on `today`; the rules decide which (plan-reminder-rules).
   * With `stepId` one step, locked against deletion while its reminder is claimed. */
  reminderCandidates(m: EntityManager, today: string, days: number, stepId?: string): Promise<ReminderCandidate[]> {
    return m.query(
      `SELECT s.id, s.organisation_id, o.name AS organisation, s.title, s.status, s.due_date::text AS due_date, s.responsible,
              i.id AS item_id, i.title AS item_title, i.details->'scheme'->'windows' AS windows
         FROM plan_steps s
         JOIN organisations o ON o.id = s.organisation_id
         LEFT JOIN catalogue_items i ON i.id = s.item_id AND i.kind = 'scheme' AND i.status = 'published' AND i.approved
        WHERE s.status <> 'done' AND ($3::uuid IS NULL OR s.id = $3::uuid)
          AND (s.due_date = $1::date + 1
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(i.details->'scheme'->'windows') = 'array'
                                                                THEN i.details->'scheme'->'windows' ELSE '[]' END) w
                           WHERE w->>'opens' = $1::text OR (w->>'closes' >= $1::text AND w->>'closes' <= ($1::date + $2::int)::text)))
        ORDER BY s.id
        ${stepId ? 'FOR KEY SHARE OF s' : ''}`,
      [today, days, stepId ?? null],
    );
  }

  /** Claims one reminder about one step: true for exactly one caller, however many run at once. */
  async claimReminder(m: EntityManager, stepId: string, key: string, now: Date): Promise<boolean> {
    const rows = returningRows(await m.query(
      `INSERT INTO plan_step_reminders (step_id, reminder_key, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING step_id`,
      [stepId, key, now],
    ));
    return rows.length > 0;
  }
}
