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

/** The words of a text as PostgreSQL's parser sees them for highlighting: runs of letters and digits. */
export function textWords(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
