import { defaultRoundValues, parseGroups, toCreateRoundRequest } from './round-form-values';

describe('the new-scan form', () => {
  it('starts with a closing date two weeks ahead (Dutch date) and 5 responses', () => {
    const values = defaultRoundValues('Scan juni', new Date('2026-06-01T23:30:00Z'));
    // 23:30 UTC on 1 June is already 2 June in the Netherlands.
    expect(values).toEqual({ title: 'Scan juni', closesAt: '2026-06-16', minResponses: '5', groups: '' });
  });

  it('turns the values into the API request', () => {
    expect(
      toCreateRoundRequest({ title: '  Scan juni ', closesAt: '2026-06-16', minResponses: '3', groups: 'Winkel\n\nBakkerij\nwinkel\n' }),
    ).toEqual({ title: 'Scan juni', closesAt: '2026-06-16', minResponses: 3, groups: ['Winkel', 'Bakkerij'] });
  });

  it('leaves out what is not filled in, and lets the API judge nonsense', () => {
    expect(toCreateRoundRequest({ title: 'x', closesAt: '', minResponses: '', groups: ' ' })).toEqual({ title: 'x', closesAt: '' });
    expect(toCreateRoundRequest({ title: 'x', closesAt: '', minResponses: 'vijf', groups: '' }).minResponses).toBeNaN();
  });

  it('tidies group names', () => {
    expect(parseGroups('  Werk   plaats \r\nKantoor\r\n')).toEqual(['Werk plaats', 'Kantoor']);
  });
});
