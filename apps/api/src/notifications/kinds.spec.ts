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
});
