import type { PlanStep } from '@groeiwijzer/contracts';
import { checkPlanValues, emptyPlanValues, planValuesOf, resolvePlanField, toPlanRequest } from './plan-form-values';

const messages = { titleMissing: 'Geef de stap een naam.', aspectMissing: 'Kies een onderwerp.' };

describe('the plan step form', () => {
  it('sends what was typed, trimmed, with empty fields as null and empty checklist rows left out', () => {
    const values = {
      ...emptyPlanValues('planned'),
      title: '  Teamoverleg over leren  ',
      aspect: 'collaboration' as const,
      dueDate: '2026-04-15',
      responsible: ' Els ',
      checklist: [{ text: ' Datum prikken ', done: true }, { text: '   ', done: false }, { text: 'Agenda maken', done: false }],
      note: '   ',
    };
    expect(toPlanRequest(values)).toEqual({
      title: 'Teamoverleg over leren',
      aspect: 'collaboration',
      dueDate: '2026-04-15',
      status: 'planned',
      responsible: 'Els',
      checklist: [{ text: 'Datum prikken', done: true }, { text: 'Agenda maken', done: false }],
      note: null,
    });
  });

  it('needs a title and an aspect before it asks the API', () => {
    expect(checkPlanValues(emptyPlanValues(), messages)).toEqual({ title: messages.titleMissing, aspect: messages.aspectMissing });
    expect(checkPlanValues({ ...emptyPlanValues(), title: 'x', aspect: 'leadership' }, messages)).toEqual({});
  });

  it('opens an existing step with its own values, and sends them back unchanged', () => {
    const step: PlanStep = {
      id: 's1', organisationId: 'o1', title: 'Cursus coachend leidinggeven', aspect: 'leadership', itemId: 'i1',
      item: { id: 'i1', kind: 'training', title: 'Coachend leidinggeven', window: null }, dueDate: null, status: 'doing', position: 0,
      responsible: null, checklist: [{ text: 'Aanmelden', done: true }], note: 'Met Piet', createdAt: '', updatedAt: '', doneAt: null, result: null,
    };
    const values = planValuesOf(step);
    expect(values).toEqual({
      title: 'Cursus coachend leidinggeven', aspect: 'leadership', dueDate: '', status: 'doing', responsible: '',
      checklist: [{ text: 'Aanmelden', done: true }], note: 'Met Piet',
    });
    expect(toPlanRequest(values)).toEqual({
      title: step.title, aspect: step.aspect, dueDate: null, status: 'doing', responsible: null, checklist: step.checklist, note: 'Met Piet',
    });
    values.checklist[0].done = false;
    expect(step.checklist[0].done).toBe(true);
  });

  it('shows the API\'s problems at their fields, checklist rows by number', () => {
    const resolve = resolvePlanField(2);
    expect(resolve('title')).toBe('title');
    expect(resolve('dueDate')).toBe('dueDate');
    expect(resolve('checklist.1.text')).toBe('checklist.1');
    expect(resolve('checklist.5.text')).toBe('checklist');
    expect(resolve('checklist')).toBe('checklist');
    expect(resolve('itemId')).toBeNull();
    expect(resolve('colour')).toBeNull();
  });
});
