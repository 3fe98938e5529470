import { formatEuro, languageName, regionLabel, regionLabels, safeExternalUrl, urlHost } from './catalogue-format';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatEuro', () => {
  it('shows whole euros without cents and other amounts with cents', () => {
    expect(nbsp(formatEuro(1250, 'nl'))).toBe('€ 1.250');
    expect(nbsp(formatEuro(1250, 'en'))).toBe('€1,250');
    expect(nbsp(formatEuro(99.5, 'nl'))).toBe('€ 99,50');
  });
});

describe('region labels', () => {
  it('calls nationwide "Heel Nederland" and puts it first', () => {
    expect(regionLabel('landelijk', 'Heel Nederland')).toBe('Heel Nederland');
    expect(regionLabel('twente', 'Heel Nederland')).toBe('Twente');
    expect(regionLabels(['twente', 'achterhoek', 'landelijk'], 'Heel Nederland')).toEqual(['Heel Nederland', 'Achterhoek', 'Twente']);
  });
});

describe('languageName', () => {
  it('names languages in the UI language', () => {
    expect(languageName('nl', 'nl').toLowerCase()).toBe('nederlands');
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('not a code', 'nl')).toBe('not a code');
  });
});

describe('safeExternalUrl', () => {
  it('allows http and https links only', () => {
    expect(safeExternalUrl('https://www.slimsubsidie.nl/')).toBe('https://www.slimsubsidie.nl/');
    expect(safeExternalUrl('http://example.org')).toBe('http://example.org/');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,hi')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });

  it('shows the host of a link', () => {
    expect(urlHost('https://www.example.org/path?x=1')).toBe('example.org');
  });
});
