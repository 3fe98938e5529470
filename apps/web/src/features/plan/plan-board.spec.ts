import type { PlanStatus, PlanStep } from '@groeiwijzer/contracts';
import {
  applyMove,
  checklistProgress,
  directionForKey,
  dropTarget,
  isOverdue,
  keyboardTarget,
  PLAN_COLUMNS,
  toBoard,
  type MoveDirection,
} from './plan-board';

const step = (id: string, status: PlanStatus, position: number, over: Partial<PlanStep> = {}): PlanStep => ({
  id, organisationId: 'o1', title: `Stap ${id}`, aspect: 'leadership', itemId: null, item: null, dueDate: null, status, position,
  responsible: null, checklist: [], note: null, createdAt: `2026-03-0${position + 1}T09:00:00Z`, updatedAt: '2026-03-01T09:00:00Z',
  doneAt: null, result: null, ...over,
});

// idea: a b c · planned: d · doing: (none) · done: e
const steps = [step('c', 'idea', 2), step('a', 'idea', 0), step('b', 'idea', 1), step('d', 'planned', 0), step('e', 'done', 0)];
const columns = (list: PlanStep[]) =>
  Object.fromEntries(PLAN_COLUMNS.map((status) => [status, toBoard(list)[status].map((s) => `${s.id}${s.position}`).join(' ')]));

describe('the plan board', () => {
  it('has four columns, left to right, each in its own order', () => {
    expect(PLAN_COLUMNS).toEqual(['idea', 'planned', 'doing', 'done']);
    expect(columns(steps)).toEqual({ idea: 'a0 b1 c2', planned: 'd0', doing: '', done: 'e0' });
  });

  it('keeps steps with the same position in the order they were made', () => {
    const same = [step('y', 'idea', 0, { createdAt: '2026-03-02T00:00:00Z' }), step('x', 'idea', 0, { createdAt: '2026-03-01T00:00:00Z' })];
    expect(toBoard(same).idea.map((s) => s.id)).toEqual(['x', 'y']);
  });
});

describe('moving by keyboard', () => {
  const board = toBoard(steps);
  const target = (id: string, direction: MoveDirection) => keyboardTarget(board, id, direction);

  it('moves up and down within a column, and not past its ends', () => {
    expect(target('b', 'up')).toEqual({ status: 'idea', position: 0 });
    expect(target('b', 'down')).toEqual({ status: 'idea', position: 2 });
    expect(target('a', 'up')).toBeNull();
    expect(target('c', 'down')).toBeNull();
  });

  it('moves to the previous and next column on the same row where it can, else to the end', () => {
    expect(target('c', 'next')).toEqual({ status: 'planned', position: 1 });
    expect(target('a', 'next')).toEqual({ status: 'planned', position: 0 });
    expect(target('d', 'next')).toEqual({ status: 'doing', position: 0 });
    expect(target('d', 'previous')).toEqual({ status: 'idea', position: 0 });
    expect(target('a', 'previous')).toBeNull();
    expect(target('e', 'next')).toBeNull();
    expect(target('unknown', 'up')).toBeNull();
  });

  it('reads the arrow keys, and leaves them alone with a modifier', () => {
    const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
      directionForKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].map((k) => key(k))).toEqual(['up', 'down', 'previous', 'next']);
    expect(key('ArrowUp', { altKey: true })).toBeNull();
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('Enter')).toBeNull();
  });
});

describe('moving by mouse (drop on a card or a column)', () => {
  const board = toBoard(steps);

  it('puts a step before the card it is dropped on', () => {
    expect(dropTarget(board, 'c', 'idea', 'a')).toEqual({ status: 'idea', position: 0 });
    expect(dropTarget(board, 'a', 'idea', 'c')).toEqual({ status: 'idea', position: 1 });
    expect(dropTarget(board, 'a', 'planned', 'd')).toEqual({ status: 'planned', position: 0 });
  });

  it('puts a step at the end of a column dropped on its empty part', () => {
    expect(dropTarget(board, 'a', 'doing', null)).toEqual({ status: 'doing', position: 0 });
    expect(dropTarget(board, 'a', 'idea', null)).toEqual({ status: 'idea', position: 2 });
  });

  it('does nothing when the step would land where it is', () => {
    expect(dropTarget(board, 'b', 'idea', 'b')).toBeNull();
    expect(dropTarget(board, 'b', 'idea', 'c')).toBeNull();
    expect(dropTarget(board, 'c', 'idea', null)).toBeNull();
  });
});

describe('the steps after a move', () => {
  it('renumbers the column a step leaves and the one it joins, and changes nothing else', () => {
    const moved = applyMove(steps, 'a', { status: 'planned', position: 0 });
    expect(columns(moved)).toEqual({ idea: 'b0 c1', planned: 'a0 d1', doing: '', done: 'e0' });
    expect(moved.find((s) => s.id === 'a')?.status).toBe('planned');
    expect(moved.find((s) => s.id === 'e')).toBe(steps.find((s) => s.id === 'e'));
  });

  it('moves within a column both ways', () => {
    expect(columns(applyMove(steps, 'c', { status: 'idea', position: 0 })).idea).toBe('c0 a1 b2');
    expect(columns(applyMove(steps, 'a', { status: 'idea', position: 2 })).idea).toBe('b0 c1 a2');
  });

  it('keeps the place within bounds and ignores an unknown step', () => {
    expect(columns(applyMove(steps, 'a', { status: 'doing', position: 9 })).doing).toBe('a0');
    expect(applyMove(steps, 'zz', { status: 'done', position: 0 })).toEqual(steps);
  });

  it('every keyboard move is one a drop would make too, and the result agrees', () => {
    const board = toBoard(steps);
    for (const s of steps) {
      for (const direction of ['up', 'down', 'previous', 'next'] as const) {
        const target = keyboardTarget(board, s.id, direction);
        if (!target) continue;
        const after = toBoard(applyMove(steps, s.id, target));
        expect([s.id, direction, after[target.status][target.position].id]).toEqual([s.id, direction, s.id]);
      }
    }
  });
});

describe('card details', () => {
  it('counts the checklist', () => {
    expect(checklistProgress([{ text: 'a', done: true }, { text: 'b', done: false }, { text: 'c', done: true }])).toEqual({ done: 2, total: 3 });
    expect(checklistProgress([])).toEqual({ done: 0, total: 0 });
  });

  it('calls a step late only when its day has passed and it is not done', () => {
    expect(isOverdue({ dueDate: '2026-03-09', status: 'doing' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-10', status: 'doing' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'done' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'idea' }, '2026-03-10')).toBe(false);
  });
});
