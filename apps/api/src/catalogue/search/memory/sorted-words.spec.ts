import { SortedWords } from './sorted-words';

describe('sorted words for prefix lookups', () => {
  it('finds the words that start with a prefix, in order, also words added after a lookup', () => {
    const words = new SortedWords();
    for (const w of ['opleiding', 'leiderschap', 'leidinggeven', 'lassen']) words.add(w);
    expect(words.startingWith('lei')).toEqual(['leiderschap', 'leidinggeven']);
    expect(words.hasPrefix('opl')).toBe(true);
    expect(words.hasPrefix('ople')).toBe(true);
    expect(words.hasPrefix('oplx')).toBe(false);
    words.add('leidraad');
    words.add('aanpak');
    expect(words.startingWith('lei')).toEqual(['leiderschap', 'leidinggeven', 'leidraad']);
    expect(words.startingWith('')).toEqual(['aanpak', 'lassen', 'leiderschap', 'leidinggeven', 'leidraad', 'opleiding']);
    expect(words.startingWith('z')).toEqual([]);
  });

  it('keeps the order when many words arrive in several rounds', () => {
    const words = new SortedWords();
    const all: string[] = [];
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 200; i++) {
        const w = `w${((i * 7919 + round * 104729) % 100000).toString(36)}`;
        if (all.includes(w)) continue;
        all.push(w);
        words.add(w);
      }
      expect(words.startingWith('w')).toEqual([...all].sort());
    }
  });
});
