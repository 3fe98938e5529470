import { type PlanStatus } from '@groeiwijzer/contracts';

/** The board's columns, left to right: the order of GET /plan and of the report's plan section. */
export const PLAN_COLUMNS: readonly PlanStatus[] = ['idea', 'planned', 'doing', 'done'];

export interface Placed {
  id: string;
  status: PlanStatus;
  position: number;
}

/** Where a step should go: another column, another place, or both. A missing position means
 * "where it is" within its own column and "at the end" of another one. */
export interface Move {
  status?: PlanStatus;
  position?: number;
}

/** The steps per column in their current order (by position; the input order breaks ties). */
function columnsOf(steps: readonly Placed[]): Map<PlanStatus, string[]> {
  const columns = new Map<PlanStatus, string[]>(PLAN_COLUMNS.map((c) => [c, []]));
  const sorted = steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.position - b.s.position || a.i - b.i);
  for (const { s } of sorted) columns.get(s.status)!.push(s.id);
  return columns;
}

/** Every column numbered 0..n-1 again; only what differs from `before` is returned, to be written. */
function changes(before: readonly Placed[], columns: Map<PlanStatus, string[]>): Placed[] {
  const was = new Map(before.map((s) => [s.id, s]));
  const out: Placed[] = [];
  for (const [status, ids] of columns) {
    ids.forEach((id, position) => {
      const old = was.get(id);
      if (!old || old.status !== status || old.position !== position) out.push({ id, status, position });
    });
  }
  return out;
}

/**
 * The board after moving one step: it leaves its column, and enters the target column at
 * `position` (clamped to 0..length, so "one further down" from the bottom stays at the bottom).
 * Both columns are renumbered without gaps. Pure: the caller holds the lock and writes the result.
 */
export function moveStep(steps: readonly Placed[], id: string, move: Move): Placed[] {
  const step = steps.find((s) => s.id === id);
  if (!step) throw new RangeError(`step ${id} is not on this board`);
  const columns = columnsOf(steps);
  const from = columns.get(step.status)!;
  const oldIndex = from.indexOf(id);
  from.splice(oldIndex, 1);
  const status = move.status ?? step.status;
  const target = columns.get(status)!;
  const wanted = move.position ?? (status === step.status ? oldIndex : target.length);
  target.splice(Math.max(0, Math.min(wanted, target.length)), 0, id);
  return changes(steps, columns);
}

/** The board without one step: the rest of its column closes up. */
export function removeStep(steps: readonly Placed[], id: string): Placed[] {
  return changes(steps.filter((s) => s.id !== id), columnsOf(steps.filter((s) => s.id !== id)));
}

/** Every column numbered 0..n-1 in its present order: after a new step was put at the bottom. */
export function renumber(steps: readonly Placed[]): Placed[] {
  return changes(steps, columnsOf(steps));
}

/** A new step goes to the bottom of its column. */
export function endOfColumn(steps: readonly Placed[], status: PlanStatus): number {
  return steps.filter((s) => s.status === status).length;
}
