import { type PlanStatus } from '@groeiwijzer/contracts';
import { endOfColumn, moveStep, type Placed, removeStep, renumber } from './plan-board';

/** A board written as columns of ids, e.g. { idea: ['a', 'b'], doing: ['c'] }. */
function board(columns: Partial<Record<PlanStatus, string[]>>): Placed[] {
  return Object.entries(columns).flatMap(([status, ids]) => ids!.map((id, position) => ({ id, status: status as PlanStatus, position })));
}

/** The board after applying the changes, as columns of ids. */
function apply(steps: Placed[], changes: Placed[]): Record<string, string[]> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  for (const c of changes) byId.set(c.id, c);
  const out: Record<string, string[]> = {};
  for (const s of [...byId.values()].sort((a, b) => a.position - b.position)) (out[s.status] ??= []).push(s.id);
  for (const ids of Object.values(out)) expect(ids.map((id) => byId.get(id)!.position)).toEqual(ids.map((_, i) => i));
  return out;
}

describe('the plan board', () => {
  const steps = board({ idea: ['a', 'b', 'c'], planned: ['d'], doing: [], done: ['e'] });

  it('moves a step up and down within its column (keyboard: ↑ and ↓)', () => {
    expect(apply(steps, moveStep(steps, 'c', { position: 1 }))).toEqual({ idea: ['a', 'c', 'b'], planned: ['d'], done: ['e'] });
    expect(apply(steps, moveStep(steps, 'a', { position: 1 }))).toEqual({ idea: ['b', 'a', 'c'], planned: ['d'], done: ['e'] });
  });

  it('keeps a step at the top or bottom when moved beyond it', () => {
    expect(moveStep(steps, 'c', { position: 9 })).toEqual([]);
    expect(apply(steps, moveStep(steps, 'b', { position: 99 }))).toEqual({ idea: ['a', 'c', 'b'], planned: ['d'], done: ['e'] });
  });

  it('moves a step to the next column (keyboard: →): to its bottom, or to the place asked for; both columns close up', () => {
    const changes = moveStep(steps, 'a', { status: 'planned' });
    expect(apply(steps, changes)).toEqual({ idea: ['b', 'c'], planned: ['d', 'a'], done: ['e'] });
    // Only what changed is written.
    expect(changes.map((c) => c.id).sort()).toEqual(['a', 'b', 'c']);
    expect(apply(steps, moveStep(steps, 'b', { status: 'done', position: 0 }))).toEqual({ idea: ['a', 'c'], planned: ['d'], done: ['b', 'e'] });
    expect(apply(steps, moveStep(steps, 'd', { status: 'doing' }))).toEqual({ idea: ['a', 'b', 'c'], doing: ['d'], done: ['e'] });
  });

  it('changes nothing when a step is "moved" to where it is', () => {
    expect(moveStep(steps, 'b', { status: 'idea', position: 1 })).toEqual([]);
    expect(moveStep(steps, 'b', {})).toEqual([]);
  });

  it('closes the gap a deleted step leaves', () => {
    expect(apply(steps.filter((s) => s.id !== 'a'), removeStep(steps, 'a'))).toEqual({ idea: ['b', 'c'], planned: ['d'], done: ['e'] });
  });

  it('puts a new step at the bottom of its column, and repairs gaps in the order they are', () => {
    expect(endOfColumn(steps, 'idea')).toBe(3);
    expect(endOfColumn(steps, 'doing')).toBe(0);
    const gappy: Placed[] = [{ id: 'x', status: 'idea', position: 4 }, { id: 'y', status: 'idea', position: 1 }];
    expect(renumber(gappy)).toEqual([{ id: 'y', status: 'idea', position: 0 }, { id: 'x', status: 'idea', position: 1 }]);
  });

  it('refuses a step that is not on the board', () => {
    expect(() => moveStep(steps, 'zz', { position: 0 })).toThrow(RangeError);
  });
});
