import { importContentType } from './import-file';

describe('importContentType', () => {
  it('sends .csv as text/csv and .json as application/json, whatever the case', () => {
    expect(importContentType('aanbod.csv')).toBe('text/csv');
    expect(importContentType('Aanbod 2026.CSV')).toBe('text/csv');
    expect(importContentType('aanbod.json')).toBe('application/json');
  });

  it('refuses other files', () => {
    expect(importContentType('aanbod.xlsx')).toBeNull();
    expect(importContentType('csv')).toBeNull();
  });
});
