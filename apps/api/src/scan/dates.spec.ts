import { amsterdamDate, parseClosesAt } from './dates';

describe('closing dates', () => {
  it('reads a date as the end of that day in the Netherlands, summer and winter', () => {
    expect(parseClosesAt('2027-07-15')?.toISOString()).toBe('2027-07-15T21:59:59.999Z');
    expect(parseClosesAt('2027-01-15')?.toISOString()).toBe('2027-01-15T22:59:59.999Z');
  });

  it('keeps an explicit moment and refuses nonsense', () => {
    expect(parseClosesAt('2027-03-01T12:00:00+01:00')?.toISOString()).toBe('2027-03-01T11:00:00.000Z');
    expect(parseClosesAt('2027-02-30')).toBeNull();
  });

  it('gives the Dutch calendar day of a moment', () => {
    expect(amsterdamDate(new Date('2027-07-15T22:30:00Z'))).toBe('2027-07-16');
  });
});
