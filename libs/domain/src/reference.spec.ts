import { ASPECTS, ASPECT_KEYS, isAspectKey } from './aspects';
import { REGIONS, isRegionKey, NATIONWIDE } from './regions';
import { SECTORS, isSectorCode } from './sectors';
import { localeFromAcceptLanguage } from './locale';

describe('reference data', () => {
  it('has the six aspects in model order with Dutch and English names', () => {
    expect(ASPECTS.map((a) => a.key)).toEqual([...ASPECT_KEYS]);
    expect(ASPECTS[0]).toEqual({ key: 'work_content', nl: 'Inhoud van het werk', en: 'Content of the work' });
    expect(isAspectKey('leadership')).toBe(true);
    expect(isAspectKey('happiness')).toBe(false);
  });

  it('knows the 35 labour-market regions, but nationwide is not a region of an SME', () => {
    expect(REGIONS).toHaveLength(35);
    expect(isRegionKey('twente')).toBe(true);
    expect(isRegionKey(NATIONWIDE)).toBe(false);
    expect(new Set(REGIONS.map((r) => r.key)).size).toBe(35);
  });

  it('knows SBI sections A to U', () => {
    expect(SECTORS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(isSectorCode('F')).toBe(true);
    expect(isSectorCode('f')).toBe(false);
    expect(isSectorCode('Z')).toBe(false);
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['en-GB,en;q=0.9', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['de-DE,en;q=0.5', 'en'],
    ['fr', 'nl'],
    ['nl;q=0.4,en;q=0.8', 'en'],
  ])('maps %p to %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
