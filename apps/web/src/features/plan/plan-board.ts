import type { ChecklistEntry, PlanStatus, PlanStep } from '@groeiwijzer/contracts';

/** The board's columns, left to right: idee, gepland, bezig, klaar. */
export const PLAN_COLUMNS: readonly PlanStatus[] = ['idea', 'planned', 'doing', 'done'];

export type Board = Record<PlanStatus, PlanStep[]>;

/** Where a step goes: a column and its place in that column's final order (0 first), as the
 * API's PATCH takes it. */
export interface MoveTarget {
  status: PlanStatus;
  position: number;
}

export type MoveDirection = 'up' | 'down' | 'previous' | 'next';

export function isPlanStatus(value: unknown): value is PlanStatus {
  return typeof value === 'string' && (PLAN_COLUMNS as readonly string[]).includes(value);
}

/** Steps per column, in their order (position, then the oldest first for equal positions). */
export function toBoard(steps: readonly PlanStep[]): Board {
  const board: Board = { idea: [], planned: [], doing: [], done: [] };
  for (const step of steps) (board[step.status] ?? board.idea).push(step);
  for (const status of PLAN_COLUMNS) {
    board[status].sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }
  return board;
}

function locate(board: Board, stepId: string): { status: PlanStatus; index: number } | null {
  for (const status of PLAN_COLUMNS) {
    const index = board[status].findIndex((step) => step.id === stepId);
    if (index !== -1) return { status, index };
  }
  return null;
}

/** Where a keyboard move takes a step; null at the edge of the board (nothing to do). A step
 * that changes column keeps its row where the other column is long enough, so it stays in view. */
export function keyboardTarget(board: Board, stepId: string, direction: MoveDirection): MoveTarget | null {
  const at = locate(board, stepId);
  if (!at) return null;
  const column = board[at.status];
  switch (direction) {
    case 'up':
      return at.index > 0 ? { status: at.status, position: at.index - 1 } : null;
    case 'down':
      return at.index < column.length - 1 ? { status: at.status, position: at.index + 1 } : null;
    case 'previous':
    case 'next': {
      const next = PLAN_COLUMNS.indexOf(at.status) + (direction === 'next' ? 1 : -1);
      if (next < 0 || next >= PLAN_COLUMNS.length) return null;
      const status = PLAN_COLUMNS[next];
      return { status, position: Math.min(at.index, board[status].length) };
    }
  }
}

/** Where a dropped step goes: before the step it was dropped on, or at the end of the column.
 * Null when it would land where it already is. */
export function dropTarget(board: Board, stepId: string, status: PlanStatus, beforeStepId: string | null): MoveTarget | null {
  const at = locate(board, stepId);
  if (!at) return null;
  const others = board[status].filter((step) => step.id !== stepId);
  const before = beforeStepId === null || beforeStepId === stepId ? -1 : others.findIndex((step) => step.id === beforeStepId);
  const position = before === -1 ? (beforeStepId === stepId ? at.index : others.length) : before;
  if (status === at.status && position === at.index) return null;
  return { status, position };
}

/** The steps after a move: the step in its new column and place, both columns numbered 0, 1, 2 …
 * again (as the API will have them), every other step unchanged. */
export function applyMove(steps: readonly PlanStep[], stepId: string, target: MoveTarget): PlanStep[] {
  const moving = steps.find((step) => step.id === stepId);
  if (!moving) return [...steps];
  const board = toBoard(steps.filter((step) => step.id !== stepId));
  const column = board[target.status];
  const position = Math.max(0, Math.min(target.position, column.length));
  column.splice(position, 0, { ...moving, status: target.status });
  const renumbered = new Map<string, PlanStep>();
  for (const status of new Set<PlanStatus>([moving.status, target.status])) {
    board[status].forEach((step, index) => renumbered.set(step.id, { ...step, status, position: index }));
  }
  return steps.map((step) => renumbered.get(step.id) ?? step);
}

const KEY_DIRECTIONS: Record<string, MoveDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
};

/** The move an arrow key asks for on a focused card (Alt or Ctrl with it is the browser's). */
export function directionForKey(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): MoveDirection | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  return KEY_DIRECTIONS[event.key] ?? null;
}

export function checklistProgress(checklist: readonly ChecklistEntry[]): { done: number; total: number } {
  return { done: checklist.filter((entry) => entry.done).length, total: checklist.length };
}

/** Whether a step with a due date is late: not done and its day has passed (today as YYYY-MM-DD). */
export function isOverdue(step: Pick<PlanStep, 'dueDate' | 'status'>, today: string): boolean {
  return step.status !== 'done' && step.dueDate !== null && step.dueDate < today;
}
