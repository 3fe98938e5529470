import { RELATED_WEIGHT } from '@groeiwijzer/domain';
import { Postings, SecondAsk } from './postings';

const option = (lexeme: string, prefix = false, related = false) => ({ lexeme, prefix, related });

function index(): Postings {
  const p = new Postings(1_000_000, 16);
  p.add('leiderschap', 0, 1);
  p.add('leiderschapstraining', 1, 1);
  p.add('leiderschap', 2, 0.4);
  p.add('management', 3, 1);
  p.add('subsidie', 4, 1);
  return p;
}

describe('Postings: a query group as one list', () => {
  it('groups that stand for the same lexemes share their key, whatever was typed', () => {
    const p = index();
    const typed = p.expand([option('leidersc', true)]);
    // "leidersch" covers the same two lexemes; the exact word is already in the prefix's lexemes.
    expect(p.expand([option('leidersch', true)]).id).toBe(typed.id);
    expect(p.expand([option('leidersch', true), option('leiderschap')]).id).toBe(typed.id);
    // Not the same lexemes: another key.
    expect(p.expand([option('leiderschaps', true)]).id).not.toBe(typed.id);
    expect(p.expand([option('leidersc', true), option('management', false, true)]).id).not.toBe(typed.id);
  });

  it('merges a group into one list: an item once, its weights summed, a related word at RELATED_WEIGHT', () => {
    const p = index();
    const merged = p.group([option('leiderschap', true), option('management', false, true)]);
    const weights = Object.fromEntries(Array.from(merged.docs.subarray(merged.at, merged.at + merged.n), (d, i) => [d, merged.weights[merged.at + i]]));
    expect(weights).toEqual({ 0: 1, 1: 1, 2: expect.closeTo(0.4, 5), 3: RELATED_WEIGHT });
  });

  it('a related word the group also has itself counts in full', () => {
    const p = index();
    const merged = p.group([option('leiderschap'), option('leiderschap', false, true)]);
    expect(Array.from(merged.weights.subarray(merged.at, merged.at + merged.n))).toEqual([1, expect.closeTo(0.4, 5)]);
  });

  it('a group whose words the index does not have matches nothing', () => {
    const p = index();
    expect(p.expand([option('bakkerij', true), option('brood')]).options).toEqual([]);
  });
});

describe('Postings.compact: every list in one shared pair of arrays', () => {
  const listOf = (p: Postings, lexeme: string) => {
    const m = p.group([option(lexeme)]);
    return Array.from(m.docs.subarray(m.at, m.at + m.n), (d, i) => [d, m.weights[m.at + i]]);
  };

  it('keeps every list as it was, and a list that grows after it leaves its neighbours alone', () => {
    const p = index();
    for (let slot = 5; slot < 40; slot++) p.add(slot % 2 ? 'subsidie' : 'management', slot, 1);
    const before = ['leiderschap', 'leiderschapstraining', 'management', 'subsidie'].map((l) => listOf(p, l));
    p.compact();
    expect(['leiderschap', 'leiderschapstraining', 'management', 'subsidie'].map((l) => listOf(p, l))).toEqual(before);
    // Lists that are side by side in the shared arrays grow after it.
    p.add('leiderschap', 40, 0.2);
    p.add('leiderschapstraining', 41, 1);
    p.add('leiderschap', 42, 1);
    expect(listOf(p, 'leiderschap')).toEqual([...before[0], [40, expect.closeTo(0.2, 5)], [42, 1]]);
    expect(listOf(p, 'leiderschapstraining')).toEqual([...before[1], [41, 1]]);
    expect(listOf(p, 'management')).toEqual(before[2]);
  });
});

describe('Postings.compactIfLoose: lists that grew after a read are packed again', () => {
  const listOf = (p: Postings, lexeme: string) => {
    const m = p.group([option(lexeme)]);
    return Array.from(m.docs.subarray(m.at, m.at + m.n), (d, i) => [d, m.weights[m.at + i]]);
  };
  const words = Array.from({ length: 500 }, (_, i) => `woord${i}`);

  it('waits until the grown lists hold room for an eighth of the packed entries, then packs them with nothing lost', () => {
    const p = new Postings(1_000_000, 1 << 20);
    // 1,000,000 entries read at once, then packed.
    for (let slot = 0; slot < 2000; slot++) for (const w of words) p.add(w, slot, ((slot % 7) + 1) / 8);
    p.compact();
    expect(p.compactIfLoose()).toBe(false);
    // Items added one by one: each list it touches moves out of the shared arrays, twice as long.
    // A few lists grown: not worth a copy of every entry yet.
    for (const w of words.slice(0, 10)) p.add(w, 2000, 1);
    expect(p.compactIfLoose()).toBe(false);
    // Enough lists grown to hold room for more than 125,000 entries: packed.
    for (const w of words.slice(10, 80)) p.add(w, 2000, 1);
    const before = words.map((w) => listOf(p, w));
    expect(p.compactIfLoose()).toBe(true);
    expect(words.map((w) => listOf(p, w))).toEqual(before);
    expect(listOf(p, words[0]).at(-1)).toEqual([2000, 1]);
    // Packed: the lists share one pair of arrays again, and the count starts over.
    expect(p.group([option(words[0])]).docs.buffer).toBe(p.group([option(words[499])]).docs.buffer);
    expect(p.compactIfLoose()).toBe(false);
  });

  it('an index that grew from nothing by small reads is packed once it is large enough to matter', () => {
    const p = new Postings(1_000_000, 1 << 20);
    let packedAt = -1;
    for (let slot = 0; slot < 400 && packedAt < 0; slot++) {
      for (const w of words) p.add(w, slot, 1);
      if (p.compactIfLoose()) packedAt = slot;
    }
    // 500 lists of 4 entries and more, doubled as they grew: past 65,536 entries of room.
    expect(packedAt).toBeGreaterThan(30);
    expect(packedAt).toBeLessThan(200);
    expect(listOf(p, words[7])).toEqual(Array.from({ length: packedAt + 1 }, (_, slot) => [slot, 1]));
  });
});

describe('SecondAsk', () => {
  it('admits a key the second time it is asked for, and forgets keys once it holds its limit', () => {
    const asks = new SecondAsk(2);
    expect([asks.admit('a'), asks.admit('a')]).toEqual([false, true]);
    // Admitted keys start over; a full list of keys asked once starts over too.
    expect(asks.admit('a')).toBe(false);
    asks.admit('b');
    asks.admit('c');
    expect(asks.admit('a')).toBe(false);
    expect(asks.admit('c')).toBe(true);
  });
});
