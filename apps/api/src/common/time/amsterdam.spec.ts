import { amsterdamDate, amsterdamHour, nextAmsterdamHour, parseAmsterdamMoment, parseClosesAt } from './amsterdam';
import { formatDay, formatMoment } from './format';

// 2027: summer time starts Sunday 28 March (02:00 → 03:00), ends Sunday 31 October (03:00 → 02:00).
describe('time in the Netherlands', () => {
  it('reads a closing date as the end of that day, in summer, in winter and on both clock-change days', () => {
    expect(parseClosesAt('2027-07-15')?.toISOString()).toBe('2027-07-15T21:59:59.999Z');
    expect(parseClosesAt('2027-01-15')?.toISOString()).toBe('2027-01-15T22:59:59.999Z');
    expect(parseClosesAt('2027-03-28')?.toISOString()).toBe('2027-03-28T21:59:59.999Z');
    expect(parseClosesAt('2027-10-31')?.toISOString()).toBe('2027-10-31T22:59:59.999Z');
  });

  it('keeps an explicit moment and refuses nonsense', () => {
    expect(parseClosesAt('2027-03-01T12:00:00+01:00')?.toISOString()).toBe('2027-03-01T11:00:00.000Z');
    expect(parseClosesAt('2027-02-30')).toBeNull();
    expect(parseClosesAt('morgen')).toBeNull();
  });

  it('gives the Dutch calendar day and hour of a moment, around midnight and the clock changes', () => {
    expect(amsterdamDate(new Date('2027-07-15T22:30:00Z'))).toBe('2027-07-16');
    expect(amsterdamDate(new Date('2027-01-15T22:30:00Z'))).toBe('2027-01-15');
    expect(amsterdamHour(new Date('2027-03-28T00:59:00Z'))).toBe(1);
    expect(amsterdamHour(new Date('2027-03-28T01:00:00Z'))).toBe(3);
    expect(amsterdamHour(new Date('2027-10-31T00:30:00Z'))).toBe(2);
    expect(amsterdamHour(new Date('2027-10-31T01:30:00Z'))).toBe(2);
  });

  it('reads a wall-clock moment; the hour skipped in spring does not exist', () => {
    expect(parseAmsterdamMoment('2027-03-27T09:00')?.toISOString()).toBe('2027-03-27T08:00:00.000Z');
    expect(parseAmsterdamMoment('2027-03-29T09:00')?.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(parseAmsterdamMoment('2027-03-28T02:30')).toBeNull();
    expect(parseAmsterdamMoment('2027-11-01T09:15')?.toISOString()).toBe('2027-11-01T08:15:00.000Z');
    expect(parseAmsterdamMoment('2027-11-01T09:15:00+01:00')?.toISOString()).toBe('2027-11-01T08:15:00.000Z');
    expect(parseAmsterdamMoment('2027-13-01T09:00')).toBeNull();
    expect(parseAmsterdamMoment('volgende week')).toBeNull();
  });

  it('finds the next 07:00 across the night of each clock change', () => {
    expect(nextAmsterdamHour(new Date('2027-03-27T22:00:00Z'), 7).toISOString()).toBe('2027-03-28T05:00:00.000Z');
    expect(nextAmsterdamHour(new Date('2027-10-30T22:00:00Z'), 7).toISOString()).toBe('2027-10-31T06:00:00.000Z');
  });

  it('writes dates in the reader language, in Dutch time', () => {
    const evening = new Date('2027-12-20T23:30:00Z'); // already 21 December in the Netherlands
    expect(formatMoment(evening, 'nl')).toBe('21 december 2027');
    expect(formatMoment(evening, 'en')).toBe('21 December 2027');
    expect(formatMoment(evening, 'nl', 'weekday')).toBe('dinsdag 21 december');
    expect(formatMoment(new Date('2027-07-01T12:00:00Z'), 'en', 'weekdayTime')).toBe('Thursday 1 July at 14:00');
    expect(formatDay('2027-12-20', 'nl', 'weekdayYear')).toBe('maandag 20 december 2027');
    expect(formatDay('2027-12-20', 'en')).toBe('20 December 2027');
  });
});
