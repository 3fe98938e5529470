/** PostgreSQL's text form of a `tsvector` (`'subsidi':1A,7 'regel':2B`), read back: per lexeme
 * the sum of its positions' weights, as `ts_rank_cd` weighs them (A 1.0, B 0.4, C 0.2, D 0.1),
 * and the document length (positions in all) that `ts_rank_cd` normalises by. */
export interface ParsedVector {
  lexemes: string[];
  weights: number[];
  length: number;
}

const WEIGHT: Record<string, number> = { A: 1.0, B: 0.4, C: 0.2, D: 0.1 };

export function parseTsVector(text: string): ParsedVector {
  const lexemes: string[] = [];
  const weights: number[] = [];
  let length = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && text[i] === ' ') i++;
    if (i >= n) break;
    if (text[i] !== "'") throw new Error(`tsvector: expected a quote at ${i}`);
    i++;
    let lexeme = '';
    for (;;) {
      if (i >= n) throw new Error('tsvector: unterminated lexeme');
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          lexeme += "'";
          i += 2;
          continue;
        }
        i++;
        break;
      }
      if (ch === '\\') {
        lexeme += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      lexeme += ch;
      i++;
    }
    let weight = 0;
    let positions = 0;
    if (text[i] === ':') {
      i++;
      while (i < n && text[i] !== ' ') {
        while (i < n && text[i] >= '0' && text[i] <= '9') i++;
        const letter = text[i];
        if (letter === 'A' || letter === 'B' || letter === 'C' || letter === 'D') {
          weight += WEIGHT[letter];
          i++;
        } else {
          weight += WEIGHT.D;
        }
        positions++;
        if (text[i] === ',') i++;
      }
    } else {
      // A lexeme without positions counts once, with the lowest weight.
      weight = WEIGHT.D;
      positions = 1;
    }
    lexemes.push(lexeme);
    weights.push(weight);
    length += positions;
  }
  return { lexemes, weights, length };
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit outside ASCII: 0 not yet known, 1 a letter or digit, 2 not. */
const WORD_UNIT = new Uint8Array(0x10000);

/** 1 or 2 (the code units of the letter or digit at `i`), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    // A character past the first 65,536 (two code units): asked of the regular expression each time (rare).
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number)) ? 2 : 0;
  }
  if (WORD_UNIT[c] === 0) WORD_UNIT[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return WORD_UNIT[c] === 1 ? 1 : 0;
}

/** The words of a text as PostgreSQL's parser sees them for highlighting (runs of letters and
 * digits, as /[\p{L}\p{N}]+/u finds them), given to `each` by where they start and end: no
 * object or string a word. Highlighting reads every word of every hit shown; the regular
 * expression's matches were a tenth of what a search allocated. */
export function eachTextWord(text: string, each: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const n = wordCharAt(text, i);
    if (n > 0) {
      if (start < 0) start = i;
      i += n;
    } else {
      if (start >= 0) each(start, i);
      start = -1;
      i++;
    }
  }
  if (start >= 0) each(start, text.length);
}
