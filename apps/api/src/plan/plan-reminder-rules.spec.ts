import { addDays, remindersDue } from './plan-reminder-rules';

const step = (over: Partial<Parameters<typeof remindersDue>[0]> = {}) => ({ status: 'planned' as const, dueDate: null, windows: null, ...over });
const keys = (s: Parameters<typeof remindersDue>[0], today: string) => remindersDue(s, today).map((r) => r.key);

describe('plan reminder rules', () => {
  it('reminds of a due date on the day before it, and only then', () => {
    const s = step({ dueDate: '2027-03-01' });
    expect(keys(s, '2027-02-28')).toEqual(['due:2027-03-01']);
    expect(remindersDue(s, '2027-02-28')[0]).toMatchObject({ kind: 'plan', type: 'due', date: '2027-03-01' });
    expect(keys(s, '2027-02-27')).toEqual([]);
    expect(keys(s, '2027-03-01')).toEqual([]);
  });

  it('reminds of a window on its opening day and from 7 days before its closing day up to it', () => {
    const s = step({ windows: [{ opens: '2027-02-01', closes: '2027-03-31' }] });
    expect(keys(s, '2027-01-31')).toEqual([]);
    expect(keys(s, '2027-02-01')).toEqual(['opens:2027-02-01']);
    expect(remindersDue(s, '2027-02-01')[0]).toMatchObject({ kind: 'schemes', type: 'opens' });
    expect(keys(s, '2027-03-23')).toEqual([]);
    expect(keys(s, '2027-03-24')).toEqual(['closes:2027-03-31']);
    expect(keys(s, '2027-03-31')).toEqual(['closes:2027-03-31']);
    expect(keys(s, '2027-04-01')).toEqual([]);
  });

  it('gives a short window both on its opening day, and nothing about closing before it opens', () => {
    const s = step({ windows: [{ opens: '2027-05-10', closes: '2027-05-14' }] });
    expect(keys(s, '2027-05-08')).toEqual([]);
    expect(keys(s, '2027-05-10')).toEqual(['opens:2027-05-10', 'closes:2027-05-14']);
  });

  it('gives a done step nothing', () => {
    expect(remindersDue(step({ status: 'done', dueDate: '2027-03-01', windows: [{ opens: '2027-02-28', closes: '2027-03-02' }] }), '2027-02-28')).toEqual([]);
  });

  it('counts days across month ends and leap days', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
