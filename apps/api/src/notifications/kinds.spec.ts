import { outsideQuietHours } from './kinds';

describe('quiet hours (21:00–07:00 Europe/Amsterdam)', () => {
  it('leaves daytime alone', () => {
    const noon = new Date('2027-01-15T11:00:00Z'); // 12:00 in Amsterdam (winter)
    expect(outsideQuietHours(noon)).toBe(noon);
  });

  it('moves an evening reminder to 07:00 the next morning, winter and summer', () => {
    expect(outsideQuietHours(new Date('2027-01-15T21:30:00Z')).toISOString()).toBe('2027-01-16T06:00:00.000Z'); // 22:30 → 07:00 CET
    expect(outsideQuietHours(new Date('2027-07-15T19:05:00Z')).toISOString()).toBe('2027-07-16T05:00:00.000Z'); // 21:05 → 07:00 CEST
  });

  it('moves a night reminder to 07:00 the same morning', () => {
    expect(outsideQuietHours(new Date('2027-01-16T02:15:00Z')).toISOString()).toBe('2027-01-16T06:00:00.000Z'); // 03:15 → 07:00
  });

  it('keeps to 07:00 on the clock across both daylight-saving changes', () => {
    // Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET. 23:30 CEST the evening before → 07:00 CET.
    expect(outsideQuietHours(new Date('2026-10-24T21:30:00Z')).toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(outsideQuietHours(new Date('2026-10-25T01:30:00Z')).toISOString()).toBe('2026-10-25T06:00:00.000Z'); // 02:30 CET, after the change
    // Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST. 22:00 CET the evening before → 07:00 CEST.
    expect(outsideQuietHours(new Date('2026-03-28T21:00:00Z')).toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(outsideQuietHours(new Date('2026-03-29T00:30:00Z')).toISOString()).toBe('2026-03-29T05:00:00.000Z'); // 01:30 CET
    // 07:00 itself is not quiet; 06:59 is.
    expect(outsideQuietHours(new Date('2026-10-25T06:00:00Z')).toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(outsideQuietHours(new Date('2026-03-29T04:59:00Z')).toISOString()).toBe('2026-03-29T05:00:00.000Z');
  });

  it('works for other quiet hours, also within one day', () => {
    expect(outsideQuietHours(new Date('2027-01-15T12:30:00Z'), { start: 13, end: 15 }).toISOString()).toBe('2027-01-15T14:00:00.000Z');
    expect(outsideQuietHours(new Date('2027-01-15T15:30:00Z'), { start: 13, end: 15 }).toISOString()).toBe('2027-01-15T15:30:00.000Z');
    expect(outsideQuietHours(new Date('2027-01-15T12:30:00Z'), null).toISOString()).toBe('2027-01-15T12:30:00.000Z');
  });
});
