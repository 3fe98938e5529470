import { DUTCH_STOP_WORDS, dutchStem } from './dutch-stem';

// Each pair checked against PostgreSQL 15 and 18: to_tsvector('dutch', word).
const VERIFIED: [string, string][] = [
  ['subsidies', 'subsidies'],
  ['opleidingen', 'opleid'],
  ['leidinggevenden', 'leidinggev'],
  ['regeling', 'regel'],
  ['ondernemers', 'ondernemer'],
  ['werkgevers', 'werkgever'],
  ['leiderschap', 'leiderschap'],
  ['bakkerij', 'bakkerij'],
  ['mogelijkheden', 'mogelijk'],
  ['vergoeding', 'vergoed'],
  ['subsidie', 'subsidie'],
  ['opleiding', 'opleid'],
  ['training', 'training'],
  ['cooperatie', 'cooperatie'],
];

describe('the Dutch stemmer', () => {
  it.each(VERIFIED)('stems %s to %s, as PostgreSQL does', (word, stem) => {
    expect(dutchStem(word)).toBe(stem);
  });
});

describe("PostgreSQL's Dutch stop words", () => {
  it('has the 101 words of dutch.stop, each once', () => {
    expect(DUTCH_STOP_WORDS).toHaveLength(101);
    expect(new Set(DUTCH_STOP_WORDS).size).toBe(101);
  });

  it('contains the common words a query drops, and no empty entries', () => {
    for (const w of ['de', 'het', 'geen', 'iemand']) expect(DUTCH_STOP_WORDS).toContain(w);
    expect(DUTCH_STOP_WORDS.every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });

  it('does not contain the catalogue words people search for', () => {
    for (const w of ['subsidie', 'opleiding', 'training', 'coach', 'werkgever']) expect(DUTCH_STOP_WORDS).not.toContain(w);
  });
});
