import { SpellingIndex } from './spelling';

const CATALOGUE_WORDS = ['subsidie', 'subsidies', 'opleiding', 'opleider', 'leiderschap', 'werkgever', 'ondernemer', 'bakkerij', 'training', 'coach', 'regeling', 'vergoeding'];

const indexOf = (words: string[]) => {
  const index = new SpellingIndex();
  for (const w of words) index.add(w);
  return index;
};

/** pg_trgm's similarity, worked out independently: shared trigrams over all distinct trigrams of both. */
const similarity = (a: string, b: string) => {
  const grams = (w: string) => new Set(Array.from({ length: w.length + 1 }, (_, i) => `  ${w} `.slice(i, i + 3)));
  const ga = grams(a);
  const gb = grams(b);
  const shared = [...ga].filter((g) => gb.has(g)).length;
  return shared / (ga.size + gb.size - shared);
};

describe('the spelling index', () => {
  it('makes trigrams as pg_trgm does: two spaces in front, one behind, each trigram once', () => {
    expect(SpellingIndex.trigrams('ab')).toEqual(['  a', ' ab', 'ab ']);
    expect(SpellingIndex.trigrams('a')).toEqual(['  a', ' a ']);
    expect(SpellingIndex.trigrams('aaaa').sort()).toEqual(['  a', ' aa', 'aa ', 'aaa']);
  });

  it('knows a catalogue word exactly, and nothing that only resembles it', () => {
    const index = indexOf(CATALOGUE_WORDS);
    expect(index.has('subsidie', false)).toBe(true);
    expect(index.has('subsid', false)).toBe(false);
    expect(index.has('subsidiering', false)).toBe(false);
    expect(index.has('Subsidie', false)).toBe(false);
  });

  it('knows a prefix while the user is still typing a catalogue word', () => {
    const index = indexOf(CATALOGUE_WORDS);
    expect(index.has('opl', true)).toBe(true);
    expect(index.has('leidersch', true)).toBe(true);
    expect(index.has('vergoeding', true)).toBe(true); // a whole word is its own prefix
    expect(index.has('a', true)).toBe(false); // before every word alphabetically
    expect(index.has('zz', true)).toBe(false); // after every word
    expect(index.has('subx', true)).toBe(false); // between words
    expect(index.has('leiderschapp', true)).toBe(false); // longer than the word
  });

  it('knows prefixes of words added after an earlier lookup', () => {
    const index = indexOf(['subsidie']);
    expect(index.has('coa', true)).toBe(false);
    index.add('coach');
    expect(index.has('coa', true)).toBe(true);
    expect(index.has('sub', true)).toBe(true);
  });

  it('counts a word added twice once', () => {
    const index = indexOf(['subsidie', 'coach']);
    expect(index.size).toBe(2);
    index.add('subsidie');
    expect(index.size).toBe(2);
    index.add('training');
    expect(index.size).toBe(3);
  });

  it('corrects a typo to the most similar catalogue word', () => {
    const index = indexOf(CATALOGUE_WORDS);
    expect(similarity('subsdie', 'subsidie')).toBeGreaterThan(similarity('subsdie', 'subsidies'));
    expect(index.nearest('subsdie')).toBe('subsidie');
    expect(index.nearest('werkgver')).toBe('werkgever');
    expect(index.nearest('oplieding')).toBe('opleiding');
  });

  it('corrects nothing when no word reaches a similarity of 0.3', () => {
    const index = indexOf(CATALOGUE_WORDS);
    expect(index.nearest('xyzq')).toBeNull();
    expect(new SpellingIndex().nearest('subsidie')).toBeNull();
  });

  it('accepts a word at a similarity of exactly 0.3, and none below it', () => {
    const query = 'abcdefghij';
    // 4 shared trigrams ('  a', ' ab', 'abc', 'bcd') of 11 + 11 - 4 = 18: 0.22.
    expect(similarity(query, 'abcdxyzuvw')).toBeLessThan(0.3);
    expect(indexOf(['abcdxyzuvw']).nearest(query)).toBeNull();
    // 6 shared trigrams of 11 + 15 - 6 = 20: exactly 0.3.
    expect(similarity(query, 'abcdefxyzuvwqr')).toBe(0.3);
    expect(indexOf(['abcdefxyzuvwqr']).nearest(query)).toBe('abcdefxyzuvwqr');
  });

  it('breaks a tie by the length closest to the typed word, then alphabetically, whatever the order added', () => {
    // Typed 'werkgever' (9 letters): 'rkgever' (7) and 'xxerkgever' and 'zzerkgever' (10) all have similarity 0.5.
    for (const w of ['rkgever', 'xxerkgever', 'zzerkgever']) expect(similarity('werkgever', w)).toBe(0.5);
    expect(indexOf(['rkgever', 'zzerkgever', 'xxerkgever']).nearest('werkgever')).toBe('xxerkgever');
    expect(indexOf(['zzerkgever', 'xxerkgever', 'rkgever']).nearest('werkgever')).toBe('xxerkgever');
    expect(indexOf(['xxerkgever', 'zzerkgever']).nearest('werkgever')).toBe('xxerkgever');
    expect(indexOf(['zzerkgever', 'xxerkgever']).nearest('werkgever')).toBe('xxerkgever');
    // With only the shorter and one longer word, the longer one is closer in length.
    expect(indexOf(['rkgever', 'zzerkgever']).nearest('werkgever')).toBe('zzerkgever');
  });

  it('prefers a higher similarity over a closer length', () => {
    // 'subsidi' (7) is closer in length to 'subsdie' (7) than 'subsidie' (8), but less similar.
    expect(similarity('subsdie', 'subsidie')).toBeGreaterThan(similarity('subsdie', 'subsidi'));
    expect(indexOf(['subsidi', 'subsidie']).nearest('subsdie')).toBe('subsidie');
    expect(indexOf(['subsidie', 'subsidi']).nearest('subsdie')).toBe('subsidie');
  });

  it('gives the same answer when asked again, and keeps working with thousands of words', () => {
    const words: string[] = [];
    for (let i = 0; i < 3000; i++) words.push(`w${i.toString(36)}q${(i * 7919).toString(36)}`);
    const index = indexOf([...words, ...CATALOGUE_WORDS]);
    expect(index.size).toBe(3000 + CATALOGUE_WORDS.length);
    expect(index.nearest('subsdie')).toBe('subsidie');
    expect(index.nearest('subsdie')).toBe('subsidie');
    expect(index.nearest('bakkrij')).toBe('bakkerij');
    const last = words[words.length - 1];
    expect(index.nearest(last)).toBe(last);
    expect(index.has(last.slice(0, 4), true)).toBe(true);
  });

  it('finds what comparing with every word finds, for random typos of a large word list, at either threshold', () => {
    let seed = 11;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 4294967296);
    const letters = 'aeioulnrstdgkmpbvwz';
    const parts = Array.from({ length: 60 }, () => Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => letters[Math.floor(rnd() * letters.length)]).join(''));
    // Compounds of common parts: many words share the common trigrams, as a catalogue's do.
    const words = [...new Set(Array.from({ length: 4000 }, () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => parts[Math.floor(rnd() * parts.length)]).join('')))];
    const index = indexOf(words);
    index.compact();
    for (let i = 0; i < 300; i++) index.add(`${parts[i % 60]}${parts[(i * 7) % 60]}x`);
    const all = [...words, ...Array.from({ length: 300 }, (_, i) => `${parts[i % 60]}${parts[(i * 7) % 60]}x`)];
    const byAll = (typo: string, min: number) => {
      let best: string | null = null;
      let score = min - 1e-9;
      for (const w of all) {
        const s = similarity(typo, w);
        if (s < score) continue;
        if (best !== null && s === score) {
          const d = Math.abs(w.length - typo.length) - Math.abs(best.length - typo.length);
          if (d > 0 || (d === 0 && w >= best)) continue;
        }
        best = w;
        score = s;
      }
      return best;
    };
    let found = 0;
    for (let i = 0; i < 400; i++) {
      // One to four slips: the more, the nearer the best word is to the threshold.
      let typo = all[Math.floor(rnd() * all.length)];
      for (let slips = 1 + Math.floor(rnd() * 4); slips > 0; slips--) {
        const at = Math.floor(rnd() * typo.length);
        typo = rnd() < 0.5 ? typo.slice(0, at) + typo.slice(at + 1) : typo.slice(0, at) + letters[Math.floor(rnd() * letters.length)] + typo.slice(at);
      }
      for (const min of [0.3, 0.4]) {
        const expected = byAll(typo, min);
        if (expected) found++;
        expect([typo, min, index.nearest(typo, min)]).toEqual([typo, min, expected]);
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it('finds the same nearest words once packed, and words added after packing', () => {
    const typos = ['subsdie', 'opleidnig', 'leiderscap', 'werkgeevr', 'bakkrij', 'trainng', 'vergoedng', 'ondernemr'];
    const loose = indexOf(CATALOGUE_WORDS);
    const packed = indexOf(CATALOGUE_WORDS);
    packed.compact();
    expect(typos.map((t) => packed.nearest(t))).toEqual(typos.map((t) => loose.nearest(t)));
    packed.add('bakkersvak');
    packed.add('trainingen');
    expect(packed.nearest('bakkersvk')).toBe('bakkersvak');
    expect(packed.nearest('traningen')).toBe('trainingen');
    // The words packed before are still found alongside the new ones.
    expect(packed.nearest('subsdie')).toBe('subsidie');
  });

  it('packs the word lists again once words learnt later fill an eighth of them, with the same nearest words', () => {
    const letters = 'aeioulnrstdgkmpbvwz';
    let seed = 5;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 4294967296);
    const word = () => Array.from({ length: 6 + Math.floor(rnd() * 8) }, () => letters[Math.floor(rnd() * letters.length)]).join('');
    const first = Array.from({ length: 20_000 }, word);
    const index = indexOf(first);
    index.compact();
    const later = Array.from({ length: 4000 }, word);
    let packedAfter = -1;
    for (let i = 0; i < later.length && packedAfter < 0; i++) {
      index.add(later[i]);
      if (index.compactIfLoose()) packedAfter = i + 1;
    }
    // A packed list that a new word's trigram reaches becomes a list of numbers again, all its ids:
    // ~10 lists of ~30 ids a word, so past 65,536 ids after about 200 words; not at the first ones.
    expect(packedAfter).toBeGreaterThan(50);
    expect(packedAfter).toBeLessThan(1000);
    expect(index.compactIfLoose()).toBe(false);
    const reference = indexOf([...first, ...later.slice(0, packedAfter)]);
    const typos = later.slice(0, packedAfter).filter((_, i) => i % 50 === 0).map((w) => w.slice(0, 3) + w.slice(4));
    expect(typos.map((t) => index.nearest(t))).toEqual(typos.map((t) => reference.nearest(t)));
  });
});
