import { eachTextWord, parseTsVector } from './tsvector';

/** The words `eachTextWord` gives, with their text. */
function textWords(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  eachTextWord(text, (start, end) => out.push({ word: text.slice(start, end), start, end }));
  return out;
}

describe('reading a tsvector as PostgreSQL prints it', () => {
  it('sums the weights of each lexeme over its positions and counts every position in the length', () => {
    const v = parseTsVector(`'leiderschap':1A,7 'bouw':4A 'train':2B,9`);
    expect(v.lexemes).toEqual(['leiderschap', 'bouw', 'train']);
    // 1A + 7 (unlabelled, so D): 1.0 + 0.1; 4A: 1.0; 2B + 9: 0.4 + 0.1.
    expect(v.weights[0]).toBeCloseTo(1.1, 10);
    expect(v.weights[1]).toBeCloseTo(1.0, 10);
    expect(v.weights[2]).toBeCloseTo(0.5, 10);
    expect(v.length).toBe(5);
  });

  it('weighs A as 1, B as 0.4, C as 0.2 and D (or no label) as 0.1', () => {
    const v = parseTsVector(`'a':1A 'b':2B 'c':3C 'd':4D 'e':5`);
    expect(v.lexemes).toEqual(['a', 'b', 'c', 'd', 'e']);
    [1.0, 0.4, 0.2, 0.1, 0.1].forEach((w, i) => expect(v.weights[i]).toBeCloseTo(w, 10));
    expect(v.length).toBe(5);
  });

  it('adds up many positions of one lexeme, whatever their labels', () => {
    const v = parseTsVector(`'subsidi':1A,3B,5C,8D,13 'regel':2`);
    expect(v.weights[0]).toBeCloseTo(1.0 + 0.4 + 0.2 + 0.1 + 0.1, 10);
    expect(v.weights[1]).toBeCloseTo(0.1, 10);
    expect(v.length).toBe(6);
  });

  it('counts a lexeme printed without positions once, with the lowest weight', () => {
    const v = parseTsVector(`'subsidi' 'regel':2A 'scholing'`);
    expect(v.lexemes).toEqual(['subsidi', 'regel', 'scholing']);
    expect(v.weights[0]).toBeCloseTo(0.1, 10);
    expect(v.weights[1]).toBeCloseTo(1.0, 10);
    expect(v.weights[2]).toBeCloseTo(0.1, 10);
    expect(v.length).toBe(3);
  });

  it('reads a doubled quote and a backslash escape inside a lexeme as the character itself', () => {
    const v = parseTsVector(`'it''s':1A 'a\\\\b':2B 'c\\'d':3 'x y':4C`);
    expect(v.lexemes).toEqual(["it's", 'a\\b', "c'd", 'x y']);
    expect(v.weights[0]).toBeCloseTo(1.0, 10);
    expect(v.weights[1]).toBeCloseTo(0.4, 10);
    expect(v.weights[2]).toBeCloseTo(0.1, 10);
    expect(v.weights[3]).toBeCloseTo(0.2, 10);
    expect(v.length).toBe(4);
  });

  it('gives an empty vector for empty text and tolerates extra spaces between lexemes', () => {
    expect(parseTsVector('')).toEqual({ lexemes: [], weights: [], length: 0 });
    const v = parseTsVector(`  'bouw':4A   'train':2B  `);
    expect(v.lexemes).toEqual(['bouw', 'train']);
    expect(v.length).toBe(2);
  });

  it('keeps lexemes with digits and accents as they are', () => {
    const v = parseTsVector(`'2026':3 'coöperatie':1A`);
    expect(v.lexemes).toEqual(['2026', 'coöperatie']);
    expect(v.weights[1]).toBeCloseTo(1.0, 10);
  });

  it('refuses text that is not a tsvector instead of guessing', () => {
    expect(() => parseTsVector('subsidi:1A')).toThrow(/quote/);
    expect(() => parseTsVector(`'subsidi:1A`)).toThrow(/unterminated/);
  });
});

describe('the words of a text, for highlighting', () => {
  it('finds runs of letters and digits, accented letters included, with their offsets', () => {
    const text = 'Coöperatie & SLIM-regeling 2026';
    const words = textWords(text);
    expect(words).toEqual([
      { word: 'Coöperatie', start: 0, end: 10 },
      { word: 'SLIM', start: 13, end: 17 },
      { word: 'regeling', start: 18, end: 26 },
      { word: '2026', start: 27, end: 31 },
    ]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.word);
  });

  it('keeps letters and digits together in one word and splits on punctuation', () => {
    expect(textWords('BBL-opleiding (niveau 2), 50%…').map((w) => w.word)).toEqual(['BBL', 'opleiding', 'niveau', '2', '50']);
    expect(textWords('mkb2026 café’s')).toEqual([
      { word: 'mkb2026', start: 0, end: 7 },
      { word: 'café', start: 8, end: 12 },
      { word: 's', start: 13, end: 14 },
    ]);
  });

  it('finds nothing in text without letters or digits', () => {
    expect(textWords('')).toEqual([]);
    expect(textWords(' – & … ')).toEqual([]);
  });
});

describe('eachTextWord', () => {
  it('finds the words the regular expression finds, in random text of letters, digits, accents, signs and emoji', () => {
    const pieces = ['a', 'Z', '7', ' ', '-', 'é', 'ë', 'Ö', 'ß', 'ĳ', '’', '…', '\u0301', '٣', 'я', '中', '😀', '𝐀', '\ud800', '\udc00', '_', '\t', 'İ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 2000; t++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const found: [number, number][] = [];
      eachTextWord(text, (start, end) => found.push([start, end]));
      const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
      expect(found).toEqual(expected);
    }
  });
});
