import { formatDate, formatDifference, formatScore, formatShare, isoDateInAmsterdam } from './format';

describe('format', () => {
  it('writes dates as they fall in the Netherlands', () => {
    expect(formatDate('2026-06-30T23:59:59+02:00', 'nl')).toBe('30 juni 2026');
    expect(formatDate('2026-06-30T23:59:59+02:00', 'en')).toBe('30 June 2026');
    expect(formatDate('nonsense', 'nl')).toBe('nonsense');
  });

  it('writes scores with one decimal in the language\'s style', () => {
    expect(formatScore(3.84, 'nl')).toBe('3,8');
    expect(formatScore(4, 'en')).toBe('4.0');
    expect(formatScore(null, 'nl')).toBe('–');
    expect(formatDifference(1.24, 'nl')).toBe('+1,2');
    expect(formatDifference(-0.4, 'en')).toBe('−0.4');
    expect(formatDifference(0.01, 'nl')).toBe('0,0');
  });

  it('writes shares as whole percentages', () => {
    expect(formatShare(0.678, 'nl')).toMatch(/^68\s?%$/);
    expect(formatShare(undefined, 'en')).toBe('–');
  });

  it('gives today in Amsterdam as YYYY-MM-DD', () => {
    expect(isoDateInAmsterdam(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(isoDateInAmsterdam(new Date('2026-03-01T10:00:00Z'), 14)).toBe('2026-03-15');
  });
});
