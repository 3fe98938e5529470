import { referralDeadlines } from './referral-deadlines';

const local = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'medium', hourCycle: 'h23' }).format(d);

describe('referral deadlines: 5 and 10 Dutch working days, to the end of the day in Amsterdam', () => {
  it('skips weekends', () => {
    // Monday 9 March 2026, late in the evening: Monday itself does not count.
    const { remindAt, answerBy } = referralDeadlines(new Date('2026-03-09T22:30:00+01:00'));
    expect(local(remindAt)).toBe('2026-03-16, 23:59:59');
    expect(local(answerBy)).toBe('2026-03-23, 23:59:59');
  });

  it('skips Koningsdag and Bevrijdingsdag, in summer time', () => {
    const { remindAt, answerBy } = referralDeadlines(new Date('2026-04-23T10:00:00+02:00'));
    expect(local(remindAt)).toBe('2026-05-01, 23:59:59');
    expect(local(answerBy)).toBe('2026-05-11, 23:59:59');
    expect(answerBy.toISOString()).toBe('2026-05-11T21:59:59.999Z');
  });

  it('skips Christmas and New Year, in winter time', () => {
    const { remindAt, answerBy } = referralDeadlines(new Date('2026-12-22T09:00:00+01:00'));
    // Wed 23, Thu 24, Mon 28, Tue 29, Wed 30 — then Thu 31, Fri 2 Jan, Mon 5, Tue 6, Wed 7.
    expect(local(remindAt)).toBe('2026-12-30, 23:59:59');
    expect(local(answerBy)).toBe('2027-01-07, 23:59:59');
    expect(answerBy.toISOString()).toBe('2027-01-07T22:59:59.999Z');
  });

  it('a request made on a Saturday counts from the Monday', () => {
    const { remindAt } = referralDeadlines(new Date('2026-03-14T12:00:00+01:00'));
    expect(local(remindAt)).toBe('2026-03-20, 23:59:59');
  });
});
