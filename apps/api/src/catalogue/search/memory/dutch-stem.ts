/** The Snowball Dutch stemmer (the original algorithm, which PostgreSQL's `dutch_stem` runs),
 * for words already lower case without accents. The index asks PostgreSQL for the lexemes of
 * the catalogue's words and checks this stemmer against all of them before it uses it for a
 * word it has not met (see IndexKeeper), so a difference shows instead of silently missing. */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

export function dutchStem(input: string): string {
  // Prelude: initial y, y after a vowel, and i between vowels are consonants (Y, I).
  const w = input.split('');
  if (w[0] === 'y') w[0] = 'Y';
  for (let i = 1; i < w.length; i++) {
    if (!isVowel(w[i - 1])) continue;
    if (w[i] === 'i' && isVowel(w[i + 1])) w[i] = 'I';
    else if (w[i] === 'y') w[i] = 'Y';
  }
  // R1 and R2: after the first non-vowel following a vowel (R1 at least 3 letters in).
  const after = (from: number) => {
    let i = from;
    while (i < w.length && !isVowel(w[i])) i++;
    while (i < w.length && isVowel(w[i])) i++;
    return i < w.length ? i + 1 : w.length;
  };
  let p1 = after(0);
  const p2 = after(p1);
  if (p1 < 3) p1 = Math.min(3, w.length);

  let s = w.join('');
  const ends = (suffix: string) => s.endsWith(suffix);
  const at = (i: number) => s[i];
  const undouble = () => {
    if (ends('kk') || ends('dd') || ends('tt')) s = s.slice(0, -1);
  };
  let eFound = false;
  const eEnding = () => {
    const start = s.length - 1;
    if (ends('e') && start >= p1 && start > 0 && !isVowel(at(start - 1))) {
      s = s.slice(0, start);
      eFound = true;
      undouble();
    }
  };
  const enEnding = (len: number) => {
    const start = s.length - len;
    if (start < p1 || start === 0) return;
    const before = at(start - 1);
    if (isVowel(before) || s.slice(0, start).endsWith('gem')) return;
    s = s.slice(0, start);
    undouble();
  };

  // Step 1.
  if (ends('heden')) {
    if (s.length - 5 >= p1) s = `${s.slice(0, -5)}heid`;
  } else if (ends('ene')) enEnding(3);
  else if (ends('en')) enEnding(2);
  else if (ends('se') || ends('s')) {
    const len = ends('se') ? 2 : 1;
    const start = s.length - len;
    const before = at(start - 1);
    if (start >= p1 && start > 0 && !isVowel(before) && before !== 'j') s = s.slice(0, start);
  }
  // Step 2.
  eEnding();
  // Step 3a.
  if (ends('heid') && s.length - 4 >= p2 && at(s.length - 5) !== 'c') {
    s = s.slice(0, -4);
    if (ends('en')) enEnding(2);
  }
  // Step 3b.
  if (ends('end') || ends('ing')) {
    if (s.length - 3 >= p2) {
      s = s.slice(0, -3);
      if (ends('ig') && s.length - 2 >= p2 && at(s.length - 3) !== 'e') s = s.slice(0, -2);
      else undouble();
    }
  } else if (ends('ig')) {
    if (s.length - 2 >= p2 && at(s.length - 3) !== 'e') s = s.slice(0, -2);
  } else if (ends('lijk')) {
    if (s.length - 4 >= p2) {
      s = s.slice(0, -4);
      eEnding();
    }
  } else if (ends('baar')) {
    if (s.length - 4 >= p2) s = s.slice(0, -4);
  } else if (ends('bar')) {
    if (s.length - 3 >= p2 && eFound) s = s.slice(0, -3);
  }
  // Step 4: a double vowel between non-vowels is undoubled (maan → man).
  const n = s.length;
  if (n >= 4) {
    const last = at(n - 1);
    const pair = s.slice(n - 3, n - 1);
    if (!isVowel(last) && last !== 'I' && ['aa', 'ee', 'oo', 'uu'].includes(pair) && !isVowel(at(n - 4))) s = s.slice(0, n - 2) + last;
  }
  return s.replace(/I/g, 'i').replace(/Y/g, 'y');
}

/** PostgreSQL's Dutch stop words (tsearch_data/dutch.stop): they are not indexed, and a query
 * drops them. The index asks PostgreSQL for these too, so its own list decides. */
export const DUTCH_STOP_WORDS = 'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere'.split(' ');
