import { chunk, mergeInviteResults, parseEmailList } from './email-list';

describe('parseEmailList', () => {
  it('takes one address per line, or separated by commas, semicolons or spaces', () => {
    expect(parseEmailList('anne@bakkerij.nl\nbob@bakkerij.nl, carla@bakkerij.nl; dirk@bakkerij.nl  eva@bakkerij.nl')).toEqual([
      'anne@bakkerij.nl',
      'bob@bakkerij.nl',
      'carla@bakkerij.nl',
      'dirk@bakkerij.nl',
      'eva@bakkerij.nl',
    ]);
  });

  it('reads addresses as mail programs copy them', () => {
    expect(parseEmailList('Anne de Vries <anne@bakkerij.nl>; "Bob, jr." <bob@bakkerij.nl>\r\nmailto:carla@bakkerij.nl')).toEqual([
      'anne@bakkerij.nl',
      'bob@bakkerij.nl',
      'carla@bakkerij.nl',
    ]);
  });

  it('drops blanks and keeps repeats once, whatever the letter case', () => {
    expect(parseEmailList('\n\n anne@bakkerij.nl \n,,\nAnne@Bakkerij.NL\n')).toEqual(['anne@bakkerij.nl']);
    expect(parseEmailList('   ')).toEqual([]);
  });

  it('passes other text on, so the API can report it as invalid', () => {
    expect(parseEmailList('anne@bakkerij.nl\ngeen-adres')).toEqual(['anne@bakkerij.nl', 'geen-adres']);
  });
});

describe('invitations in batches', () => {
  it('splits into batches of at most the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 500)).toEqual([]);
    expect(chunk(Array.from({ length: 1001 }, (_, i) => i), 500).map((batch) => batch.length)).toEqual([500, 500, 1]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });

  it('adds up the results of the batches', () => {
    expect(
      mergeInviteResults([
        { invited: 2, duplicates: ['a@x.nl'], invalid: [] },
        { invited: 1, duplicates: [], invalid: ['nee'] },
      ]),
    ).toEqual({ invited: 3, duplicates: ['a@x.nl'], invalid: ['nee'] });
    expect(mergeInviteResults([])).toEqual({ invited: 0, duplicates: [], invalid: [] });
  });
});
