import { type PlanStep } from '@groeiwijzer/contracts';
import { schemeWindowState } from '@groeiwijzer/domain';
import { type Window } from './plan-reminder-rules';
import { type StepRow } from './plan.repository';

/** A scheme's window that is open on `today` or opens next; null when all are past or none is known. */
export function currentWindow(windows: readonly Window[] | null, today: string): Window | null {
  const state = schemeWindowState(Array.isArray(windows) ? windows : [], today);
  return state.state === 'open' || state.state === 'opening' || state.state === 'later' ? { opens: state.window.opens, closes: state.window.closes } : null;
}

/** The step as the API shows it; `today` (Amsterdam) decides which window of a scheme is current. */
export function toPlanStep(row: StepRow, today: string): PlanStep {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    aspect: row.aspect,
    itemId: row.item_id,
    item: row.item_id && row.item_kind && row.item_title
      ? { id: row.item_id, kind: row.item_kind, title: row.item_title, window: row.item_kind === 'scheme' ? currentWindow(row.item_windows, today) : null }
      : null,
    dueDate: row.due_date,
    status: row.status,
    position: row.position,
    responsible: row.responsible,
    checklist: row.checklist,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    doneAt: row.done_at?.toISOString() ?? null,
    result: row.baseline_mean !== null && row.baseline_round_id
      ? { before: row.baseline_mean, after: row.after_mean, roundId: row.after_round_id, baselineRoundId: row.baseline_round_id }
      : null,
  };
}
