import { sizeClassFor } from './size-class';

describe('sizeClassFor', () => {
  it.each([
    [1, 'micro'],
    [9, 'micro'],
    [10, 'small'],
    [49, 'small'],
    [50, 'medium'],
    [249, 'medium'],
  ])('puts %i employees in %s', (employees, expected) => {
    expect(sizeClassFor(employees)).toBe(expected);
  });

  it.each([0, -3, 2.5, 250, Number.NaN])('rejects %p employees', (employees) => {
    expect(() => sizeClassFor(employees)).toThrow(RangeError);
  });
});
