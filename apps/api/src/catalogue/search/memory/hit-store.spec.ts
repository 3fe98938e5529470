import { type HitSource } from '../hit.mapper';
import { HitStore } from './hit-store';

const item = (n: number, summary = `Samenvatting ${n}: scholing, subsidie en begeleiding — één regel met ë en ’.`): HitSource => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, kind: n % 2 ? 'training' : 'scheme', title: `Training ${n}`, summary,
  provider: `Aanbieder ${n % 7}`, regions: ['twente'], aspects: ['leiderschap'], sectors: [], sizeClasses: ['micro'], costEur: n % 3 ? 1250.5 : null,
  format: null, validUntil: null, details: { scheme: n % 2 ? null : { fundingShare: 0.5, maxAmountEur: 2500, windows: [] }, training: null, coach: null },
});

describe('HitStore (hits in a file of their own)', () => {
  it('gives back every hit as it was put, whether it is still in memory or already in the file', () => {
    const store = new HitStore();
    // ~2.5 MB of hits: more than the write buffer, so most are read back from the file.
    const count = 20_000;
    store.resize(count);
    for (let i = 0; i < count; i++) store.put(i, item(i));
    expect(store.size).toBeGreaterThan(2 << 20);
    for (const i of [0, 1, 4_321, 9_999, 19_998, 19_999]) expect(store.get(i)).toEqual(item(i));
    store.compact();
    for (const i of [0, 12_345, 19_999]) expect(store.get(i)).toEqual(item(i));
    expect(store.id(12_345)).toBe(item(12_345).id);
  });

  it('keeps a hit larger than the write buffer, and the hits around it', () => {
    const store = new HitStore();
    store.put(0, item(0));
    store.put(1, item(1, 'lang '.repeat(400_000)));
    store.put(2, item(2));
    for (const i of [0, 2]) expect(store.get(i)).toEqual(item(i));
    expect(store.get(1).summary).toHaveLength(2_000_000);
  });

  it('gives back the right hit when hits read lately are read again, after the ring of recent hits went round', () => {
    const store = new HitStore();
    // ~9 MB of hits of different lengths: more than the ring of recent hits (4 MB) holds.
    const count = 20_000;
    const of = (i: number) => item(i, `Samenvatting ${i} ${'met ë, ’ en € '.repeat(i % 40)}`);
    store.resize(count);
    for (let i = 0; i < count; i++) store.put(i, of(i));
    store.compact();
    let seed = 3;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed % count);
    // In order (each read once and kept), again (the first ones overwritten since), then at random
    // with a few favourites read again and again, as the best items of common words are.
    const order = [...Array.from({ length: count }, (_, i) => i), ...Array.from({ length: count }, (_, i) => i), ...Array.from({ length: 30_000 }, (_, k) => (k % 3 ? next() : k % 50))];
    const wrong = order.filter((i) => JSON.stringify(store.get(i)) !== JSON.stringify(of(i)));
    expect(wrong).toEqual([]);
  });

  it('reads a hit larger than the ring of recent hits from the file each time, and keeps the others', () => {
    const store = new HitStore();
    store.put(0, item(0));
    store.put(1, item(1, 'lang '.repeat(1_000_000)));
    store.put(2, item(2));
    store.compact();
    for (let round = 0; round < 2; round++) {
      expect(store.get(0)).toEqual(item(0));
      expect(store.get(1).summary).toHaveLength(5_000_000);
      expect(store.get(2)).toEqual(item(2));
    }
  });

  it('forgets a removed slot\'s id and keeps the others apart per store', () => {
    const a = new HitStore();
    const b = new HitStore();
    a.put(0, item(1));
    b.put(0, item(2));
    a.compact();
    b.compact();
    expect(a.get(0).title).toBe('Training 1');
    expect(b.get(0).title).toBe('Training 2');
    a.remove(0);
    expect(a.id(0)).toBeUndefined();
  });

  it('keeps the hits in memory when the temporary folder cannot be written', () => {
    const before = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent/groeiwijzer-no-such-folder';
    try {
      const store = new HitStore();
      const count = 12_000;
      store.resize(count);
      for (let i = 0; i < count; i++) store.put(i, item(i));
      store.compact();
      for (const i of [0, 5_000, 11_999]) expect(store.get(i)).toEqual(item(i));
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });
});
