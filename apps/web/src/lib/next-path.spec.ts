import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/organisaties/nieuw', '/organisaties/nieuw'],
    ['/organisaties/1?tab=x', '/organisaties/1?tab=x'],
    [null, '/dashboard'],
    ['', '/dashboard'],
    ['https://evil.example/', '/dashboard'],
    ['//evil.example/', '/dashboard'],
    ['/\\evil.example', '/dashboard'],
    ['javascript:alert(1)', '/dashboard'],
    ['/ok\n/evil', '/dashboard'],
  ])('maps %p to %p', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it('builds a sign-in link that returns to the page', () => {
    expect(signInPath('/organisaties/nieuw')).toBe('/inloggen?next=%2Forganisaties%2Fnieuw');
  });
});
