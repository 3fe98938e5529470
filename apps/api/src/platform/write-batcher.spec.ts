import { WriteBatcher } from './write-batcher';

describe('WriteBatcher', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes one batch a while after the first row, or at once when full', async () => {
    const written: number[][] = [];
    const batcher = new WriteBatcher<number>(async (b) => void written.push(b), () => undefined, { flushMs: 1000, max: 3 });
    batcher.add(1);
    batcher.add(2);
    expect(written).toEqual([]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([[1, 2]]);
    batcher.add(3);
    batcher.add(4);
    batcher.add(5);
    await Promise.resolve();
    expect(written).toEqual([[1, 2], [3, 4, 5]]);
    // The timer of the full batch was cleared: nothing more is written.
    await jest.advanceTimersByTimeAsync(5000);
    expect(written).toHaveLength(2);
  });

  it('reports a failed batch instead of throwing, and goes on', async () => {
    const failures: [string, number][] = [];
    let fail = true;
    const written: string[][] = [];
    const batcher = new WriteBatcher<string>(
      async (b) => {
        if (fail) throw new Error('database gone');
        written.push(b);
      },
      (error, rows) => failures.push([(error as Error).message, rows]),
    );
    batcher.add('a');
    await batcher.flush();
    fail = false;
    batcher.add('b');
    await batcher.flush();
    expect(failures).toEqual([['database gone', 1]]);
    expect(written).toEqual([['b']]);
  });
});
