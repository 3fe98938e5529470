import { isKnownCoachType, regionList, websiteHref } from './admin-format';

describe('regionList', () => {
  it('names regions and says nationwide in the UI language', () => {
    expect(regionList(['twente', 'achterhoek'], 'Landelijk')).toBe('Twente, Achterhoek');
    expect(regionList(['landelijk'], 'Nationwide')).toBe('Nationwide');
    expect(regionList([], 'Landelijk')).toBe('');
  });
});

describe('websiteHref', () => {
  it('links web addresses, adding https to a bare domain', () => {
    expect(websiteHref('https://www.leerwerkloket.nl/twente')).toBe('https://www.leerwerkloket.nl/twente');
    expect(websiteHref('http://example.nl')).toBe('http://example.nl/');
    expect(websiteHref(' sectortafel-bouw.nl ')).toBe('https://sectortafel-bouw.nl/');
  });

  it('never links anything else', () => {
    expect(websiteHref(null)).toBeNull();
    expect(websiteHref('')).toBeNull();
    expect(websiteHref('javascript:alert(1)')).toBeNull();
    expect(websiteHref('mailto:info@example.nl')).toBeNull();
    expect(websiteHref('geen website')).toBeNull();
  });
});

describe('isKnownCoachType', () => {
  it('knows the four coach types and nothing else', () => {
    expect(['consularis', 'arbeidsmarktcoach', 'leerambassadeur', 'hr-adviseur'].every(isKnownCoachType)).toBe(true);
    expect(isKnownCoachType('Consularis')).toBe(false);
    expect(isKnownCoachType(undefined)).toBe(false);
  });
});
